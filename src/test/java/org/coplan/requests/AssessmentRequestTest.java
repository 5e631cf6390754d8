package org.coplan.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.audit.AuditLog;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.Stage;
import org.coplan.people.Person;
import org.coplan.support.Fixtures.World;
import org.coplan.support.Fixtures;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.coplan.support.PlanFixtures;
import org.coplan.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A parent, a young person or a SENCO asks for an EHC needs assessment online: the day it counts
 * as received, the timeline's clock, the authority's inbox, the acknowledgement, bad input,
 * consent, and a second request for a child already being assessed.
 */
class AssessmentRequestTest extends IntegrationTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseAccess access;

    @Autowired
    AuditLog audit;

    /** A case at SEN support in the world's authority and school, with a parent on it. */
    record SenCase(CaseId id, Person parent, String familyName) {}

    private SenCase senSupportCase(World w) {
        String family = "Reader" + UUID.randomUUID().toString().substring(0, 8);
        CaseId id = fixtures.cases().openCase(w.senco().id(), CaseRole.SENCO, "Sami", family, null, LocalDate.of(2017, 2, 3),
                w.school().id(), w.localAuthority().id(), Stage.SEN_SUPPORT);
        Person parent = fixtures.person("Robin " + family);
        fixtures.cases().addMember(id, parent.id(), CaseRole.PARENT_CARER);
        return new SenCase(id, parent, family);
    }

    private void now(LocalDateTime at) {
        clock.set(at.atZone(LONDON).toInstant());
    }

    /** What came back from sending the form through the real HTTP stack, as a browser sends it. */
    record Sent(int status, String body, String location) {}

    private Sent send(Person as, String path, Map<String, String> fields, Visitor.Upload... files) {
        Visitor v = visitor();
        v.signIn(as.email(), Fixtures.PASSWORD);
        Visitor.Page page = v.postMultipart(path, fields, List.of(files));
        String location = page.location() == null ? null : page.location().replaceFirst("^https?://[^/]+", "");
        return new Sent(page.status(), page.body().replaceAll("\\s+", " "), location);
    }

    private String page(Person as, String path) throws Exception {
        MvcResult r = mvc.perform(get(path).with(fixtures.as(as))).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return r.getResponse().getContentAsString().replaceAll("\\s+", " ");
    }

    private int status(Person as, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(as))).andReturn().getResponse().getStatus();
    }

    private static Map<String, String> request(String reasons) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("setting", "Hill School, Year 4");
        f.put("tried", "A reading group since September.");
        f.put("reasons", reasons);
        f.put("shareWith", "Dr Patel at the clinic");
        f.put("consent", "yes");
        return f;
    }

    private static Visitor.Upload pdf(String name) {
        return new Visitor.Upload("files", name, PlanFixtures.PDF);
    }

    @Test
    void parentRequestsOnlineCoordinatorSeesItInTheInboxAndTheTimelineShowsTheWorkingDayAndTheSixWeekDate() throws Exception {
        World w = fixtures.world();
        SenCase c = senSupportCase(w);
        // Saturday 21 November 2026: an online request sent on a weekend counts from Monday 23 November
        now(LocalDateTime.of(2026, 11, 21, 11, 0));

        Sent sent = send(c.parent(), "/cases/" + c.id() + "/assessment-request", request("Sami cannot keep up with reading."),
                pdf("speech-therapy-report.pdf"));

        assertThat(sent.location()).matches("/assessment-requests/[0-9a-f-]+/sent");
        String ack = page(c.parent(), sent.location());
        assertThat(ack).contains("Request sent")
                .contains("The council counts it as received on 23 November 2026")
                .contains("The council must tell you whether it will carry out an assessment by 4 January 2027.");

        String inbox = page(w.coordinator(), "/requests");
        assertThat(inbox).contains("Sami " + c.familyName())
                .contains("23 November 2026")
                .contains(c.parent().displayName() + " (A parent or carer)")
                .contains("4 January 2027")
                .contains(">New<");

        String timeline = page(w.coordinator(), "/cases/" + c.id() + "/timeline").replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
        assertThat(timeline).contains("23 November 2026: The council received a request for an EHC needs assessment")
                .contains("How it arrived: Online form, on 21 November 2026 at 11:00.")
                .contains("Decide whether to carry out an EHC needs assessment (within 6 weeks of the request)")
                .contains("By 4 January 2027");
        assertThat(access.child(c.id()).orElseThrow().stage()).isEqualTo(Stage.ASSESSMENT_REQUESTED);

        // The coordinator opens it in full and downloads the report; the inbox shows it opened.
        String requestPath = inbox.replaceAll(".*href=\"(/cases/" + c.id() + "/assessment-requests/[0-9a-f-]+)\".*", "$1");
        String full = page(w.coordinator(), requestPath);
        assertThat(full).contains("Sami cannot keep up with reading.").contains("Hill School, Year 4")
                .contains("A reading group since September.").contains("Dr Patel at the clinic").contains("speech-therapy-report.pdf");
        String filePath = full.replaceAll(".*href=\"(" + requestPath + "/files/[0-9a-f-]+)\".*", "$1");
        MvcResult file = mvc.perform(get(filePath).with(fixtures.as(w.coordinator()))).andReturn();
        assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(PlanFixtures.PDF);
        assertThat(page(w.coordinator(), "/requests")).contains(">Opened<");

        // Acknowledged by email with the date, without the child's name
        await().atMost(Duration.ofSeconds(20)).until(() -> !TestMail.to(c.parent().email()).isEmpty());
        String email = TestMail.body(TestMail.to(c.parent().email()).get(0));
        assertThat(email).contains("4 January 2027").doesNotContain("Sami");
        assertThat(audit.forCase(c.id().value(), 50)).extracting(e -> e.subject())
                .contains("Request for an assessment sent online", "Statutory step recorded", "Request for an assessment opened");
    }

    @Test
    void aRequestSentOnAWeekdayBeforeTheCutOffCountsThatDay() throws Exception {
        World w = fixtures.world();
        SenCase c = senSupportCase(w);
        now(LocalDateTime.of(2026, 11, 24, 9, 30));
        Sent sent = send(c.parent(), "/cases/" + c.id() + "/assessment-request", request("Reading is hard."));
        assertThat(page(c.parent(), sent.location()))
                .contains("counts it as received on 24 November 2026").contains("by 5 January 2027");
    }

    @Test
    void aRequestWithNoDateOfBirthNoReasonAndAFileOfTheWrongTypeKeepsWhatWasTypedWithAMessageNextToEachField() throws Exception {
        World w = fixtures.world();
        Person parent = fixtures.person("Nell Newcomer");
        String family = "Newcomer" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> f = request("");
        f.put("sentAs", "PARENT");
        f.put("localAuthority", w.localAuthority().id().value().toString());
        f.put("givenName", "Ola");
        f.put("familyName", family);
        f.put("tried", "Speech therapy at the clinic.");

        Sent result = send(parent, "/assessment-request", f,
                new Visitor.Upload("files", "notes.exe", new byte[] {77, 90, 1, 2}));

        assertThat(result.status()).isEqualTo(200);
        String page = result.body();
        assertThat(page).contains("There is a problem")
                .contains("id=\"dateOfBirth-error\"").contains("Enter the child&#39;s date of birth, for example 27 3 2015")
                .contains("id=\"reasons-error\"").contains("Tell us why you are asking for an assessment")
                .contains("id=\"files-error\"").contains("notes.exe must be a PDF, Word document, PNG or JPEG")
                .contains("value=\"Ola\"").contains("value=\"" + family + "\"").contains("Speech therapy at the clinic.")
                .contains("Hill School, Year 4");
        assertThat(page(w.coordinator(), "/requests")).doesNotContain(family);
    }

    @Test
    void withoutConsentNothingIsSentAndTheConsentBoxSaysWhy() throws Exception {
        World w = fixtures.world();
        SenCase c = senSupportCase(w);
        Map<String, String> f = request("Writing is hard.");
        f.remove("consent");
        Sent result = send(c.parent(), "/cases/" + c.id() + "/assessment-request", f);
        String page = result.body();
        assertThat(page).contains("id=\"consent-error\"").contains("Tick the box to agree that the council may share your request")
                .contains("Writing is hard.");
        assertThat(page(w.coordinator(), "/requests")).doesNotContain(c.familyName());
        assertThat(access.child(c.id()).orElseThrow().stage()).isEqualTo(Stage.SEN_SUPPORT);
    }

    @Test
    void aSencoSendsTheRequestOnlyWithTheFamilysConsentRecordedAndTheFamilyIsTold() throws Exception {
        World w = fixtures.world();
        SenCase c = senSupportCase(w);
        now(LocalDateTime.of(2026, 11, 24, 18, 30)); // after the cut-off: counts from the next working day
        Map<String, String> f = request("Sami needs more help than we can give.");
        f.remove("consent");
        Sent refused = send(w.senco(), "/cases/" + c.id() + "/assessment-request", f);
        assertThat(refused.body())
                .contains("id=\"consent-error\"").contains("Without their agreement the request cannot be sent")
                .contains("id=\"consentBy-error\"").contains("id=\"consentHow-error\"").contains("id=\"consentOn-error\"");

        f.put("consent", "yes");
        f.put("consentBy", "Robin, Sami's parent");
        f.put("consentHow", "PHONE");
        f.put("consentOnDay", "23");
        f.put("consentOnMonth", "11");
        f.put("consentOnYear", "2026");
        Sent sent = send(w.senco(), "/cases/" + c.id() + "/assessment-request", f);
        assertThat(page(w.senco(), sent.location())).contains("counts it as received on 25 November 2026");

        String inbox = page(w.manager(), "/requests");
        assertThat(inbox).contains("Sami " + c.familyName()).contains(w.senco().displayName() + " (School)");
        String requestPath = inbox.replaceAll(".*href=\"(/cases/" + c.id() + "/assessment-requests/[0-9a-f-]+)\".*", "$1");
        assertThat(page(c.parent(), requestPath)).contains("Robin, Sami&#39;s parent, On the phone, on 23 November 2026");
        await().atMost(Duration.ofSeconds(20)).until(() -> TestMail.to(c.parent().email()).stream().map(TestMail::body)
                .anyMatch(b -> b.contains("The school has sent a request") && b.contains("6 January 2027")));
    }

    @Test
    void aSecondRequestForAChildAlreadyBeingAssessedIsLinkedAndStartsNoSecondClock() throws Exception {
        World w = fixtures.world();
        SenCase c = senSupportCase(w);
        now(LocalDateTime.of(2026, 11, 24, 10, 0));
        send(c.parent(), "/cases/" + c.id() + "/assessment-request", request("First request."));

        // A week later the other parent, not on Coplan with this child, asks through the form for a new child
        now(LocalDateTime.of(2026, 12, 1, 10, 0));
        Person other = fixtures.person("Alex " + c.familyName());
        Map<String, String> f = request("Second request.");
        f.put("sentAs", "PARENT");
        f.put("localAuthority", w.localAuthority().id().value().toString());
        f.put("givenName", " sami ");
        f.put("familyName", c.familyName().toUpperCase());
        f.put("dateOfBirthDay", "3");
        f.put("dateOfBirthMonth", "2");
        f.put("dateOfBirthYear", "2017");
        Sent sent = send(other, "/assessment-request", f);

        assertThat(page(other, sent.location()))
                .contains("The council is already thinking about an assessment for this child")
                .doesNotContain("The council must tell you whether");
        String inbox = page(w.coordinator(), "/requests");
        assertThat(inbox).contains("Linked to an existing request");
        String timeline = page(w.coordinator(), "/cases/" + c.id() + "/timeline");
        assertThat(timeline).contains("By 5 January 2027").doesNotContain("By 12 January 2027");
        // no second case was opened for the child, and the other parent does not see the case
        assertThat(status(other, "/cases/" + c.id())).isEqualTo(404);
        // the council reads the linked request in full; the family on the case does not see another parent's words
        String linkedRow = java.util.Arrays.stream(inbox.split("<tr ")).filter(row -> row.contains("1 December 2026")).findFirst().orElseThrow();
        String linkedPath = linkedRow.replaceAll(".*href=\"(/cases/" + c.id() + "/assessment-requests/[0-9a-f-]+)\".*", "$1");
        assertThat(page(w.coordinator(), linkedPath)).contains("Second request.").contains("Linked to an existing request");
        assertThat(status(c.parent(), linkedPath)).isEqualTo(404);

        // the same parent asking again from the case is linked too
        Sent again = send(c.parent(), "/cases/" + c.id() + "/assessment-request", request("Third request."));
        assertThat(page(c.parent(), again.location())).contains("already thinking about an assessment");
        assertThat(page(c.parent(), "/cases/" + c.id() + "/timeline")).doesNotContain("By 12 January 2027");
    }

    @Test
    void aParentAsksForAChildNotYetOnCoplanAndACaseIsOpenedWithThemOnIt() throws Exception {
        World w = fixtures.world();
        Person parent = fixtures.person("Nia Newcomer");
        String family = "Fresh" + UUID.randomUUID().toString().substring(0, 8);
        now(LocalDateTime.of(2026, 11, 24, 10, 0));
        Map<String, String> f = request("Words are hard for Tam.");
        f.put("sentAs", "PARENT");
        f.put("localAuthority", w.localAuthority().id().value().toString());
        f.put("givenName", "Tam");
        f.put("familyName", family);
        f.put("dateOfBirthDay", "9");
        f.put("dateOfBirthMonth", "6");
        f.put("dateOfBirthYear", "2019");
        Sent sent = send(parent, "/assessment-request", f);
        String ack = page(parent, sent.location());
        assertThat(ack).contains("counts it as received on 24 November 2026");
        String timelinePath = ack.replaceAll(".*href=\"(/cases/[0-9a-f-]+/timeline)\".*", "$1");
        assertThat(page(parent, timelinePath)).contains("By 5 January 2027");
        assertThat(page(w.coordinator(), "/requests")).contains("Tam " + family);
        assertThat(status(w.otherCoordinator(), "/requests")).isEqualTo(200);
        assertThat(page(w.otherCoordinator(), "/requests")).doesNotContain(family);
    }

    @Test
    void theInboxIsOnlyForTheAuthoritysCoordinatorsAndSenManagers() throws Exception {
        World w = fixtures.world();
        for (Person p : List.of(w.parent(), w.senco(), w.psychologist(), w.sendiass(), w.outsider())) {
            assertThat(status(p, "/requests")).as(p.displayName()).isEqualTo(404);
        }
        assertThat(status(w.manager(), "/requests")).isEqualTo(200);
    }

    @Test
    void anAcknowledgementIsSeenOnlyByWhoeverSentTheRequest() throws Exception {
        World w = fixtures.world();
        SenCase c = senSupportCase(w);
        Sent sent = send(c.parent(), "/cases/" + c.id() + "/assessment-request", request("Reading."));
        String ack = sent.location();
        assertThat(status(c.parent(), ack)).isEqualTo(200);
        assertThat(status(w.coordinator(), ack)).isEqualTo(404);
        assertThat(status(w.parent(), ack)).isEqualTo(404);
    }

    @Test
    void aChildUnderSixteenCannotAskAsAYoungPerson() throws Exception {
        World w = fixtures.world();
        Person child = fixtures.person("Kid Asker");
        now(LocalDateTime.of(2026, 11, 24, 10, 0));
        Map<String, String> f = request("I need help.");
        f.put("sentAs", "YOUNG_PERSON");
        f.put("localAuthority", w.localAuthority().id().value().toString());
        f.put("givenName", "Kid");
        f.put("familyName", "Asker" + UUID.randomUUID().toString().substring(0, 6));
        f.put("dateOfBirthDay", "1");
        f.put("dateOfBirthMonth", "1");
        f.put("dateOfBirthYear", "2014");
        Sent result = send(child, "/assessment-request", f);
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("id=\"sentAs-error\"").contains("a parent or carer asks");
    }
}
