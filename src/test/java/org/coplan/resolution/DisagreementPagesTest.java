package org.coplan.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.coplan.cases.CaseAccess;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.coplan.process.internal.ProcessWork;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Disagreements through the pages, as the family, the professionals and the case leads meet them. */
class DisagreementPagesTest extends IntegrationTest {

    @Autowired
    ProcessWork processWork;

    @Autowired
    CaseAccess access;

    private Visitor signedIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }

    private void today(LocalDate day) {
        clock.set(day.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        aNewDay();
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** Raises a disagreement about a plan section; returns the disagreement's path. */
    private String raiseAboutSection(Visitor v, World w, String section, String why) {
        Page raised = v.post("/cases/" + w.ownCase() + "/disagreements",
                fields("subjectKind", "PLAN_SECTION", "section", section, "disagreeWith", why, "wouldLike", ""));
        assertThat(raised.status()).as(raised.text()).isEqualTo(302);
        return raised.location().replaceFirst("^https?://[^/]+", "");
    }

    private Page recordDate(Visitor v, String disagreement, String kind, LocalDate on) {
        return v.post(disagreement + "/dates", fields("kind", kind, "onDay", String.valueOf(on.getDayOfMonth()),
                "onMonth", String.valueOf(on.getMonthValue()), "onYear", String.valueOf(on.getYear())));
    }

    private String appealRow(Visitor v, String disagreement) {
        String text = v.get(disagreement).text();
        int at = text.indexOf("The SEND Tribunal must receive the appeal");
        assertThat(at).as(text).isPositive();
        return text.substring(at, Math.min(text.length(), at + 80));
    }

    @Test
    void aCertificateLaterThanTheDecisionAtTheEndOfJanuaryGivesAnAppealDateOffTheWeekendInMarch() {
        World w = fixtures.world();
        today(LocalDate.of(2026, 12, 10));
        DisagreementFixtures.finalPlanIssued(processWork, access, w.coordinator(), w.ownCase(), LocalDate.of(2026, 12, 10));
        Visitor parent = signedIn(w.parent());
        String d = raiseAboutSection(parent, w, "F", "The speech therapy is not written down properly.");
        // Decision + 2 months is 10 February 2027, a Wednesday.
        assertThat(appealRow(parent, d)).contains("By 10 February 2027");

        today(LocalDate.of(2027, 2, 1));
        assertThat(recordDate(parent, d, "CERTIFICATE_ISSUED", LocalDate.of(2027, 1, 31)).status()).isEqualTo(302);
        // 31 January + 1 month is 28 February 2027, a Sunday: the next working day.
        assertThat(appealRow(parent, d)).contains("By 1 March 2027");
    }

    @Test
    void anAppealDateInTheChristmasBreakMovesToTheFirstWorkingDayAfterNewYear() {
        World w = fixtures.world();
        today(LocalDate.of(2026, 10, 1));
        DisagreementFixtures.finalPlanIssued(processWork, access, w.coordinator(), w.ownCase(), LocalDate.of(2026, 10, 1));
        Visitor parent = signedIn(w.parent());
        String d = raiseAboutSection(parent, w, "B", "The needs leave out Kit's anxiety.");
        assertThat(appealRow(parent, d)).contains("By 1 December 2026");
        assertThat(parent.get(d).text()).contains("Contact a mediation adviser").contains("By 1 December 2026");

        today(LocalDate.of(2026, 11, 27));
        recordDate(parent, d, "MEDIATION_NOT_WANTED", LocalDate.of(2026, 11, 20));
        // D9: 3 working days after Friday 20 November is Wednesday 25 November.
        assertThat(parent.get(d).text()).contains("The mediation adviser issues a certificate (you said you do not want mediation) By 25 November 2026");
        recordDate(parent, d, "CERTIFICATE_ISSUED", LocalDate.of(2026, 11, 26));
        // 26 November + 1 month is 26 December: the first working day after 1 January is Monday 4 January.
        assertThat(appealRow(parent, d)).contains("By 4 January 2027");
    }

    @Test
    void anAppealDateInAugustMovesToTheFirstWorkingDayOfSeptember() {
        World w = fixtures.world();
        today(LocalDate.of(2027, 5, 20));
        DisagreementFixtures.finalPlanIssued(processWork, access, w.coordinator(), w.ownCase(), LocalDate.of(2027, 5, 20));
        Visitor parent = signedIn(w.parent());
        String d = raiseAboutSection(parent, w, "I", "The school named is too far away.");
        assertThat(appealRow(parent, d)).contains("By 20 July 2027");

        today(LocalDate.of(2027, 7, 12));
        recordDate(parent, d, "MEDIATION_WANTED", LocalDate.of(2027, 6, 1));
        // D11: mediation within 30 days of the council hearing it is wanted.
        assertThat(parent.get(d).text()).contains("Mediation takes place (the council must arrange it within 30 days) By 1 July 2027");
        recordDate(parent, d, "MEDIATION_HELD", LocalDate.of(2027, 7, 2));
        // D12: 3 working days after Friday 2 July is Wednesday 7 July.
        assertThat(parent.get(d).text()).contains("The mediator issues a certificate after mediation By 7 July 2027");
        recordDate(parent, d, "CERTIFICATE_ISSUED", LocalDate.of(2027, 7, 10));
        // 10 July + 1 month is 10 August: the first working day after 31 August is Wednesday 1 September.
        assertThat(appealRow(parent, d)).contains("By 1 September 2027");
    }

    @Test
    void aMediationDateOnChristmasDayIsShownWithTheLastWorkingDayBeforeIt() {
        World w = fixtures.world();
        today(LocalDate.of(2026, 10, 26));
        // The final plan was issued on Sunday 25 October 2026: D8 gives until Friday 25 December to contact a mediation
        // adviser. Offices are closed from 24 December, so the family is told Wednesday 23 December, with the legal date.
        DisagreementFixtures.finalPlanIssued(processWork, access, w.coordinator(), w.ownCase(), LocalDate.of(2026, 10, 25));
        Visitor parent = signedIn(w.parent());
        String d = raiseAboutSection(parent, w, "F", "The support is not enough.");
        String page = parent.get(d).text();
        assertThat(page).contains("Contact a mediation adviser")
                .contains("By Wednesday 23 December 2026 (the legal last day is Friday 25 December, when offices are closed)");
        // D14 already moves an appeal date in the Christmas break to Monday 4 January 2027, a working day.
        assertThat(appealRow(parent, d)).contains("By 4 January 2027");

        String timeline = parent.get("/cases/" + w.ownCase() + "/timeline").text();
        assertThat(timeline).contains("First, contact a mediation adviser by Wednesday 23 December 2026 "
                + "(the legal last day is Friday 25 December, when offices are closed).");
    }

    @Test
    void mediationIsNotOfferedForAnSenSupportPlanAndTheSchoolComplaintsRouteIsExplained() {
        World w = fixtures.world();
        Visitor parent = signedIn(w.parent());
        String d = raiseAboutSection(parent, w, "NEEDS", "The plan does not mention reading.");
        assertThat(parent.get(d).text()).contains("the school's complaints procedure").contains("Not available for this disagreement")
                .doesNotContain("Dates that apply");

        Visitor senco = signedIn(w.senco());
        Page form = senco.get(d + "/stage");
        assertThat(form.text()).contains("Support from SENDIASS").contains("Disagreement resolution").doesNotContain("Appeal to the SEND Tribunal");
        assertThat(form.body()).contains("value=\"SENDIASS\"").doesNotContain("value=\"MEDIATION\"").doesNotContain("value=\"TRIBUNAL\"");
        Page refused = senco.post(d + "/stage", fields("stage", "MEDIATION", "note", "Let us try mediation.", "version", "0"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("Mediation and the Tribunal are not available for this disagreement")
                .contains("Let us try mediation.");
        assertThat(parent.get(d).text()).contains("Stage Talking it through");
    }

    @Test
    void mediationIsOfferedForSectionFOfAnIssuedPlanButNotForSectionC() {
        World w = fixtures.world();
        DisagreementFixtures.finalPlanIssued(processWork, access, w.coordinator(), w.ownCase(), LocalDate.of(2026, 11, 2));
        Visitor parent = signedIn(w.parent());
        String f = raiseAboutSection(parent, w, "F", "Not enough support.");
        String c = raiseAboutSection(parent, w, "C", "The health needs are wrong.");
        Visitor coordinator = signedIn(w.coordinator());
        assertThat(coordinator.get(f + "/stage").body()).contains("value=\"MEDIATION\"").contains("Appeal to the SEND Tribunal");
        assertThat(coordinator.get(c + "/stage").body()).doesNotContain("value=\"MEDIATION\"").doesNotContain("Appeal to the SEND Tribunal");
        assertThat(parent.get(c).text()).contains("the Tribunal can also make recommendations about health and social care");
    }

    @Test
    void theCaseLeadsAreToldWhenTheFamilyRaisesADisagreementWithoutTheChildsName() {
        World w = fixtures.world();
        Visitor parent = signedIn(w.parent());
        raiseAboutSection(parent, w, "A", "Kit's views are missing.");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> org.coplan.support.TestMail
                .to(w.coordinator().email()).stream().map(org.coplan.support.TestMail::body)
                .anyMatch(b -> b.contains("has raised a disagreement on a case you lead")));
        assertThat(org.coplan.support.TestMail.to(w.coordinator().email()).stream().map(org.coplan.support.TestMail::body)
                .filter(b -> b.contains("has raised a disagreement")))
                .allSatisfy(b -> assertThat(b).contains(w.parent().displayName()).contains("/cases/" + w.ownCase() + "/disagreements/")
                        .doesNotContain("Kit"));
        assertThat(org.coplan.support.TestMail.to(w.parent().email()).stream().map(org.coplan.support.TestMail::body))
                .noneMatch(b -> b.contains("has raised a disagreement"));
    }

    @Test
    void onlyTheFamilyCanWithdrawADisagreementTheFamilyRaised() {
        World w = fixtures.world();
        Visitor parent = signedIn(w.parent());
        String d = raiseAboutSection(parent, w, "A", "Kit's views are missing.");

        Visitor coordinator = signedIn(w.coordinator());
        assertThat(coordinator.get(d).text()).contains("Move to another stage or close it").doesNotContain("Withdraw this disagreement");
        assertThat(coordinator.get(d + "/stage").text()).doesNotContain("Withdrawn");
        Page refused = coordinator.post(d + "/stage", fields("stage", "CLOSED", "outcome", "WITHDRAWN", "note", "They said so.", "version", "0"));
        assertThat(refused.text()).contains("Only the family can withdraw a disagreement the family raised");
        assertThat(coordinator.get(d).text()).contains("Stage Talking it through");

        Visitor psychologist = signedIn(w.psychologist());
        assertThat(psychologist.get(d + "/stage").status()).isEqualTo(404);

        // Kit, who is family but did not raise it, may withdraw it, and nothing else.
        Visitor child = signedIn(w.child());
        String form = child.get(d + "/stage?withdraw=1").text();
        assertThat(form).contains("Withdrawn").doesNotContain("Support from SENDIASS").doesNotContain("Resolved by agreement");
        Page withdrawn = child.post(d + "/stage", fields("stage", "CLOSED", "outcome", "WITHDRAWN", "note", "We sorted it out at home.", "version", "0"));
        assertThat(withdrawn.status()).isEqualTo(302);
        assertThat(parent.get(d).text()).contains("Stage Closed").contains("Outcome Withdrawn We sorted it out at home.")
                .contains("closed by Kit Child (Child or young person): Withdrawn");
    }

    @Test
    void theFamilySeesEveryDisagreementRaisedOnTheCase() {
        World w = fixtures.world();
        signedIn(w.psychologist()).post("/cases/" + w.ownCase() + "/disagreements",
                fields("subjectKind", "OTHER", "aboutText", "How the observation was arranged", "disagreeWith", "Too short."));
        raiseAboutSection(signedIn(w.coordinator()), w, "G", "The health provision is not agreed yet.");
        raiseAboutSection(signedIn(w.health()), w, "C", "The health needs are out of date.");

        String list = signedIn(w.parent()).get("/cases/" + w.ownCase() + "/disagreements").text();
        assertThat(list).contains("How the observation was arranged").contains("Pia Psychologist (Educational psychologist)")
                .contains("Section G: Health care provision").contains("Cora Coordinator (EHC coordinator)")
                .contains("Section C: Health care needs").contains("Hal Health (Health professional)");
        assertThat(signedIn(w.child()).get("/cases/" + w.ownCase() + "/disagreements").text()).contains("How the observation was arranged")
                .contains("Section G: Health care provision").contains("Section C: Health care needs");
        assertThat(signedIn(w.outsider()).get("/cases/" + w.ownCase() + "/disagreements").status()).isEqualTo(404);
    }

    @Test
    void badInputIsExplainedNextToTheFieldAndWhatWasTypedIsKept() {
        World w = fixtures.world();
        Visitor parent = signedIn(w.parent());
        Page empty = parent.post("/cases/" + w.ownCase() + "/disagreements", fields("wouldLike", "A meeting, please."));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.text()).contains("There is a problem").contains("Select what the disagreement is about")
                .contains("Say what you disagree with and why").contains("A meeting, please.");
        Page noSection = parent.post("/cases/" + w.ownCase() + "/disagreements",
                fields("subjectKind", "PLAN_SECTION", "section", "", "disagreeWith", "Too little help."));
        assertThat(noSection.text()).contains("Choose the part of the plan").contains("Too little help.");

        today(LocalDate.of(2026, 11, 23));
        DisagreementFixtures.finalPlanIssued(processWork, access, w.coordinator(), w.ownCase(), LocalDate.of(2026, 11, 2));
        String d = raiseAboutSection(parent, w, "F", "Too little help.");
        Page future = recordDate(parent, d, "ADVISER_CONTACTED", LocalDate.of(2026, 11, 30));
        assertThat(future.status()).isEqualTo(200);
        assertThat(future.text()).contains("The date cannot be in the future (today is 23 November 2026)");
        assertThat(future.body()).contains("id=\"on-error\"").contains("name=\"onDay\" type=\"text\" inputmode=\"numeric\" value=\"30\"");
        Page early = recordDate(parent, d, "CERTIFICATE_ISSUED", LocalDate.of(2026, 10, 30));
        assertThat(early.text()).contains("The certificate cannot be issued before the decision notice was sent (2 November 2026)");
        assertThat(early.body()).contains("name=\"onMonth\" type=\"text\" inputmode=\"numeric\" value=\"10\"");
        Page notReal = parent.post(d + "/dates", fields("kind", "CERTIFICATE_ISSUED", "onDay", "31", "onMonth", "2", "onYear", "2026"));
        assertThat(notReal.text()).contains("The date must be a real date");
        assertThat(parent.get(d).text()).doesNotContain("The mediation certificate was issued on");
    }

    @Test
    void theDashboardCountsOpenDisagreementsByAgeOldestFirstForTheLeadsOnly() {
        World w = fixtures.world();
        Visitor parent = signedIn(w.parent());
        today(LocalDate.of(2026, 9, 1));
        raiseAboutSection(parent, w, "B", "Oldest one.");
        today(LocalDate.of(2026, 10, 26));
        raiseAboutSection(parent, w, "E", "Middle one.");
        today(LocalDate.of(2026, 11, 23));
        raiseAboutSection(parent, w, "K", "Newest one.");

        String board = signedIn(w.coordinator()).get("/disagreements").text();
        assertThat(board).contains("Under 2 weeks 1").contains("2 to 6 weeks 1").contains("Over 6 weeks 1").contains("Total open 3")
                .contains("Oldest raised on 1 September 2026");
        assertThat(board.indexOf("Section B: Special educational needs")).isPositive()
                .isLessThan(board.indexOf("Section E: Outcomes"));
        assertThat(board.indexOf("Section E: Outcomes")).isLessThan(board.indexOf("Section K: Advice and information"));
        assertThat(signedIn(w.senco()).get("/disagreements").text()).contains("School: ").contains("Total open 3");
        assertThat(signedIn(w.parent()).get("/disagreements").status()).isEqualTo(404);
        assertThat(signedIn(fixtures.staff("Other Senco", w.otherSchool(), StaffRole.SENCO)).get("/disagreements").text())
                .contains("Total open 0");
    }
}
