package org.coplan.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.ChildCase;
import org.coplan.meetings.domain.ActionStatus;
import org.coplan.meetings.internal.Decisions;
import org.coplan.people.Person;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.MeetingFixtures;
import org.coplan.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

/**
 * Meetings through the real HTTP stack: arranging with the notice rule and the availability check,
 * the calendar file in the invitation, replies, the record's concurrent edits, decisions and actions.
 * The test clock starts on Monday 23 November 2026 at 10:00.
 */
class MeetingsTest extends IntegrationTest {


    @Autowired
    CaseAccess cases;

    @Autowired
    Decisions decisions;

    @Autowired
    MeetingFixtures meetingFixtures;

    private static String text(MockHttpServletResponse r) throws Exception {
        return HtmlUtils.htmlUnescape(r.getContentAsString());
    }

    /** An arrange request for one proposed time; the caller adds the rest. */
    private static MockHttpServletRequestBuilder arrange(World w, String kind, String day, String month, String start, UUID... attendees) {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post("/cases/" + w.ownCase() + "/meetings/new")
                .param("title", "Kit " + "review").param("kind", kind).param("mode", "IN_PERSON").param("place", "Room 4, Oak Road")
                .param("day", day, "", "").param("month", month, "", "").param("year", "2026", "", "")
                .param("start", start, "", "").param("length", "60", "", "");
        for (UUID a : attendees) {
            b.param("attendees", a.toString());
        }
        return b;
    }

    private UUID arranged(MockHttpServletResponse r) {
        assertThat(r.getStatus()).as("redirect after arranging").isEqualTo(302);
        Matcher m = Pattern.compile("/meetings/([0-9a-f-]{36})$").matcher(r.getRedirectedUrl());
        assertThat(m.find()).isTrue();
        return UUID.fromString(m.group(1));
    }

    @Test
    void reviewMeetingWithLessThanTwoWeeksNoticeNeedsAReasonAndTheFamilysAgreement() throws Exception {
        World w = fixtures.world();
        // 3 December is 10 days away: notice had to go by 19 November.
        MockHttpServletResponse refused = postAs(w.coordinator(), arrange(w, "ANNUAL_REVIEW", "3", "12", "10:00", w.parentMember().id()));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(text(refused)).contains("An annual review meeting needs 2 weeks' notice: notice had to go by 19 November 2026")
                .contains("Tick to confirm the family agreed to less than 2 weeks' notice")
                .contains("value=\"Kit review\"");

        MockHttpServletResponse reasonOnly = postAs(w.coordinator(), arrange(w, "ANNUAL_REVIEW", "3", "12", "10:00", w.parentMember().id())
                .param("shortNoticeReason", "The family asked for the first date after the hospital stay."));
        assertThat(text(reasonOnly)).contains("Tick to confirm the family agreed").doesNotContain("Say why the notice is shorter");

        UUID meeting = arranged(postAs(w.coordinator(), arrange(w, "ANNUAL_REVIEW", "3", "12", "10:00", w.parentMember().id())
                .param("shortNoticeReason", "The family asked for the first date after the hospital stay.").param("familyAgreed", "yes")));
        assertThat(text(getAs(w.parent(), "/cases/" + w.ownCase() + "/meetings/" + meeting)))
                .contains("The family asked for the first date after the hospital stay.");

        // 2 weeks exactly is enough notice; a planning meeting needs none.
        arranged(postAs(w.coordinator(), arrange(w, "ANNUAL_REVIEW", "7", "12", "10:00", w.parentMember().id())));
        arranged(postAs(w.coordinator(), arrange(w, "PLANNING", "24", "11", "10:00", w.parentMember().id())));
    }

    @Test
    void aTimeInThePastOrAnAttendeeNotOnTheCaseIsRefusedWithWhatWasTypedKept() throws Exception {
        World w = fixtures.world();
        MockHttpServletResponse r = postAs(w.coordinator(), arrange(w, "PLANNING", "23", "11", "09:00", UUID.randomUUID()));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(text(r)).contains("The proposed time must be in the future").contains("Choose only people on the team")
                .contains("value=\"Room 4, Oak Road\"");
        assertThat(text(getAs(w.coordinator(), "/cases/" + w.ownCase() + "/meetings"))).contains("No meetings have been arranged yet.");
    }

    @Test
    void aProposedTimeAtATimeTheParentCannotAttendIsWarnedAndCanBeKeptWithAReason() throws Exception {
        World w = fixtures.world();
        MockHttpServletResponse saved = postAs(w.parent(), MockMvcRequestBuilders.post("/cases/" + w.ownCase() + "/participation")
                .param("involvement", "CO_PRODUCING").param("channels", "EMAIL").param("language", "English").param("interpreter", "yes")
                .param("accessibilityNeeds", "Step-free access").param("unavailable", "MONDAY_MORNING", "THURSDAY_EVENING")
                .param("version", "-1"));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(text(getAs(w.parent(), "/cases/" + w.ownCase() + "/participation")))
                .containsPattern("value=\"MONDAY_MORNING\"\\s+checked");

        // The organiser sees the needs before choosing times.
        String form = text(getAs(w.coordinator(), "/cases/" + w.ownCase() + "/meetings/new"));
        assertThat(form).contains("Interpreter: needed").contains("Access needs: Step-free access")
                .contains("Cannot attend: Monday morning, Thursday evening");

        // Monday 30 November at 11:30 to 12:30 overlaps Monday morning.
        MockHttpServletResponse warned = postAs(w.coordinator(), arrange(w, "PLANNING", "30", "11", "11:30", w.parentMember().id()));
        assertThat(warned.getStatus()).isEqualTo(200);
        assertThat(text(warned)).contains(w.parent().displayName() + " cannot attend on Monday morning: proposed time 1 (Monday 30 November 2026, 11:30 to 12:30).")
                .contains("Some proposed times are at a time someone cannot attend");
        // The afternoon is free; a clash kept with a reason is allowed.
        arranged(postAs(w.coordinator(), arrange(w, "PLANNING", "30", "11", "13:00", w.parentMember().id())));
        UUID kept = arranged(postAs(w.coordinator(), arrange(w, "PLANNING", "30", "11", "11:30", w.parentMember().id())
                .param("clashReason", "Pat asked for this time on the phone.")));
        assertThat(text(getAs(w.parent(), "/cases/" + w.ownCase() + "/meetings/" + kept))).contains("Pat asked for this time on the phone.");
    }

    @Test
    void theInvitationCarriesACalendarFileThatIdentifiesNeitherTheChildNorTheCase() throws Exception {
        World w = fixtures.world();
        ChildCase child = cases.child(w.ownCase()).orElseThrow();
        UUID meeting = arranged(postAs(w.coordinator(), arrange(w, "STRUCTURED_CONVERSATION", "1", "12", "14:00", w.parentMember().id())
                .param("title", child.givenName() + " " + child.familyName() + " planning; with family")));

        List<MimeMessage> mail = TestMail.to(w.parent().email());
        assertThat(mail).hasSize(1);
        MimeMessage invitation = mail.get(0);
        assertThat(invitation.getSubject()).isEqualTo("Invitation to a meeting (Coplan)");
        Multipart parts = (Multipart) invitation.getContent();
        String body = null;
        byte[] ics = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if ("meeting.ics".equals(part.getFileName())) {
                assertThat(part.getContentType()).startsWith("text/calendar");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                part.getInputStream().transferTo(out);
                ics = out.toByteArray();
            } else if (part.getContent() instanceof String s) {
                body = s;
            } else if (part.getContent() instanceof Multipart inner) {
                body = (String) inner.getBodyPart(0).getContent();
            }
        }
        assertThat(ics).as("calendar attachment").isNotNull();
        String raw = new String(ics, StandardCharsets.UTF_8);
        // RFC 5545: CRLF line ends, no physical line longer than 75 octets.
        assertThat(raw).endsWith("END:VCALENDAR\r\n");
        for (String line : raw.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        String unfolded = raw.replace("\r\n ", "");
        List<String> lines = List.of(unfolded.split("\r\n"));
        assertThat(lines).startsWith("BEGIN:VCALENDAR", "VERSION:2.0").contains("BEGIN:VEVENT", "END:VEVENT",
                "DTSTART:20261201T140000Z", "DTEND:20261201T150000Z", "SUMMARY:Meeting (Coplan)", "LOCATION:Room 4\\, Oak Road",
                "URL:http://localhost/meetings/" + meeting);

        for (String secret : List.of(child.givenName(), child.familyName(), w.ownCase().toString(), "planning\\; with family")) {
            assertThat(unfolded).as("calendar file names " + secret).doesNotContainIgnoringCase(secret);
            assertThat(body).as("email body names " + secret).doesNotContainIgnoringCase(secret);
            assertThat(invitation.getSubject()).doesNotContainIgnoringCase(secret);
        }
        assertThat(body).contains("Tuesday 1 December 2026, 14:00 to 15:00").contains("/meetings/" + meeting);

        // The case-free link takes the invited parent to the meeting, and an outsider nowhere.
        MockHttpServletResponse link = getAs(w.parent(), "/meetings/" + meeting);
        assertThat(link.getRedirectedUrl()).isEqualTo("/cases/" + w.ownCase() + "/meetings/" + meeting);
        assertThat(getAs(w.outsider(), "/meetings/" + meeting).getStatus()).isEqualTo(404);
    }

    @Test
    void attendeesReplyAndTheOrganiserSeesTheReplies() throws Exception {
        World w = fixtures.world();
        UUID meeting = arranged(postAs(w.coordinator(), arrange(w, "PLANNING", "2", "12", "10:00", w.parentMember().id(),
                w.psychologistMember().id())));
        String path = "/cases/" + w.ownCase() + "/meetings/" + meeting;
        assertThat(text(postAs(w.parent(), MockMvcRequestBuilders.post(path + "/reply")))).contains("Select whether you can attend");
        assertThat(postAs(w.parent(), MockMvcRequestBuilders.post(path + "/reply").param("reply", "ATTENDING")
                .param("note", "Afternoons suit me better.")).getStatus()).isEqualTo(302);
        assertThat(postAs(w.psychologist(), MockMvcRequestBuilders.post(path + "/reply").param("reply", "MAYBE")).getStatus()).isEqualTo(302);
        // someone not invited cannot reply
        assertThat(postAs(w.health(), MockMvcRequestBuilders.post(path + "/reply").param("reply", "ATTENDING")).getStatus()).isEqualTo(404);
        String page = text(getAs(w.coordinator(), path));
        assertThat(page).contains("I can come").contains(": Afternoons suit me better.").contains("I might be able to come");
    }

    @Test
    void aSecondSaveOfTheRecordFromTheSameRevisionIsRefusedAndBothTextsAreShown() throws Exception {
        World w = fixtures.world();
        UUID meeting = arranged(postAs(w.coordinator(), arrange(w, "STRUCTURED_CONVERSATION", "2", "12", "10:00", w.parentMember().id())));
        String focus = "/cases/" + w.ownCase() + "/meetings/" + meeting + "/notes/focus";
        clock.advance(java.time.Duration.ofDays(9)); // the day of the meeting
        postAs(w.coordinator(), MockMvcRequestBuilders.post(focus).param("body", "First notes."));
        String basedOn = basedOn(text(getAs(w.coordinator(), focus)));
        assertThat(basedOn(text(getAs(w.senco(), focus)))).isEqualTo(basedOn);

        assertThat(postAs(w.coordinator(), MockMvcRequestBuilders.post(focus).param("body", "Reading at home.").param("basedOn", basedOn))
                .getStatus()).isEqualTo(302);
        MockHttpServletResponse conflict = postAs(w.senco(), MockMvcRequestBuilders.post(focus).param("body", "Friendships at break.")
                .param("basedOn", basedOn));
        assertThat(conflict.getStatus()).isEqualTo(200);
        assertThat(text(conflict)).contains("Reading at home.").contains("Friendships at break.")
                .contains(w.coordinator().displayName());
        assertThat(text(getAs(w.parent(), "/cases/" + w.ownCase() + "/meetings/" + meeting))).contains("Reading at home.")
                .doesNotContain("Friendships at break.");
    }

    @Test
    void aDecisionWithoutADecisionMakerOrReasonsIsRefusedAndNothingIsLost() throws Exception {
        World w = fixtures.world();
        MockHttpServletResponse r = postAs(w.coordinator(), MockMvcRequestBuilders.post("/cases/" + w.ownCase() + "/decisions/new")
                .param("question", "How much therapy?").param("options", "Three sessions\nFive sessions")
                .param("decision", "Three sessions a week.")
                .param("position-" + w.parentMember().id(), "DISAGREE"));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(text(r)).contains("Select who makes this decision in law").contains("Enter the reasons for the decision")
                .contains(w.parent().displayName() + " disagrees: say why").contains("How much therapy?").contains("Three sessions a week.");
        assertThat(decisions.forCase(w.ownCase().value())).isEmpty();
    }

    @Test
    void theFamilySeesEveryDecisionAndActionThatAffectsThem() throws Exception {
        World w = fixtures.world();
        UUID meeting = arranged(postAs(w.coordinator(), arrange(w, "STRUCTURED_CONVERSATION", "2", "12", "10:00", w.parentMember().id())));
        clock.advance(java.time.Duration.ofDays(9)); // Wednesday 2 December, the day of the meeting
        MockHttpServletResponse d = postAs(w.coordinator(), MockMvcRequestBuilders.post("/cases/" + w.ownCase() + "/decisions/new")
                .param("meeting", meeting.toString()).param("question", "How much therapy?").param("options", "Three\nFive")
                .param("holder", "LOCAL_AUTHORITY").param("decision", "Three sessions a week.").param("reasons", "The therapist advised it.")
                .param("position-" + w.parentMember().id(), "DISAGREE").param("why-" + w.parentMember().id(), "Kit had five last year.")
                .param("sections", "F"));
        assertThat(d.getStatus()).isEqualTo(302);
        String decisionPath = d.getRedirectedUrl();
        assertThat(postAs(w.coordinator(), MockMvcRequestBuilders.post("/cases/" + w.ownCase() + "/actions/new")
                .param("meeting", meeting.toString()).param("description", "Book the therapy sessions")
                .param("owner", w.psychologistMember().id().toString()).param("dueDay", "1").param("dueMonth", "12").param("dueYear", "2026"))
                .getStatus()).as("a due date in the past is refused").isEqualTo(200);
        assertThat(postAs(w.coordinator(), MockMvcRequestBuilders.post("/cases/" + w.ownCase() + "/actions/new")
                .param("meeting", meeting.toString()).param("description", "Book the therapy sessions")
                .param("owner", w.psychologistMember().id().toString()).param("dueDay", "9").param("dueMonth", "12").param("dueYear", "2026"))
                .getStatus()).isEqualTo(302);
        // The action's owner is told it is theirs and by when, without the child's name or the action's words.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> TestMail.to(w.psychologist().email())
                .stream().map(TestMail::body).anyMatch(b -> b.contains("has given you an action")));
        assertThat(TestMail.to(w.psychologist().email()).stream().map(TestMail::body).filter(b -> b.contains("has given you an action")))
                .singleElement().satisfies(b -> assertThat(b).contains("Wednesday 9 December 2026")
                        .contains("/cases/" + w.ownCase() + "/meetings#actions").doesNotContain("Kit").doesNotContain("Book the therapy"));

        for (Person family : List.of(w.parent(), w.child())) {
            String overview = text(getAs(family, "/cases/" + w.ownCase() + "/meetings"));
            assertThat(overview).contains("How much therapy?").contains("Book the therapy sessions");
            String decision = text(getAs(family, decisionPath));
            assertThat(decision).contains("Three sessions a week.").contains("The therapist advised it.").contains("The local authority")
                    .contains("Kit had five last year.").contains("Section F: Special educational provision")
                    .contains("mediation").contains("SEND Tribunal").contains("/cases/" + w.ownCase() + "/timeline")
                    .contains("/cases/" + w.ownCase() + "/disagreements/new?section=F").contains("Raise a disagreement about this decision");
            assertThat(text(getAs(family, "/cases/" + w.ownCase() + "/meetings/" + meeting))).contains("Book the therapy sessions");
        }

        // A week later the action is overdue, on the overview for everyone.
        clock.advance(java.time.Duration.ofDays(8));
        assertThat(text(getAs(w.parent(), "/cases/" + w.ownCase() + "/meetings"))).contains("Actions overdue: 1").contains("Overdue");
        assertThat(text(getAs(w.parent(), "/cases/" + w.ownCase()))).contains("Meetings, decisions and actions")
                .contains("1 action is overdue.");
    }

    @Test
    void theCasePageWarnsEveryoneOnTheCaseOfOverdueActionsAndLinksToThem() throws Exception {
        World w = fixtures.world();
        assertThat(text(getAs(w.parent(), "/cases/" + w.ownCase()))).doesNotContain("overdue");
        meetingFixtures.action(w.coordinator(), w.ownCase(), LocalDate.of(2026, 11, 2), ActionStatus.OPEN);
        meetingFixtures.action(w.coordinator(), w.ownCase(), LocalDate.of(2026, 11, 20), ActionStatus.OPEN);
        meetingFixtures.action(w.coordinator(), w.ownCase(), LocalDate.of(2026, 11, 1), ActionStatus.DONE);
        meetingFixtures.action(w.coordinator(), w.ownCase(), LocalDate.of(2026, 11, 1), ActionStatus.CANCELLED);
        meetingFixtures.action(w.coordinator(), w.ownCase(), LocalDate.of(2026, 11, 23), ActionStatus.OPEN); // due today

        for (Person p : List.of(w.parent(), w.child(), w.psychologist(), w.senco(), w.coordinator(), w.manager())) {
            MockHttpServletResponse page = getAs(p, "/cases/" + w.ownCase());
            assertThat(page.getStatus()).isEqualTo(200);
            assertThat(text(page).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ")).as(p.displayName())
                    .contains("Warning 2 actions are overdue. See the actions");
            assertThat(page.getContentAsString()).contains("href=\"/cases/" + w.ownCase() + "/meetings#actions\"");
        }
        assertThat(text(getAs(w.otherCoordinator(), "/cases/" + w.otherCase()))).doesNotContain("overdue");
    }

    private static String basedOn(String html) {
        Matcher m = Pattern.compile("name=\"basedOn\" value=\"([^\"]+)\"").matcher(html);
        return m.find() ? m.group(1) : null;
    }
}
