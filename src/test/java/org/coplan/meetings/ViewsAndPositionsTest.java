package org.coplan.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseMember;
import org.coplan.cases.ContactChannel;
import org.coplan.cases.Involvement;
import org.coplan.cases.ParticipationChoices;
import org.coplan.meetings.internal.DecisionReviewReminders;
import org.coplan.meetings.internal.Decisions;
import org.coplan.people.Person;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

/**
 * The family speaks for itself on meetings and decisions: views before a meeting in their own words,
 * shown first in Explore and never edited by the lead; views recorded on someone's behalf marked until
 * they confirm them; each person's own position on a decision; a decision's review reminder; and, for
 * each level of involvement, what the family is sent and asked. The test clock starts on Monday
 * 23 November 2026 at 10:00.
 */
class ViewsAndPositionsTest extends IntegrationTest {


    @Autowired
    CaseAccess cases;

    @Autowired
    Decisions decisions;

    @Autowired
    DecisionReviewReminders reviewReminders;

    @Autowired
    FamilyInvolvement involvement;

    private static String text(MockHttpServletResponse r) throws Exception {
        return HtmlUtils.htmlUnescape(r.getContentAsString());
    }

    private void choose(CaseMember member, Involvement level) {
        fixtures.cases().participation(new ParticipationChoices(member.id(), level, Set.of(ContactChannel.EMAIL), "English", false, null,
                Set.of(), null, 0, null));
    }

    private CaseMember coordinatorMember(World w) {
        return cases.activeMembers(w.ownCase()).stream().filter(m -> m.personId().equals(w.coordinator().id())).findFirst().orElseThrow();
    }

    /** Arranges a planning meeting on Tuesday 24 November at 10:00 through the form, inviting only these. */
    private UUID arrange(World w, UUID... attendees) throws Exception {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post("/cases/" + w.ownCase() + "/meetings/new")
                .param("title", "Planning together").param("kind", "PLANNING").param("mode", "IN_PERSON").param("place", "Room 4")
                .param("day", "24", "", "").param("month", "11", "", "").param("year", "2026", "", "")
                .param("start", "10:00", "", "").param("length", "60", "", "");
        for (UUID a : attendees) {
            b.param("attendees", a.toString());
        }
        MockHttpServletResponse r = postAs(w.coordinator(), b);
        assertThat(r.getStatus()).as("redirect after arranging").isEqualTo(302);
        Matcher m = Pattern.compile("/meetings/([0-9a-f-]{36})$").matcher(r.getRedirectedUrl());
        assertThat(m.find()).isTrue();
        return UUID.fromString(m.group(1));
    }

    /** Records a decision on its own (not at a meeting) through the form; {@code extra} adds positions. */
    private UUID decide(World w, String... extra) throws Exception {
        return decideReviewedOn(w, "1", "6", "2027", extra);
    }

    private UUID decideReviewedOn(World w, String reviewDay, String reviewMonth, String reviewYear, String... extra) throws Exception {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post("/cases/" + w.ownCase() + "/decisions/new")
                .param("question", "Which speech therapy?").param("options", "Weekly in school\nA block at the clinic")
                .param("holder", "LOCAL_AUTHORITY").param("decision", "Weekly in school").param("reasons", "The family asked for it.")
                .param("reviewOnDay", reviewDay).param("reviewOnMonth", reviewMonth).param("reviewOnYear", reviewYear);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            b.param(extra[i], extra[i + 1]);
        }
        MockHttpServletResponse r = postAs(w.coordinator(), b);
        assertThat(r.getStatus()).as(text(r)).isEqualTo(302);
        return UUID.fromString(r.getRedirectedUrl().replaceAll(".*/decisions/", ""));
    }

    private static List<String> mail(Person p) {
        return TestMail.to(p.email()).stream().map(m -> subjectAndBody(m)).toList();
    }

    private static String subjectAndBody(MimeMessage m) {
        try {
            Object content = m.getContent();
            String body = content instanceof String s ? s : bodyOf((jakarta.mail.Multipart) content);
            return m.getSubject() + "\n" + body;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bodyOf(jakarta.mail.Multipart parts) throws Exception {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
            Object c = parts.getBodyPart(i).getContent();
            if (c instanceof String s) {
                out.append(s);
            } else if (c instanceof jakarta.mail.Multipart inner) {
                out.append(bodyOf(inner));
            }
        }
        return out.toString();
    }

    private static void awaitMail(Person p, String containing) {
        Awaitility.await().alias("mail to " + p.email() + " containing " + containing + ": " + mail(p)).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> mail(p).stream().anyMatch(b -> b.contains(containing)));
    }

    /** The path of the last link ending in {@code suffix} in any message to the person. */
    private static String linkIn(Person p, String suffix) {
        String found = null;
        for (String b : mail(p)) {
            Matcher m = Pattern.compile("https?://[^\\s/]+(/[^\\s]+" + Pattern.quote(suffix) + ")").matcher(b);
            while (m.find()) {
                found = m.group(1);
            }
        }
        assertThat(found).as("a link to " + suffix + " in " + mail(p)).isNotNull();
        return found;
    }

    private String meetingPath(World w, UUID meeting) {
        return "/cases/" + w.ownCase() + "/meetings/" + meeting;
    }

    private MockHttpServletRequestBuilder myViews(World w, UUID meeting) {
        return MockMvcRequestBuilders.post(meetingPath(w, meeting) + "/my-views");
    }

    @Test
    void aParentsViewsWrittenBeforeAMeetingAppearVerbatimFirstInExploreAndCannotBeEditedByTheLead() throws Exception {
        World w = fixtures.world();
        UUID meeting = arrange(w, w.parentMember().id());
        awaitMail(w.parent(), "Write your views here");
        String link = linkIn(w.parent(), "/my-views");
        assertThat(link).isEqualTo("/meetings/" + meeting + "/my-views");
        assertThat(getAs(w.parent(), link).getRedirectedUrl()).isEqualTo(meetingPath(w, meeting) + "/my-views");
        // the case-free address opens nothing for someone who may not see the case
        assertThat(getAs(w.outsider(), link).getStatus()).isEqualTo(404);
        assertThat(getAs(w.otherCoordinator(), link).getStatus()).isEqualTo(404);
        assertThat(text(getAs(w.parent(), meetingPath(w, meeting) + "/my-views"))).contains("What is going well?").contains("What is hard?")
                .contains("What do you want to happen?").contains("What do you want to ask?");

        String hard = "Mornings are hard.\nThe bus is loud & <busy>, and he's tired by 10.";
        assertThat(postAs(w.parent(), myViews(w, meeting).param("goingWell", "He loves art club.").param("hard", hard)
                .param("wanted", "A quiet start to the day.")).getStatus()).isEqualTo(302);
        // A change before the meeting is a new revision based on the last one.
        UUID first = decisionsFree(w, meeting);
        assertThat(postAs(w.parent(), myViews(w, meeting).param("goingWell", "He loves art club and drama.").param("hard", hard)
                .param("wanted", "A quiet start to the day.").param("basedOn", first.toString())).getStatus()).isEqualTo(302);
        // A second save on the same revision (another tab) is refused, with what was typed kept.
        String stale = text(postAs(w.parent(), myViews(w, meeting).param("goingWell", "Typed in another tab").param("basedOn", first.toString())));
        assertThat(stale).contains("Your views were changed while you were writing").contains("Typed in another tab");

        // The lead cannot write in the parent's form, nor record views over the parent's own words.
        assertThat(postAs(w.coordinator(), myViews(w, meeting).param("goingWell", "Edited by the lead")).getStatus()).isEqualTo(404);
        String refused = text(postAs(w.coordinator(), MockMvcRequestBuilders.post(meetingPath(w, meeting) + "/views-for")
                .param("member", w.parentMember().id().toString()).param("hard", "Edited by the lead")));
        assertThat(refused).contains("They have written their views themselves. You cannot change them, but you can add a note beside them.")
                .contains("Edited by the lead");

        // On the day, the lead sees the parent's words first in Explore, verbatim, marked as theirs, with a note beside them.
        clock.set(LocalDateTime.of(2026, 11, 24, 10, 30).atZone(clock.getZone()).toInstant());
        assertThat(postAs(w.coordinator(), MockMvcRequestBuilders.post(meetingPath(w, meeting) + "/views")
                .param("speaker", w.psychologistMember().id().toString()).param("words", "Assessment shows strong visual memory."))
                .getStatus()).isEqualTo(302);
        assertThat(postAs(w.coordinator(), MockMvcRequestBuilders.post(meetingPath(w, meeting) + "/view-notes")
                .param("member", w.parentMember().id().toString()).param("body", "School can offer a quiet room at 8:45.")).getStatus())
                .isEqualTo(302);
        String page = text(getAs(w.coordinator(), meetingPath(w, meeting)));
        int explore = page.indexOf("Explore: what people said");
        int own = page.indexOf("In Pat Parent's own words");
        int said = page.indexOf("Assessment shows strong visual memory.");
        assertThat(explore).isPositive();
        assertThat(own).isGreaterThan(explore).isLessThan(said);
        assertThat(page).contains(hard).contains("He loves art club and drama.").doesNotContain("Edited by the lead")
                .contains("Note from Cora Coordinator").contains("School can offer a quiet room at 8:45.");
        assertThat(page.substring(own)).contains("Written by Pat Parent");

        // Once the meeting has started the parent cannot change their views any more.
        String late = text(postAs(w.parent(), myViews(w, meeting).param("goingWell", "Too late")));
        assertThat(late).contains("The meeting has started, so you cannot change your views here any more.").contains("Too late");

        // They gave their views: the level reached on this meeting.
        assertThat(reached(w, w.parentMember(), FamilyInvolvement.Kind.MEETING, meeting)).isEqualTo(Involvement.ASKED_FOR_VIEWS);
    }

    /** The id of the parent's current views revision, read from the form's hidden field. */
    private UUID decisionsFree(World w, UUID meeting) throws Exception {
        Matcher m = Pattern.compile("name=\"basedOn\" value=\"([0-9a-f-]{36})\"").matcher(text(getAs(w.parent(), meetingPath(w, meeting) + "/my-views")));
        assertThat(m.find()).isTrue();
        return UUID.fromString(m.group(1));
    }

    private Involvement reached(World w, CaseMember member, FamilyInvolvement.Kind kind, UUID subject) {
        return involvement.forCase(w.ownCase()).stream().filter(m -> m.memberId().equals(member.id())).findFirst().orElseThrow()
                .reached().stream().filter(r -> r.kind() == kind && r.subjectId().equals(subject)).findFirst().orElseThrow().reached();
    }

    @Test
    void aViewRecordedOnSomeonesBehalfSaysWhoRecordedItAndIsMarkedUntilTheyConfirmIt() throws Exception {
        World w = fixtures.world();
        UUID meeting = arrange(w, coordinatorMember(w).id());
        String form = text(getAs(w.coordinator(), meetingPath(w, meeting) + "/views-for"));
        assertThat(form).contains("Whose views are these?").contains("Pat Parent");

        assertThat(postAs(w.coordinator(), MockMvcRequestBuilders.post(meetingPath(w, meeting) + "/views-for")
                .param("member", w.parentMember().id().toString()).param("wanted", "More help with reading, said on the phone."))
                .getStatus()).isEqualTo(302);
        String page = text(getAs(w.coordinator(), meetingPath(w, meeting)));
        assertThat(page).contains("In Pat Parent's own words").contains("More help with reading, said on the phone.")
                .contains("Recorded by Cora Coordinator for Pat Parent. Not yet confirmed by Pat Parent.");
        assertThat(reached(w, w.parentMember(), FamilyInvolvement.Kind.MEETING, meeting)).as("not their views until confirmed")
                .isNotEqualTo(Involvement.ASKED_FOR_VIEWS);

        // The parent is asked to check them, and sees who wrote them.
        awaitMail(w.parent(), "has written down your views for a meeting");
        String mine = text(getAs(w.parent(), meetingPath(w, meeting) + "/my-views"));
        assertThat(mine).contains("Cora Coordinator wrote these views for you on 23 November 2026. Are they right?")
                .contains("More help with reading, said on the phone.");
        Matcher revision = Pattern.compile("name=\"revision\" value=\"([0-9a-f-]{36})\"").matcher(mine);
        assertThat(revision.find()).isTrue();
        assertThat(postAs(w.parent(), MockMvcRequestBuilders.post(meetingPath(w, meeting) + "/my-views/confirm")
                .param("revision", revision.group(1))).getStatus()).isEqualTo(302);
        String confirmed = text(getAs(w.coordinator(), meetingPath(w, meeting)));
        assertThat(confirmed).contains("Recorded by Cora Coordinator for Pat Parent. Pat Parent said it is right.")
                .doesNotContain("Not yet confirmed by Pat Parent");
        assertThat(reached(w, w.parentMember(), FamilyInvolvement.Kind.MEETING, meeting)).isEqualTo(Involvement.ASKED_FOR_VIEWS);
        // Confirming twice is refused: it is no longer waiting.
        assertThat(text(postAs(w.parent(), MockMvcRequestBuilders.post(meetingPath(w, meeting) + "/my-views/confirm")
                .param("revision", revision.group(1))))).contains("changed");
    }

    @Test
    void aCorrectionOfViewsRecordedOnSomeonesBehalfIsANewRevisionInTheirOwnHand() throws Exception {
        World w = fixtures.world();
        UUID meeting = arrange(w, coordinatorMember(w).id());
        postAs(w.coordinator(), MockMvcRequestBuilders.post(meetingPath(w, meeting) + "/views-for")
                .param("member", w.parentMember().id().toString()).param("hard", "Homework."));
        UUID onBehalf = decisionsFree(w, meeting);
        assertThat(postAs(w.parent(), myViews(w, meeting).param("hard", "Homework, and the walk to school.").param("basedOn",
                onBehalf.toString())).getStatus()).isEqualTo(302);
        String page = text(getAs(w.coordinator(), meetingPath(w, meeting)));
        assertThat(page).contains("Homework, and the walk to school.").contains("Written by Pat Parent")
                .doesNotContain("Not yet confirmed by Pat Parent");
    }

    @Test
    void badInputGetsAMessageBesideTheFieldAndWhatWasTypedIsKept() throws Exception {
        World w = fixtures.world();
        UUID meeting = arrange(w, w.parentMember().id());
        String huge = "a".repeat(100_000);
        String r = text(postAs(w.parent(), myViews(w, meeting).param("hard", huge).param("wanted", "Keep this")));
        assertThat(r).contains("There is a problem").contains("Use 5,000 characters or fewer. You have typed 100,000.")
                .contains("Keep this").contains(huge);
        assertThat(text(postAs(w.parent(), myViews(w, meeting).param("goingWell", "  ")))).contains("Answer at least one question");
        assertThat(text(getAs(w.coordinator(), meetingPath(w, meeting)))).contains("Nobody has sent their views before the meeting yet.");

        UUID decision = decide(w);
        String noReason = text(postAs(w.parent(), MockMvcRequestBuilders.post("/cases/" + w.ownCase() + "/decisions/" + decision + "/position")
                .param("position", "DISAGREE").param("why", "")));
        assertThat(noReason).contains("There is a problem").containsPattern("value=\"DISAGREE\"\\s+checked");
        assertThat(text(postAs(w.parent(), MockMvcRequestBuilders.post("/cases/" + w.ownCase() + "/decisions/" + decision + "/position"))))
                .contains("Choose whether you agree, disagree or do not take a side");
        String past = text(postAs(w.coordinator(), MockMvcRequestBuilders.post("/cases/" + w.ownCase() + "/decisions/new")
                .param("question", "Q kept").param("options", "A").param("holder", "SCHOOL").param("decision", "A").param("reasons", "R")
                .param("reviewOnDay", "1").param("reviewOnMonth", "1").param("reviewOnYear", "2020")));
        assertThat(past).contains("The review date must be in the future").contains("Q kept");
    }

    @Test
    void eachPersonGivesTheirOwnPositionAndOneEnteredForThemIsMarkedUntilTheyConfirmIt() throws Exception {
        World w = fixtures.world();
        UUID decision = decide(w, "position-" + w.parentMember().id(), "AGREE", "position-" + w.psychologistMember().id(), "ABSTAIN");
        String path = "/cases/" + w.ownCase() + "/decisions/" + decision;
        String page = text(getAs(w.coordinator(), path));
        assertThat(page).contains("Entered by Cora Coordinator for Pat Parent. Not yet confirmed.").contains("1 June 2027");

        String parentPage = text(getAs(w.parent(), path));
        assertThat(parentPage).contains("Cora Coordinator entered this for you: I agree. Is this right?").contains("Send my position");
        assertThat(postAs(w.parent(), MockMvcRequestBuilders.post(path + "/position/confirm").param("basedOn", "0")).getStatus()).isEqualTo(302);
        assertThat(text(getAs(w.coordinator(), path))).contains("Entered by Cora Coordinator for Pat Parent, who said it is right.");
        assertThat(reached(w, w.parentMember(), FamilyInvolvement.Kind.DECISION, decision)).isEqualTo(Involvement.INVOLVED_IN_DECISIONS);

        // The psychologist changes theirs, in their own words; a stale change is refused.
        assertThat(postAs(w.psychologist(), MockMvcRequestBuilders.post(path + "/position").param("position", "DISAGREE")
                .param("why", "A clinic block would be quicker.").param("basedOn", "0")).getStatus()).isEqualTo(302);
        assertThat(text(postAs(w.psychologist(), MockMvcRequestBuilders.post(path + "/position").param("position", "AGREE")
                .param("basedOn", "0")))).contains("changed");
        String after = text(getAs(w.coordinator(), path));
        assertThat(after).contains("A clinic block would be quicker.").contains("Given by them");
    }

    @Test
    void aDecisionsOwnerIsRemindedOnceWhenItsReviewIsDue() throws Exception {
        World w = fixtures.world();
        // reviewed the next day, so the reminder run meets only decisions that are due that soon, not every test's
        UUID decision = decideReviewedOn(w, "24", "11", "2026");
        assertThat(decisions.find(w.ownCase().value(), decision).orElseThrow().reviewOn()).isEqualTo(java.time.LocalDate.of(2026, 11, 24));
        reviewReminders.sendDue();
        assertThat(mail(w.coordinator())).noneMatch(b -> b.contains("A decision is due for review"));
        assertThat(text(getAs(w.coordinator(), "/caseload"))).doesNotContain("/cases/" + w.ownCase() + "/meetings#decisions");

        clock.set(LocalDateTime.of(2026, 11, 24, 9, 0).atZone(clock.getZone()).toInstant());
        reviewReminders.sendDue();
        reviewReminders.sendDue();
        awaitMail(w.coordinator(), "A decision is due for review");
        assertThat(mail(w.coordinator()).stream().filter(b -> b.contains("A decision is due for review"))).hasSize(1);
        assertThat(mail(w.coordinator()).stream().filter(b -> b.contains("A decision is due for review")).findFirst().orElseThrow())
                .contains("24 November 2026").contains("/cases/" + w.ownCase() + "/decisions/" + decision);
        // A second node claiming the same reminder gets nothing.
        assertThat(decisions.claimReviewReminder(decision, clock.instant())).isFalse();
        assertThat(text(getAs(w.coordinator(), "/cases/" + w.ownCase() + "/decisions/" + decision))).contains("Review due");
        // and the coordinator's caseload counts it, linking to the case's decisions
        String caseload = text(getAs(w.coordinator(), "/caseload"));
        assertThat(caseload).contains("Decisions due for review").contains("Decisions past their review date")
                .contains("/cases/" + w.ownCase() + "/meetings#decisions");
    }

    @Test
    void twoNodesSendingReviewRemindersAtOnceSendEachReminderOnce() throws Exception {
        World w = fixtures.world();
        UUID decision = decideReviewedOn(w, "24", "11", "2026");
        clock.set(LocalDateTime.of(2026, 11, 24, 9, 0).atZone(clock.getZone()).toInstant());
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            var a = nodes.submit(() -> { start.await(); return reviewReminders.sendDue(); });
            var b = nodes.submit(() -> { start.await(); return reviewReminders.sendDue(); });
            start.countDown();
            a.get(30, java.util.concurrent.TimeUnit.SECONDS);
            b.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            nodes.shutdownNow();
        }
        awaitMail(w.coordinator(), "A decision is due for review");
        assertThat(mail(w.coordinator()).stream().filter(m -> m.contains("/decisions/" + decision) && m.contains("due for review")))
                .hasSize(1);
    }

    // ---- what each level of involvement sends and asks, for meetings and decisions

    @Test
    void keptInformedFamiliesAreToldOfEveryDecisionButNotSentTheViewsFormNorAskedForAPosition() throws Exception {
        World w = fixtures.world();
        choose(w.parentMember(), Involvement.KEPT_INFORMED);
        UUID meeting = arrange(w, coordinatorMember(w).id());
        assertThat(text(getAs(w.coordinator(), "/cases/" + w.ownCase() + "/meetings/new"))).doesNotContain("always invited");
        UUID decision = decide(w);
        awaitMail(w.parent(), "A decision has been made");
        List<String> mail = mail(w.parent());
        assertThat(mail).anyMatch(b -> b.contains("has recorded a decision") && b.contains("/decisions/" + decision)
                && !b.contains("please tell us whether you agree"));
        assertThat(mail).noneMatch(b -> b.contains("Write your views") || b.contains("invited to a meeting"));
        assertThat(reached(w, w.parentMember(), FamilyInvolvement.Kind.DECISION, decision)).isEqualTo(Involvement.KEPT_INFORMED);
        assertThat(reached(w, w.parentMember(), FamilyInvolvement.Kind.MEETING, meeting)).isNull();
    }

    @Test
    void askedForViewsFamiliesAreAlsoSentTheViewsFormBeforeEveryMeeting() throws Exception {
        World w = fixtures.world();
        choose(w.parentMember(), Involvement.ASKED_FOR_VIEWS);
        UUID meeting = arrange(w, coordinatorMember(w).id());
        awaitMail(w.parent(), "Tell us your views before a meeting");
        assertThat(linkIn(w.parent(), "/my-views")).isEqualTo("/meetings/" + meeting + "/my-views");
        assertThat(mail(w.parent())).noneMatch(b -> b.contains("invited to a meeting"));
        assertThat(text(getAs(w.parent(), meetingPath(w, meeting)))).contains("Write your views before the meeting");
        UUID decision = decide(w);
        awaitMail(w.parent(), "A decision has been made");
        assertThat(mail(w.parent())).noneMatch(b -> b.contains("please tell us whether you agree"));
        assertThat(reached(w, w.parentMember(), FamilyInvolvement.Kind.MEETING, meeting)).isEqualTo(Involvement.KEPT_INFORMED);
        assertThat(involvement.forCase(w.ownCase()).stream().filter(m -> m.memberId().equals(w.parentMember().id())).findFirst()
                .orElseThrow().gaps()).extracting(FamilyInvolvement.Reached::subjectId).contains(meeting, decision);
    }

    @Test
    void involvedInDecisionsFamiliesAreAlsoInvitedToEveryMeetingAndAskedForTheirPositionOnEveryDecision() throws Exception {
        World w = fixtures.world();
        choose(w.parentMember(), Involvement.INVOLVED_IN_DECISIONS);
        assertThat(text(getAs(w.coordinator(), "/cases/" + w.ownCase() + "/meetings/new")))
                .contains("Pat Parent (Parent or carer): always invited, as they chose to be involved in decisions")
                .containsPattern("value=\"" + w.parentMember().id() + "\"\\s+checked");
        // Left out of the form, they are invited all the same, with the views form in the invitation.
        UUID meeting = arrange(w, coordinatorMember(w).id());
        awaitMail(w.parent(), "You are invited to a meeting");
        assertThat(mail(w.parent())).anyMatch(b -> b.contains("You are invited to a meeting") && b.contains("/meetings/" + meeting + "/my-views"));
        assertThat(mail(w.parent())).noneMatch(b -> b.contains("Tell us your views before a meeting"));

        UUID decision = decide(w);
        awaitMail(w.parent(), "please tell us whether you agree");
        assertThat(text(getAs(w.parent(), "/cases/" + w.ownCase() + "/decisions/" + decision))).contains("Your position")
                .contains("I agree").contains("I disagree").contains("I do not take a side");
        assertThat(postAs(w.parent(), MockMvcRequestBuilders.post("/cases/" + w.ownCase() + "/decisions/" + decision + "/position")
                .param("position", "AGREE")).getStatus()).isEqualTo(302);
        assertThat(reached(w, w.parentMember(), FamilyInvolvement.Kind.DECISION, decision)).isEqualTo(Involvement.INVOLVED_IN_DECISIONS);
    }

    @Test
    void coProducingFamiliesAreInvitedSentTheViewsFormAndAskedForTheirPositionLikeThoseInvolvedInDecisions() throws Exception {
        World w = fixtures.world();
        choose(w.parentMember(), Involvement.CO_PRODUCING);
        UUID meeting = arrange(w, coordinatorMember(w).id());
        awaitMail(w.parent(), "You are invited to a meeting");
        assertThat(mail(w.parent())).anyMatch(b -> b.contains("/meetings/" + meeting + "/my-views"));
        UUID decision = decide(w);
        awaitMail(w.parent(), "please tell us whether you agree");
        postAs(w.parent(), MockMvcRequestBuilders.post(meetingPath(w, meeting) + "/reply").param("reply", "ATTENDING"));
        postAs(w.parent(), MockMvcRequestBuilders.post("/cases/" + w.ownCase() + "/decisions/" + decision + "/position")
                .param("position", "ABSTAIN"));
        FamilyInvolvement.Member parent = involvement.forCase(w.ownCase()).stream().filter(m -> m.memberId().equals(w.parentMember().id()))
                .findFirst().orElseThrow();
        assertThat(parent.chosen()).isEqualTo(Involvement.CO_PRODUCING);
        // Meetings and decisions ask at most for involvement in decisions: co-producing is reached on the plan.
        assertThat(parent.gaps()).isEmpty();
    }
}
