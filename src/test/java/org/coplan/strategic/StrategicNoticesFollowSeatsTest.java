package org.coplan.strategic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.Stage;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.coplan.strategic.ForumWorld.Viewer;
import org.coplan.strategic.domain.ItemStatus;
import org.coplan.strategic.domain.Topic;
import org.coplan.strategic.internal.LocalOfferDirectory;
import org.coplan.strategic.internal.Polls;
import org.coplan.strategic.internal.Programme;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Across the whole strategic module, who is told is decided by the same access policy as who may
 * see: one scenario makes every kind of email the module sends go out at least once, then every
 * link in every one of those emails is opened as the person it was sent to, and must open. People
 * who may not see polls, the board or the local-offer reviews (a removed member, the other area's
 * member and officer, a case parent outside the forum, a joiner who has not confirmed, a member
 * whose topics leave a poll out) must not be told about them.
 */
class StrategicNoticesFollowSeatsTest extends IntegrationTest {

    /** Each kind of email the strategic module sends, by words of its subject. */
    enum Kind {
        POLL_OPENED("your parent carer forum would like your views"),
        POLL_REMINDER("a reminder from your parent carer forum"),
        POLL_OUTCOME(": what was decided"),
        POLL_REVIEW_DUE("an outcome is due for review"),
        JOIN_LINK("Confirm you want to join the parent carer forum"),
        REMOVED("You are no longer a member of the parent carer forum"),
        BOARD_ACTION("You have a new action from the co-production board"),
        LOCAL_OFFER_ANSWERED("The local authority answered your review"),
        THEME_CONSENT("Can we count your child's case?"),
        THEME_DONE("You said, we did");

        final String subjectWords;

        Kind(String subjectWords) {
            this.subjectWords = subjectWords;
        }

        static Optional<Kind> of(String subject) {
            return Arrays.stream(values()).filter(k -> subject != null && subject.contains(k.subjectWords)).findFirst();
        }
    }

    private static final Set<Kind> ABOUT_POLLS_BOARD_OFFER = Set.of(Kind.POLL_OPENED, Kind.POLL_REMINDER, Kind.POLL_OUTCOME,
            Kind.POLL_REVIEW_DUE, Kind.BOARD_ACTION, Kind.LOCAL_OFFER_ANSWERED);

    private static final Pattern APP_LINK = Pattern.compile("https?://[^/\\s]+(/\\S*)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Polls polls;

    @Autowired
    Programme programme;

    @Autowired
    LocalOfferDirectory directory;

    /** One message as sent to one address. */
    record Sent(String to, String subject, Optional<Kind> kind, String body) {}

    @Test
    void everyEmailTheStrategicModuleSendsGoesOnlyToThoseWhoMaySeeWhatItLinksTo() throws Exception {
        ForumWorld world = ForumWorld.make(fixtures, jdbc);
        UUID la = world.la().id().value();
        UUID forum = world.forum().id().value();
        Person officer = world.person(Viewer.FORUM_OFFICER);
        Person member = world.person(Viewer.FORUM_MEMBER);
        Person manager = world.person(Viewer.SEN_MANAGER);
        Person caseParent = world.person(Viewer.CASE_PARENT);
        Person travelOnly = joined(world, "Travel Only", "{TRANSPORT}");
        Person leaving = ForumWorld.member(fixtures, jdbc, world.forum(), "Lee Leaving", "MEMBER");
        // a parent in both areas' forums (the other first): what they are sent about this area must open on this area
        Person twoForums = ForumWorld.member(fixtures, jdbc, world.otherForum(), "Tia Twoforums", "MEMBER");
        ForumWorld.joinAlso(fixtures, jdbc, world.forum(), twoForums);
        String waitingEmail = fixtures.uniqueEmail("waiting");

        // the case parent really is a parent on a case in the area, with the area's coordinator on it
        String n = UUID.randomUUID().toString().substring(0, 6);
        CaseId theCase = fixtures.cases().openCase(world.person(Viewer.COORDINATOR).id(), CaseRole.EHC_COORDINATOR, "Noor",
                "Notice" + n, null, LocalDate.of(2015, 2, 3), world.school().id(), world.la().id(), Stage.ASSESSMENT);
        fixtures.cases().addMember(theCase, caseParent.id(), CaseRole.PARENT_CARER);
        directory.importFile(la, LocalOfferSamples.sample());
        UUID speech = directory.idsByName(la).get("Speech and language therapy for children");

        Map<String, String> known = new LinkedHashMap<>();
        world.people().values().forEach(p -> known.put(p.email().toLowerCase(Locale.ROOT), p.displayName()));
        for (Person p : List.of(travelOnly, leaving, twoForums)) {
            known.put(p.email().toLowerCase(Locale.ROOT), p.displayName());
        }
        known.put(waitingEmail.toLowerCase(Locale.ROOT), "Wendy Waiting");

        int before = TestMail.server().getReceivedMessages().length;

        // joining: a parent asks to join and has not followed the link yet
        assertThat(mvc.perform(MockMvcRequestBuilders.post("/forum/join").with(csrf()).param("forum", forum.toString())
                .param("name", "Wendy Waiting").param("email", waitingEmail).param("channel", "EMAIL"))
                .andReturn().getResponse().getStatus()).isEqualTo(302);

        // removal: an officer removes a member, who is told why (and is told nothing after)
        UUID leavingRow = jdbc.sql("select id from forum_member where person_id = ?").param(leaving.id().value()).query(UUID.class).single();
        assertThat(postAs(officer, "/forum/" + forum + "/members/" + leavingRow + "/remove", "version", "0", "reason",
                "Shared other members' details").getStatus()).isEqualTo(302);

        // polls: one for everyone, one for a topic the travel-only member did not choose
        UUID forAll = PollMaker.open(polls, fixtures, officer, forum, "Evening meetings for everyone", false, false, null, clock.instant());
        UUID plansOnly = PollMaker.open(polls, fixtures, officer, forum, "Plans on time for plans people", false, false, Topic.EHC_PLANS,
                clock.instant());
        assertThat(postAs(officer, "/forum/polls/" + forAll + "/remind").getStatus()).isEqualTo(302);
        // a third is answered, closed, decided with a review date of today, and the review falls due
        UUID decided = PollMaker.open(polls, fixtures, officer, forum, "Saturday coffee mornings", false, false, null, clock.instant());
        PollMaker.answer(polls, fixtures, member, decided, 0);
        assertThat(polls.closeEarly(fixtures.signedIn(officer), decided)).isTrue();
        assertThat(polls.recordOutcome(fixtures.signedIn(officer), decided, polls.poll(decided).version(), "Coffee mornings start in May",
                "The forum's officers", LocalDate.now(clock))).isTrue();
        polls.tellReviewsDue(); // the every-15-minutes job may claim it first: either way the officers are told once
        // an anonymous one, whose outcome goes to its whole audience
        UUID secret = PollMaker.open(polls, fixtures, officer, forum, "Anonymous views on respite", true, false, null, clock.instant());
        PollMaker.answer(polls, fixtures, travelOnly, secret, 1);
        assertThat(polls.closeEarly(fixtures.signedIn(officer), secret)).isTrue();
        assertThat(polls.recordOutcome(fixtures.signedIn(officer), secret, polls.poll(secret).version(), "Respite stays as it is",
                "The forum's officers", LocalDate.now(clock).plusYears(1))).isTrue();

        // the board: an item, a meeting held today, an action for the forum's member
        LocalDate today = LocalDate.now(clock);
        MockHttpServletResponse item = postAs(manager, "/forum/board/items/new", "title", "Local offer on phones", "summary",
                "Families find the local offer hard to use on a phone.", "rung", "CO_PRODUCING", "forumLead", member.id().value().toString(),
                "authorityLead", manager.id().value().toString(), "startsOnDay", "" + today.getDayOfMonth(), "startsOnMonth",
                "" + today.getMonthValue(), "startsOnYear", "" + today.getYear(), "targetOnDay", "" + today.plusMonths(3).getDayOfMonth(),
                "targetOnMonth", "" + today.plusMonths(3).getMonthValue(), "targetOnYear", "" + today.plusMonths(3).getYear());
        assertThat(item.getStatus()).isEqualTo(302);
        UUID itemId = UUID.fromString(item.getRedirectedUrl().replace("/forum/board/items/", ""));
        MockHttpServletResponse meeting = postAs(manager, "/forum/board/meetings/new", "dayDay", "" + today.getDayOfMonth(), "dayMonth",
                "" + today.getMonthValue(), "dayYear", "" + today.getYear(), "time", "00:05", "place", "Room 4, County Hall", "items",
                itemId.toString(), "points", "Any other business");
        assertThat(meeting.getStatus()).isEqualTo(302);
        LocalDate due = today.plusDays(14);
        assertThat(postAs(manager, meeting.getRedirectedUrl() + "/actions", "description", "Write to every college about travel training",
                "owner", member.id().value().toString(), "dueOnDay", "" + due.getDayOfMonth(), "dueOnMonth", "" + due.getMonthValue(),
                "dueOnYear", "" + due.getYear()).getStatus()).isEqualTo(302);
        // one for each side of the board, given by the other side, and one for the parent in two forums
        assertThat(postAs(manager, meeting.getRedirectedUrl() + "/actions", "description", "Ask families about the new forms", "owner",
                officer.id().value().toString(), "dueOnDay", "" + due.getDayOfMonth(), "dueOnMonth", "" + due.getMonthValue(),
                "dueOnYear", "" + due.getYear()).getStatus()).isEqualTo(302);
        assertThat(postAs(officer, meeting.getRedirectedUrl() + "/actions", "description", "Send the forms to the forum", "owner",
                manager.id().value().toString(), "dueOnDay", "" + due.getDayOfMonth(), "dueOnMonth", "" + due.getMonthValue(),
                "dueOnYear", "" + due.getYear()).getStatus()).isEqualTo(302);
        assertThat(postAs(manager, meeting.getRedirectedUrl() + "/actions", "description", "Bring a second parent's view", "owner",
                twoForums.id().value().toString(), "dueOnDay", "" + due.getDayOfMonth(), "dueOnMonth", "" + due.getMonthValue(),
                "dueOnYear", "" + due.getYear()).getStatus()).isEqualTo(302);

        // the local offer: the member reviews a page and the authority answers
        assertThat(postAs(member, "/forum/local-offer/" + speech + "/review", "clear", "YES", "accurate", "YES", "accessible", "PARTLY",
                "useful", "YES", "comment", "Easy to follow.").getStatus()).isEqualTo(302);
        UUID review = jdbc.sql("select id from local_offer_review where service_id = ?").param(speech).query(UUID.class).single();
        assertThat(postAs(manager, "/forum/local-offer/reviews/" + review + "/answer", "answer", "Thank you, we have updated the opening times.",
                "pageChanged", "yes").getStatus()).isEqualTo(302);

        // themes: staff mark a theme on the case (the family is asked); the family marks another, which
        // is raised to the board and finished (the family is told what was done)
        postAs(world.person(Viewer.COORDINATOR), "/cases/" + theCase + "/themes/new", "theme", "NEW", "title", "Transport to school stops at 16",
                "description", "Families lose school transport at 16", "scope", "AREA", "from", "OTHER", "note", "Raised at the review");
        postAs(caseParent, "/cases/" + theCase + "/themes/new", "theme", "NEW", "title", "Short school days", "description",
                "Children sent home early", "scope", "AREA", "from", "CONFIDENCE_WORDS");
        UUID theme = jdbc.sql("select id from theme where local_authority_id = ? and title = 'Short school days'").param(la)
                .query(UUID.class).single();
        assertThat(postAs(manager, "/forum/themes/" + theme + "/raise").getStatus()).isEqualTo(302);
        Programme.Item raised = programme.itemForTheme(theme).orElseThrow();
        assertThat(programme.move(raised.id(), raised.version(), ItemStatus.DONE, "Every school now has a plan to end short days", null))
                .isTrue();

        // every kind has gone out (some are sent after the transaction, so wait), and nothing more is coming
        await().pollInterval(Duration.ofMillis(100)).atMost(Duration.ofSeconds(30))
                .until(() -> sentSince(before, known).stream().flatMap(s -> s.kind().stream()).distinct().count() == Kind.values().length);
        int settled;
        do {
            settled = TestMail.server().getReceivedMessages().length;
            Thread.sleep(1_000);
        } while (settled != TestMail.server().getReceivedMessages().length);

        List<Sent> sent = sentSince(before, known);
        assertThat(sent.stream().flatMap(s -> s.kind().stream()).distinct()).as("every kind of email fired")
                .containsExactlyInAnyOrder(Kind.values());

        // every link in every email opens for the person it was sent to
        List<String> failures = new ArrayList<>();
        int links = 0;
        for (Sent s : sent) {
            Matcher m = APP_LINK.matcher(s.body());
            boolean any = false;
            while (m.find()) {
                any = true;
                links++;
                String path = m.group(1);
                Optional<String> failure = opens(s.to(), path);
                failure.ifPresent(f -> failures.add(s.to() + " (" + known.get(s.to()) + "), \"" + s.subject() + "\", " + path + ": " + f));
            }
            if (!any && s.kind().isPresent()) {
                failures.add(s.to() + ", \"" + s.subject() + "\": no link into Coplan");
            }
        }
        System.out.printf("StrategicNoticesFollowSeatsTest: %d messages, %d links checked, by kind %s%n", sent.size(), links,
                sent.stream().collect(java.util.stream.Collectors.groupingBy(x -> x.kind().map(Kind::name).orElse("OTHER"),
                        java.util.TreeMap::new, java.util.stream.Collectors.counting())));
        assertThat(failures).as("links that do not open for the person they were sent to").isEmpty();

        // those who may not see polls, the board or local-offer reviews are told nothing about them;
        // the exceptions are designed: the removed member is told of the removal, the waiting joiner
        // gets their link, the case parent hears about the themes on their own case
        Map<Person, Set<Kind>> allowed = new HashMap<>();
        allowed.put(world.person(Viewer.REMOVED_MEMBER), Set.of());
        allowed.put(world.person(Viewer.OTHER_AREA_MEMBER), Set.of());
        allowed.put(world.person(Viewer.OTHER_AREA_OFFICER), Set.of());
        allowed.put(world.person(Viewer.SENCO), Set.of());
        allowed.put(world.person(Viewer.COORDINATOR), Set.of());
        allowed.put(leaving, Set.of(Kind.REMOVED));
        allowed.put(caseParent, Set.of(Kind.THEME_CONSENT, Kind.THEME_DONE));
        for (var e : allowed.entrySet()) {
            assertThat(kindsTo(sent, e.getKey().email())).as("told " + e.getKey().displayName()).isSubsetOf(e.getValue());
        }
        assertThat(kindsTo(sent, waitingEmail)).as("the joiner who has not confirmed").containsExactly(Kind.JOIN_LINK);
        assertThat(kindsTo(sent, leaving.email())).containsExactly(Kind.REMOVED);
        for (Person outside : List.of(world.person(Viewer.REMOVED_MEMBER), world.person(Viewer.OTHER_AREA_MEMBER),
                world.person(Viewer.OTHER_AREA_OFFICER), caseParent, leaving)) {
            assertThat(kindsTo(sent, outside.email())).as(outside.displayName()).doesNotContainAnyElementsOf(ABOUT_POLLS_BOARD_OFFER);
        }
        assertThat(to(sent, waitingEmail)).noneMatch(s -> s.kind().filter(ABOUT_POLLS_BOARD_OFFER::contains).isPresent());

        // a topic-targeted poll reaches those who chose the topic (or none), never those who chose others
        assertThat(to(sent, travelOnly.email())).anyMatch(s -> s.kind().equals(Optional.of(Kind.POLL_OPENED))
                && s.body().contains("Evening meetings for everyone"));
        assertThat(to(sent, travelOnly.email())).noneMatch(s -> s.body().contains("Plans on time for plans people"));
        assertThat(to(sent, member.email())).anyMatch(s -> s.body().contains("Plans on time for plans people"));
        // and those who may see are told: the member of each, the officer of the review
        assertThat(kindsTo(sent, member.email())).contains(Kind.POLL_OPENED, Kind.POLL_REMINDER, Kind.POLL_OUTCOME, Kind.BOARD_ACTION,
                Kind.LOCAL_OFFER_ANSWERED);
        assertThat(kindsTo(sent, officer.email())).contains(Kind.POLL_REVIEW_DUE, Kind.BOARD_ACTION);
        assertThat(kindsTo(sent, manager.email())).contains(Kind.BOARD_ACTION);
        assertThat(kindsTo(sent, twoForums.email())).contains(Kind.BOARD_ACTION, Kind.POLL_OPENED);
        assertThat(to(sent, travelOnly.email())).anyMatch(s -> s.kind().equals(Optional.of(Kind.POLL_OUTCOME))
                && s.body().contains("Respite stays as it is"));
        assertThat(kindsTo(sent, caseParent.email())).contains(Kind.THEME_CONSENT, Kind.THEME_DONE);
        assertThat(polls.poll(plansOnly).topic()).isEqualTo(Topic.EHC_PLANS);
    }

    /** A verified member who chose only these topics, by email. */
    private Person joined(ForumWorld world, String name, String topics) {
        Person p = fixtures.person(name);
        jdbc.sql("""
                insert into forum_member (id, forum_id, person_id, email, display_name, topics, channel, status, joined_at, verified_at)
                values (?, ?, ?, ?, ?, ?::text[], 'EMAIL', 'MEMBER', now(), now())""")
                .params(UUID.randomUUID(), world.forum().id().value(), p.id().value(), p.email(), name, topics)
                .update();
        fixtures.people().addStaffRole(p.id(), world.forum().id(), StaffRole.FORUM_MEMBER);
        return p;
    }

    /**
     * The messages received since {@code before}, one per recipient, for the addresses of this test's
     * people only (the mail server is shared by the whole run, and other classes' mail may land late).
     */
    private static List<Sent> sentSince(int before, Map<String, String> known) {
        MimeMessage[] all = TestMail.server().getReceivedMessages();
        List<Sent> sent = new ArrayList<>();
        for (int i = before; i < all.length; i++) {
            try {
                for (Address a : all[i].getAllRecipients()) {
                    String to = a.toString().toLowerCase(Locale.ROOT);
                    if (known.containsKey(to)) {
                        String subject = all[i].getSubject();
                        sent.add(new Sent(to, subject, Kind.of(subject), TestMail.body(all[i])));
                    }
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return sent;
    }

    private static List<Sent> to(List<Sent> sent, String email) {
        return sent.stream().filter(s -> s.to().equalsIgnoreCase(email)).toList();
    }

    private static List<Kind> kindsTo(List<Sent> sent, String email) {
        return to(sent, email).stream().flatMap(s -> s.kind().stream()).distinct().toList();
    }

    /**
     * Empty when the page opens (200, after at most one redirect) for the recipient and, for a link to
     * a place on the page ({@code #id}), shows that place; else what went wrong.
     */
    private Optional<String> opens(String email, String link) throws Exception {
        Person who = null;
        if (!link.startsWith("/forum/join/")) {
            Optional<Person> person = fixtures.people().findByEmail(email);
            if (person.isEmpty()) {
                return Optional.of("the recipient has no account");
            }
            who = person.get();
        }
        MockHttpServletResponse r = getAs(who, link);
        if (r.getStatus() / 100 == 3 && r.getRedirectedUrl() != null) {
            String next = r.getRedirectedUrl();
            Matcher absolute = APP_LINK.matcher(next);
            r = getAs(who, absolute.matches() ? absolute.group(1) : next);
        }
        if (r.getStatus() != 200) {
            return Optional.of("status " + r.getStatus());
        }
        int hash = link.indexOf('#');
        if (hash >= 0 && !r.getContentAsString().contains("id=\"" + link.substring(hash + 1) + "\"")) {
            return Optional.of("the page opens but does not show " + link.substring(hash));
        }
        return Optional.empty();
    }

}
