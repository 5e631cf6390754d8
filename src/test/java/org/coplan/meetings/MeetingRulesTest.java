package org.coplan.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseRole;
import org.coplan.cases.ChildCase;
import org.coplan.meetings.internal.Actions;
import org.coplan.meetings.internal.Decisions;
import org.coplan.meetings.internal.Meetings;
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
 * The meeting rules through the real HTTP stack: the record opens on the meeting's day, a meeting
 * is cancelled or moved with an update of everyone's calendar entry (read back from the real SMTP
 * server), and the child is heard first in Explore. The test clock starts on Monday 23 November 2026 at 10:00.
 */
class MeetingRulesTest extends IntegrationTest {


    @Autowired
    CaseAccess cases;

    @Autowired
    Meetings meetings;

    @Autowired
    Decisions decisions;

    @Autowired
    Actions actions;

    @Autowired
    MeetingFixtures meetingFixtures;

    private static String text(MockHttpServletResponse r) throws Exception {
        return HtmlUtils.htmlUnescape(r.getContentAsString());
    }

    /** Arranges a meeting with these proposed times ("28 11 14:00"), inviting the parent and the psychologist. */
    private UUID arrange(World w, String... times) throws Exception {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post("/cases/" + w.ownCase() + "/meetings/new")
                .param("title", "Kit's planning").param("kind", "STRUCTURED_CONVERSATION").param("mode", "IN_PERSON")
                .param("place", "Room 4").param("attendees", w.parentMember().id().toString(), w.psychologistMember().id().toString());
        String[][] fields = new String[5][3];
        for (int i = 0; i < 3; i++) {
            String[] t = i < times.length ? times[i].split(" ") : new String[] {"", "", ""};
            fields[0][i] = t[0];
            fields[1][i] = t[1];
            fields[2][i] = t[0].isEmpty() ? "" : "2026";
            fields[3][i] = t[2];
            fields[4][i] = t[0].isEmpty() ? "" : "60";
        }
        b.param("day", fields[0]).param("month", fields[1]).param("year", fields[2]).param("start", fields[3]).param("length", fields[4]);
        MockHttpServletResponse r = postAs(w.coordinator(), b);
        assertThat(r.getStatus()).as("arranged").isEqualTo(302);
        Matcher m = Pattern.compile("/meetings/([0-9a-f-]{36})$").matcher(r.getRedirectedUrl());
        assertThat(m.find()).isTrue();
        return UUID.fromString(m.group(1));
    }

    /** Each attachment of the newest message to this address, by file name, unfolded (RFC 5545 section 3.1). */
    private static Map<String, String> calendarFiles(String to) throws Exception {
        List<MimeMessage> mail = TestMail.to(to);
        MimeMessage newest = mail.get(mail.size() - 1);
        Map<String, String> files = new LinkedHashMap<>();
        Multipart parts = (Multipart) newest.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(".ics")) {
                assertThat(part.getContentType()).startsWith("text/calendar");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                part.getInputStream().transferTo(out);
                String raw = out.toString(StandardCharsets.UTF_8);
                for (String line : raw.split("\r\n")) {
                    assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
                }
                files.put(part.getFileName(), raw.replace("\r\n ", ""));
            }
        }
        return files;
    }

    private static String bodyOf(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                Object c = parts.getBodyPart(i).getContent();
                if (c instanceof String s) {
                    return s;
                }
                if (c instanceof Multipart inner) {
                    return (String) inner.getBodyPart(0).getContent();
                }
            }
        }
        return content.toString();
    }

    private static List<String> lines(String ics) {
        return List.of(ics.split("\r\n"));
    }

    @Test
    void nothingOfTheRecordCanBeWrittenBeforeTheDayOfTheMeeting() throws Exception {
        World w = fixtures.world();
        UUID meeting = arrange(w, "28 11 14:00");
        String path = "/cases/" + w.ownCase() + "/meetings/" + meeting;
        String opens = "You can write the record from Saturday 28 November 2026, the day of the meeting.";

        // The meeting page and each record page say when the record opens, instead of a form.
        String page = text(getAs(w.coordinator(), path));
        assertThat(page).contains(opens).doesNotContain("Add what someone said").doesNotContain("Mark the record complete")
                .doesNotContain("Write the Focus notes").contains("Move the meeting to another time");
        for (String p : List.of(path + "/views", path + "/notes/focus", "/cases/" + w.ownCase() + "/decisions/new?meeting=" + meeting,
                "/cases/" + w.ownCase() + "/actions/new?meeting=" + meeting)) {
            MockHttpServletResponse r = getAs(w.coordinator(), p);
            assertThat(r.getStatus()).as(p).isEqualTo(200);
            assertThat(text(r)).as(p).contains(opens).doesNotContain("<form method=\"post\" action=\"" + p);
        }
        assertThat(text(getAs(w.parent(), path + "/account"))).contains(opens).doesNotContain("name=\"body\"");

        // A post before the day is refused beside the form, with what was typed kept and nothing saved.
        MockHttpServletResponse view = postAs(w.coordinator(), MockMvcRequestBuilders.post(path + "/views")
                .param("speaker", w.parentMember().id().toString()).param("words", "Kit likes the quiet room."));
        assertThat(view.getStatus()).isEqualTo(200);
        assertThat(text(view)).contains("There is a problem").contains(opens).contains("Kit likes the quiet room.")
                .contains("id=\"words-error\"");
        MockHttpServletResponse notes = postAs(w.coordinator(), MockMvcRequestBuilders.post(path + "/notes/focus").param("body", "Reading."));
        assertThat(notes.getStatus()).isEqualTo(200);
        assertThat(text(notes)).contains(opens).contains("Reading.").contains("id=\"body-error\"");
        MockHttpServletResponse account = postAs(w.parent(), MockMvcRequestBuilders.post(path + "/account").param("body", "It went well."));
        assertThat(account.getStatus()).isEqualTo(200);
        assertThat(text(account)).contains(opens).contains("It went well.");
        MockHttpServletResponse decision = postAs(w.coordinator(), MockMvcRequestBuilders.post("/cases/" + w.ownCase() + "/decisions/new")
                .param("meeting", meeting.toString()).param("question", "How much therapy?").param("options", "Three\nFive")
                .param("holder", "LOCAL_AUTHORITY").param("decision", "Three sessions.").param("reasons", "Advice."));
        assertThat(decision.getStatus()).isEqualTo(200);
        assertThat(text(decision)).contains(opens).contains("How much therapy?").contains("id=\"question-error\"");
        MockHttpServletResponse action = postAs(w.coordinator(), MockMvcRequestBuilders.post("/cases/" + w.ownCase() + "/actions/new")
                .param("meeting", meeting.toString()).param("description", "Book the room")
                .param("owner", w.psychologistMember().id().toString()).param("dueDay", "10").param("dueMonth", "12").param("dueYear", "2026"));
        assertThat(action.getStatus()).isEqualTo(200);
        assertThat(text(action)).contains(opens).contains("Book the room");
        MockHttpServletResponse complete = postAs(w.coordinator(), MockMvcRequestBuilders.post(path + "/complete"));
        assertThat(complete.getStatus()).isEqualTo(302);
        assertThat(meetings.find(w.ownCase().value(), meeting).orElseThrow().completed()).isFalse();

        assertThat(meetings.views(meeting)).isEmpty();
        assertThat(meetings.latestNotes(meeting)).isEmpty();
        assertThat(decisions.forCase(w.ownCase().value())).isEmpty();
        assertThat(actions.forCase(w.ownCase().value())).isEmpty();

        // On the day, the record opens.
        clock.advance(Duration.ofDays(5));
        assertThat(postAs(w.coordinator(), MockMvcRequestBuilders.post(path + "/views").param("speaker", w.parentMember().id().toString())
                .param("words", "Kit likes the quiet room.")).getStatus()).isEqualTo(302);
        assertThat(text(getAs(w.coordinator(), path))).doesNotContain(opens).contains("Kit likes the quiet room.")
                .doesNotContain("Move the meeting to another time");
    }

    @Test
    void cancellingSendsEveryoneTheCancellationOfTheSameCalendarEntryAndTheMeetingHasNoRecord() throws Exception {
        World w = fixtures.world();
        ChildCase child = cases.child(w.ownCase()).orElseThrow();
        UUID meeting = arrange(w, "1 12 14:00");
        String path = "/cases/" + w.ownCase() + "/meetings/" + meeting;
        String first = calendarFiles(w.parent().email()).get("meeting.ics");
        assertThat(lines(first)).contains("METHOD:PUBLISH", "UID:" + meeting + "-1@coplan", "SEQUENCE:0");

        assertThat(text(getAs(w.coordinator(), path + "/cancel"))).contains("Cancel the meeting")
                .contains("Tuesday 1 December 2026, 14:00 to 15:00");
        assertThat(getAs(w.parent(), path + "/cancel").getStatus()).as("only the organiser cancels").isEqualTo(404);
        MockHttpServletResponse cancelled = postAs(w.coordinator(), MockMvcRequestBuilders.post(path + "/cancel")
                .param("reason", child.givenName() + " is in hospital; we will arrange another date."));
        assertThat(cancelled.getStatus()).isEqualTo(302);

        for (Person invited : List.of(w.parent(), w.psychologist())) {
            List<MimeMessage> mail = TestMail.to(invited.email());
            MimeMessage newest = mail.get(mail.size() - 1);
            assertThat(newest.getSubject()).isEqualTo("A meeting is cancelled (Coplan)");
            String body = bodyOf(newest);
            assertThat(body).contains("Tuesday 1 December 2026, 14:00 to 15:00").contains("/meetings/" + meeting)
                    .doesNotContain(child.givenName()).doesNotContain(child.familyName());
            String ics = calendarFiles(invited.email()).get("meeting.ics");
            assertThat(lines(ics)).contains("METHOD:CANCEL", "BEGIN:VEVENT", "UID:" + meeting + "-1@coplan", "SEQUENCE:1",
                    "STATUS:CANCELLED", "DTSTART:20261201T140000Z", "ATTENDEE;RSVP=FALSE:mailto:" + invited.email())
                    .anyMatch(l -> l.startsWith("ORGANIZER;CN=\"Coplan\":mailto:"));
            assertThat(ics).doesNotContainIgnoringCase(child.givenName()).doesNotContain(w.ownCase().toString());
        }

        // Cancelled on the list and on its page, with the reason; no replies, no record, no second cancellation.
        assertThat(text(getAs(w.parent(), "/cases/" + w.ownCase() + "/meetings"))).contains("Cancelled");
        String page = text(getAs(w.parent(), path));
        assertThat(page).contains("Cancelled by Cora Coordinator on 23 November 2026.")
                .contains("is in hospital; we will arrange another date.").contains("This meeting was cancelled, so it has no record")
                .doesNotContain("Send reply");
        assertThat(postAs(w.parent(), MockMvcRequestBuilders.post(path + "/reply").param("reply", "ATTENDING")).getStatus()).isEqualTo(200);
        assertThat(meetings.attendees(meeting)).allSatisfy(a -> assertThat(a.reply()).isNull());
        clock.advance(Duration.ofDays(10));
        MockHttpServletResponse view = postAs(w.coordinator(), MockMvcRequestBuilders.post(path + "/views")
                .param("speaker", w.parentMember().id().toString()).param("words", "Something."));
        assertThat(text(view)).contains("This meeting was cancelled, so it has no record");
        assertThat(meetings.views(meeting)).isEmpty();
        assertThat(text(postAs(w.coordinator(), MockMvcRequestBuilders.post(path + "/cancel")))).contains("This meeting is already cancelled.");
    }

    @Test
    void movingSendsAnUpdateOfTheSameCalendarEntryAndAsksEveryoneAgain() throws Exception {
        World w = fixtures.world();
        UUID meeting = arrange(w, "1 12 14:00", "2 12 10:00");
        String path = "/cases/" + w.ownCase() + "/meetings/" + meeting;
        assertThat(postAs(w.parent(), MockMvcRequestBuilders.post(path + "/reply").param("reply", "ATTENDING")).getStatus()).isEqualTo(302);

        // A new time in the past is refused, with what was typed kept.
        MockHttpServletResponse past = postAs(w.coordinator(), MockMvcRequestBuilders.post(path + "/move")
                .param("whenDay", "20").param("whenMonth", "11").param("whenYear", "2026").param("start", "09:00").param("length", "45"));
        assertThat(past.getStatus()).isEqualTo(200);
        assertThat(text(past)).contains("The proposed time must be in the future").contains("value=\"20\"").contains("value=\"45\"");

        assertThat(postAs(w.coordinator(), MockMvcRequestBuilders.post(path + "/move")
                .param("whenDay", "8").param("whenMonth", "12").param("whenYear", "2026").param("start", "15:30").param("length", "45"))
                .getStatus()).isEqualTo(302);

        MimeMessage newest = TestMail.to(w.parent().email()).get(TestMail.to(w.parent().email()).size() - 1);
        assertThat(newest.getSubject()).isEqualTo("A meeting has moved (Coplan)");
        assertThat(bodyOf(newest)).contains("Tuesday 8 December 2026, 15:30 to 16:15").contains("Tuesday 1 December 2026, 14:00 to 15:00")
                .contains("Please say again whether you can come");
        Map<String, String> files = calendarFiles(w.parent().email());
        assertThat(lines(files.get("meeting.ics"))).contains("METHOD:REQUEST", "UID:" + meeting + "-1@coplan", "SEQUENCE:1",
                "DTSTART:20261208T153000Z", "DTEND:20261208T161500Z", "STATUS:CONFIRMED",
                "ATTENDEE;RSVP=FALSE:mailto:" + w.parent().email());
        // The second proposed time is no longer on offer: its entry is cancelled.
        assertThat(lines(files.get("other-times-cancelled.ics"))).contains("METHOD:CANCEL", "UID:" + meeting + "-2@coplan", "SEQUENCE:1",
                "STATUS:CANCELLED");

        // The meeting keeps its agenda and invitations; the parent's reply was to the old time.
        String page = text(getAs(w.coordinator(), path));
        assertThat(page).contains("Tuesday 8 December 2026, 15:30 to 16:15").doesNotContain("Wednesday 2 December")
                .contains("Moved by Cora Coordinator on 23 November 2026.")
                .contains("Needs to answer again: said \"I can come\" to the earlier time");
        assertThat(meetings.attendees(meeting)).hasSize(2);
        assertThat(postAs(w.parent(), MockMvcRequestBuilders.post(path + "/reply").param("reply", "NOT_ATTENDING")).getStatus()).isEqualTo(302);
        assertThat(text(getAs(w.coordinator(), path))).contains("I cannot come").doesNotContain("Needs to answer again");

        // The record opens on the new day, not the old one.
        clock.advance(Duration.ofDays(8)); // Tuesday 1 December
        assertThat(text(getAs(w.coordinator(), path))).contains("You can write the record from Tuesday 8 December 2026");
    }

    @Test
    void theChildIsHeardFirstInExploreEvenWhenNotOnTheTeamAndTheirViewIsTheChilds() throws Exception {
        World w = fixtures.world();
        Person parent = fixtures.person("Olly Parent");
        fixtures.cases().addMember(w.otherCase(), parent.id(), CaseRole.PARENT_CARER);
        UUID meeting = meetingFixtures.build(w.otherCoordinator(), w.otherCase(), null).meeting();
        ChildCase child = cases.child(w.otherCase()).orElseThrow();
        String path = "/cases/" + w.otherCase() + "/meetings/" + meeting;

        String form = text(getAs(w.otherCoordinator(), path + "/views"));
        Matcher labels = Pattern.compile("class=\"govuk-label govuk-radios__label\"[^>]*>([^<]+)<").matcher(form);
        List<String> speakers = labels.results().map(r -> r.group(1).strip()).toList();
        assertThat(speakers).containsExactly(child.knownAs() + " (the child)", "Olly Parent", w.otherCoordinator().displayName());
        assertThat(form).contains("value=\"child\"");

        assertThat(postAs(w.otherCoordinator(), MockMvcRequestBuilders.post(path + "/views").param("speaker", "Olly Parent")
                .param("words", "x")).getStatus()).as("not a speaker's key").isEqualTo(200);
        assertThat(postAs(w.otherCoordinator(), MockMvcRequestBuilders.post(path + "/views").param("speaker", "child")
                .param("words", "I like painting at lunch.")).getStatus()).isEqualTo(302);
        assertThat(meetings.views(meeting)).singleElement().satisfies(v -> {
            assertThat(v.speakerMemberId()).isNull();
            assertThat(v.speakerRole()).isEqualTo("CHILD_YOUNG_PERSON");
            assertThat(v.speakerName()).isEqualTo(child.knownAs());
        });
        assertThat(text(getAs(parent, path))).contains(child.knownAs() + " (Child or young person) said:").contains("I like painting at lunch.");
        String youSaid = text(getAs(parent, "/cases/" + w.otherCase() + "/you-said-we-did"));
        assertThat(youSaid).contains("I like painting at lunch.").contains("Said at a meeting")
                .contains(child.knownAs() + " (Child or young person)");

        // With the child on the team, the child is still first, by name.
        UUID own = meetingFixtures.build(w.coordinator(), w.ownCase(), null).meeting();
        String ownForm = text(getAs(w.coordinator(), "/cases/" + w.ownCase() + "/meetings/" + own + "/views"));
        List<String> ownSpeakers = Pattern.compile("class=\"govuk-label govuk-radios__label\"[^>]*>([^<]+)<").matcher(ownForm).results()
                .map(r -> r.group(1).strip()).toList();
        assertThat(ownSpeakers.get(0)).isEqualTo(w.child().displayName() + " (the child)");
        assertThat(ownSpeakers.get(1)).isEqualTo(w.parent().displayName());
    }
}
