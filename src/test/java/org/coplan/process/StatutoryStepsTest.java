package org.coplan.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.coplan.audit.AuditLog;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.Stage;
import org.coplan.people.Person;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Recording the statutory steps through the pages, as the coordinator, the SENCO and the family meet them. */
class StatutoryStepsTest extends IntegrationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    CaseAccess cases;

    private Visitor signedIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }

    private void today(LocalDate day) {
        clock.set(day.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        aNewDay();
    }

    private static Map<String, String> date(String name, LocalDate d, Map<String, String> fields) {
        fields.put(name + "Day", String.valueOf(d.getDayOfMonth()));
        fields.put(name + "Month", String.valueOf(d.getMonthValue()));
        fields.put(name + "Year", String.valueOf(d.getYear()));
        return fields;
    }

    private static Map<String, String> on(LocalDate d) {
        return date("occurredOn", d, new HashMap<>());
    }

    private Page record(Visitor v, World w, String step, Map<String, String> fields) {
        return v.post("/cases/" + w.ownCase() + "/process/record/" + step, fields);
    }

    private Page request(Visitor v, World w, LocalDate arrived, String time, String channel) {
        Map<String, String> f = date("arrivedOn", arrived, new HashMap<>());
        f.put("arrivedTime", time);
        f.put("channel", channel);
        f.put("source", "PARENT");
        return record(v, w, "request-received", f);
    }

    private String timeline(Visitor v, World w) {
        return v.get("/cases/" + w.ownCase() + "/timeline").text();
    }

    @Test
    void anEmailAfterFivePmOnAFridayCountsFromMondayAndTheDecisionIsDueSixWeeksLater() {
        World w = fixtures.world();
        today(LocalDate.of(2026, 11, 23));
        Visitor coordinator = signedIn(w.coordinator());
        Page saved = request(coordinator, w, LocalDate.of(2026, 11, 20), "17:30", "EMAIL");
        assertThat(saved.location()).endsWith("/cases/" + w.ownCase() + "/timeline");
        String page = coordinator.follow(saved).text();
        assertThat(page).contains("Recorded: Request for an EHC needs assessment received")
                .contains("23 November 2026: The council received a request")
                .contains("Decide whether to carry out an EHC needs assessment")
                .contains("By 4 January 2027")
                .contains("Issue the final EHC plan")
                .contains("By 12 April 2027");
        assertThat(cases.child(w.ownCase()).orElseThrow().stage()).isEqualTo(Stage.ASSESSMENT_REQUESTED);
    }

    @Test
    void anEmailNeedsItsTimeAndTheTimelineShowsATimeOnlyWhenOneWasEntered() {
        World w = fixtures.world();
        today(LocalDate.of(2026, 11, 23));
        Visitor coordinator = signedIn(w.coordinator());

        Page form = coordinator.get("/cases/" + w.ownCase() + "/process/record/request-received");
        assertThat(form.text()).contains("Time it arrived (needed for email)")
                .contains("For email, the time decides the day the request counts as received: after 17:00 it counts from the next working day.");

        Page noTime = request(coordinator, w, LocalDate.of(2026, 11, 20), "", "EMAIL");
        assertThat(noTime.status()).isEqualTo(200);
        assertThat(noTime.body()).contains("id=\"arrivedTime-error\"");
        assertThat(noTime.text()).contains("Enter the time the email arrived, for example 16:45. The time decides the day the request"
                + " counts as received: after 17:00 it counts from the next working day");
        assertThat(noTime.body()).contains("value=\"EMAIL\" checked").contains("name=\"arrivedOnDay\" type=\"text\" inputmode=\"numeric\" value=\"20\"");
        assertThat(timeline(coordinator, w)).doesNotContain("The council received a request");

        Page byHand = request(coordinator, w, LocalDate.of(2026, 11, 20), "", "BY_HAND");
        assertThat(byHand.location()).endsWith("/timeline");
        String page = timeline(coordinator, w);
        assertThat(page).contains("20 November 2026: The council received a request")
                .contains("How it arrived: By hand, on 20 November 2026.")
                .doesNotContain("09:00").doesNotContain("00:00");
    }

    @Test
    void anEmailsTimeIsShownBesideTheDayItArrived() {
        World w = fixtures.world();
        today(LocalDate.of(2026, 11, 23));
        Visitor coordinator = signedIn(w.coordinator());
        request(coordinator, w, LocalDate.of(2026, 11, 20), "17:30", "EMAIL");

        assertThat(timeline(coordinator, w)).contains("23 November 2026: The council received a request")
                .contains("How it arrived: Email, on 20 November 2026 at 17:30.");
    }

    @Test
    void theFamilySeesTheTimelineButCannotRecordSteps() {
        World w = fixtures.world();
        request(signedIn(w.coordinator()), w, LocalDate.of(2026, 11, 23), "09:00", "EMAIL");
        Visitor parent = signedIn(w.parent());
        assertThat(timeline(parent, w)).contains("By 4 January 2027").doesNotContain("Record a step");
        assertThat(parent.get("/cases/" + w.ownCase() + "/process/record").status()).isEqualTo(404);
        assertThat(record(parent, w, "decided-to-assess", on(LocalDate.of(2026, 11, 23))).status()).isEqualTo(404);
        assertThat(signedIn(w.outsider()).get("/cases/" + w.ownCase() + "/timeline").status()).isEqualTo(404);
    }

    @Test
    void stepsOutOfOrderInTheFutureOrTwiceAreRefusedWithTheTypedValuesKept() {
        World w = fixtures.world();
        Visitor coordinator = signedIn(w.coordinator());
        Page finalFirst = record(coordinator, w, "final-plan-issued", on(LocalDate.of(2026, 11, 20)));
        assertThat(finalFirst.status()).isEqualTo(200);
        assertThat(finalFirst.text()).contains("Record the draft plan being sent first");

        Page future = request(coordinator, w, LocalDate.of(2026, 12, 1), "09:00", "BY_HAND");
        assertThat(future.text()).contains("The date cannot be in the future. Today is 23 November 2026.");
        assertThat(future.body()).contains("name=\"arrivedOnDay\" type=\"text\" inputmode=\"numeric\" value=\"1\"")
                .contains("value=\"BY_HAND\" checked");

        request(coordinator, w, LocalDate.of(2026, 11, 16), "09:00", "BY_HAND");
        Page again = request(coordinator, w, LocalDate.of(2026, 11, 20), "09:00", "BY_HAND");
        assertThat(again.text()).contains("A request received on 16 November 2026 is already open");

        Page early = record(coordinator, w, "decided-to-assess", on(LocalDate.of(2026, 11, 10)));
        assertThat(early.text()).contains("This date is before the request was received (16 November 2026)");

        Map<String, String> noReasons = on(LocalDate.of(2026, 11, 20));
        Page refused = record(coordinator, w, "decided-not-to-assess", noReasons);
        assertThat(refused.text()).contains("Give the reasons, in plain words");

        Page badDate = record(coordinator, w, "decided-to-assess", Map.of("occurredOnDay", "31", "occurredOnMonth", "2", "occurredOnYear", "2026"));
        assertThat(badDate.status()).isEqualTo(200);
        assertThat(badDate.text()).contains("The date must be a real date");
        assertThat(badDate.body()).contains("value=\"31\"");
    }

    @Test
    void aRefusalShowsTheFamilyTheirRightToAppealWithTheDates() {
        World w = fixtures.world();
        Visitor coordinator = signedIn(w.coordinator());
        request(coordinator, w, LocalDate.of(2026, 9, 1), "09:00", "EMAIL");
        Map<String, String> refusal = on(LocalDate.of(2026, 10, 12));
        refusal.put("reasons", "The school's support is helping Kit make good progress.");
        assertThat(record(coordinator, w, "decided-not-to-assess", refusal).location()).endsWith("/timeline");

        String page = timeline(signedIn(w.parent()), w);
        assertThat(page).contains("On 12 October 2026 the council decided not to carry out an EHC needs assessment. You can appeal")
                // 12 December 2026 is a Saturday: the family is told the Friday, with the legal date beside it.
                .contains("contact a mediation adviser by Friday 11 December 2026 (the legal last day is Saturday 12 December, when offices are closed)")
                .contains("must receive your appeal by 14 December 2026")
                .contains("The school's support is helping Kit make good progress.");
        assertThat(cases.child(w.ownCase()).orElseThrow().stage()).isEqualTo(Stage.SEN_SUPPORT);
    }

    @Test
    void correctingTheRequestDateMovesEveryLaterDeadlineAndIsAudited() {
        World w = fixtures.world();
        Visitor coordinator = signedIn(w.coordinator());
        request(coordinator, w, LocalDate.of(2026, 11, 16), "09:00", "EMAIL");
        String id = coordinator.get("/cases/" + w.ownCase() + "/timeline").body()
                .replaceAll("(?s).*?/process/steps/([0-9a-f-]{36})/date.*", "$1");
        Page form = coordinator.get("/cases/" + w.ownCase() + "/process/steps/" + id + "/date");
        assertThat(form.text()).contains("Correct the date of a step");

        Map<String, String> noReason = on(LocalDate.of(2026, 11, 9));
        noReason.put("version", "0");
        assertThat(coordinator.post("/cases/" + w.ownCase() + "/process/steps/" + id + "/date", noReason).text())
                .contains("Say why the date is being corrected");

        Map<String, String> fix = on(LocalDate.of(2026, 11, 9));
        fix.put("version", "0");
        fix.put("reasons", "The email was in the shared inbox from 9 November.");
        Page saved = coordinator.post("/cases/" + w.ownCase() + "/process/steps/" + id + "/date", fix);
        assertThat(saved.location()).endsWith("/timeline");
        // 29 March 2027 is Easter Monday: the day to act by is the Thursday before, with the legal date beside it.
        assertThat(timeline(coordinator, w)).contains("By 21 December 2026")
                .contains("By Thursday 25 March 2027 (the legal last day is Monday 29 March, when offices are closed)")
                .doesNotContain("28 December");

        Map<String, String> stale = on(LocalDate.of(2026, 11, 10));
        stale.put("version", "0");
        stale.put("reasons", "Typing error");
        assertThat(coordinator.post("/cases/" + w.ownCase() + "/process/steps/" + id + "/date", stale).text())
                .contains("Someone else changed this date to 9 November 2026");

        assertThat(audit.forCase(w.ownCase().value(), 50)).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo("Statutory step date corrected");
            assertThat(e.detail()).contains("2026-11-16 changed to 2026-11-09").contains("shared inbox");
        });
    }

    @Test
    void anExceptionKeepsTheDateAndShowsTheReason() {
        World w = fixtures.world();
        Visitor coordinator = signedIn(w.coordinator());
        request(coordinator, w, LocalDate.of(2026, 10, 1), "09:00", "EMAIL");
        String page = coordinator.get("/cases/" + w.ownCase() + "/process/record/exception-recorded").body();
        String value = page.replaceAll("(?s).*name=\"deadline\" type=\"radio\"\\s+value=\"(DECISION_TO_ASSESS/[0-9a-f-]{36})\".*", "$1");
        Map<String, String> f = on(LocalDate.of(2026, 10, 20));
        f.put("deadline", value);
        f.put("outcome", "MISSED_APPOINTMENT");
        f.put("reasons", "Family abroad for a month.");
        assertThat(record(coordinator, w, "exception-recorded", f).text()).contains("The law does not allow this reason for that deadline");
        f.put("outcome", "ABSENT_FROM_AREA");
        assertThat(record(coordinator, w, "exception-recorded", f).location()).endsWith("/timeline");
        assertThat(timeline(coordinator, w)).contains("By 12 November 2026").contains("Delayed for an allowed reason")
                .contains("away from the area for 4 weeks or more");
    }

    @Test
    void aReviewMeetingNeedsTwoWeeksNoticeUnlessAReasonIsGivenAndTheSencoCanArrangeIt() {
        World w = fixtures.world();
        Visitor coordinator = signedIn(w.coordinator());
        request(coordinator, w, LocalDate.of(2026, 1, 5), "09:00", "EMAIL");
        record(coordinator, w, "decided-to-assess", on(LocalDate.of(2026, 2, 10)));
        record(coordinator, w, "decided-to-issue", on(LocalDate.of(2026, 4, 1)));
        record(coordinator, w, "draft-plan-sent", on(LocalDate.of(2026, 4, 20)));
        assertThat(record(coordinator, w, "final-plan-issued", on(LocalDate.of(2026, 5, 4))).text())
                .contains("The family can comment until 4 May 2026. It can be issued from 5 May 2026.");
        assertThat(record(coordinator, w, "final-plan-issued", on(LocalDate.of(2026, 5, 5))).location()).endsWith("/timeline");
        assertThat(cases.child(w.ownCase()).orElseThrow().stage()).isEqualTo(Stage.EHC_PLAN);

        Visitor senco = signedIn(w.senco());
        assertThat(senco.get("/cases/" + w.ownCase() + "/process/record/request-received").status()).isEqualTo(404);
        Map<String, String> shortNotice = date("targetOn", LocalDate.of(2026, 12, 1), on(LocalDate.of(2026, 11, 23)));
        assertThat(record(senco, w, "review-meeting-arranged", shortNotice).text())
                .contains("Invitations must go out by 17 November 2026 for 2 weeks' notice");
        shortNotice.put("reasons", "The family asked for an early meeting before the move and agreed to the short notice.");
        assertThat(record(senco, w, "review-meeting-arranged", shortNotice).location()).endsWith("/timeline");
        assertThat(timeline(senco, w)).contains("Invitations sent to the review meeting on 1 December 2026")
                .contains("Annual review: the council's decision after the review").contains("By 5 May 2027");
    }

    @Test
    void sendingAndIssuingTheEhcPlanInCoplanPutsTheStepsOnTheTimelineAndTheFinalWaitsForTheFamily() {
        World w = fixtures.world();
        today(LocalDate.of(2026, 11, 2));
        Visitor coordinator = signedIn(w.coordinator());
        request(coordinator, w, LocalDate.of(2026, 7, 1), "09:00", "EMAIL");
        record(coordinator, w, "decided-to-assess", on(LocalDate.of(2026, 8, 10)));
        record(coordinator, w, "decided-to-issue", on(LocalDate.of(2026, 10, 20)));

        coordinator.get("/cases/" + w.ownCase() + "/plans");
        String plan = java.net.URI.create(coordinator.post("/cases/" + w.ownCase() + "/plans", Map.of("kind", "EHC")).location()).getPath();
        planFixtures.writeEverySection(w.ownCase(), w.coordinator(), java.util.UUID.fromString(plan.split("/")[4]), 1);
        coordinator.get(plan + "/propose");
        coordinator.post(plan + "/propose", Map.of("windowDays", "15"));
        assertThat(timeline(coordinator, w)).contains("The draft EHC plan was sent to the family")
                .contains("From 2 November 2026 to 16 November 2026");
        assertThat(cases.child(w.ownCase()).orElseThrow().stage()).isEqualTo(Stage.DRAFT_PLAN);

        today(LocalDate.of(2026, 11, 16));
        Page tooSoon = coordinator.post(plan + "/issue", Map.of());
        assertThat(tooSoon.status()).isEqualTo(200);
        assertThat(tooSoon.text()).contains("The family can comment until the end of 16 November 2026. The plan can be issued from 17 November 2026.");
        assertThat(timeline(coordinator, w)).doesNotContain("The final EHC plan was issued");

        today(LocalDate.of(2026, 11, 17));
        assertThat(coordinator.post(plan + "/issue", Map.of()).location()).endsWith(plan);
        String page = timeline(signedIn(w.parent()), w);
        assertThat(page).contains("17 November 2026: The final EHC plan was issued")
                .contains("must receive your appeal by 18 January 2027");
        assertThat(cases.child(w.ownCase()).orElseThrow().stage()).isEqualTo(Stage.EHC_PLAN);
    }
}
