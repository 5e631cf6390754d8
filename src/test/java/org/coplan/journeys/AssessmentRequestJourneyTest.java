package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.Stage;
import org.coplan.people.Person;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.PlanFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A parent, on their phone, asks for an EHC needs assessment from their child's case page: first
 * with the reason left out and a file that is not a report, then properly, on a Saturday. The
 * coordinator finds it in "Requests for assessment", counted from Monday, opens it in full and sees
 * the 6-week decision on the timeline. And a parent asks for SENDIASS, whose adviser joins the team
 * once the parent says yes.
 */
class AssessmentRequestJourneyTest extends BrowserJourney {

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aParentAsksForAnAssessmentAndTheCoordinatorFindsItInTheInbox() throws Exception {
        World w = fixtures.world();
        String family = "Asker" + UUID.randomUUID().toString().substring(0, 6);
        CaseId child = fixtures.cases().openCase(w.senco().id(), CaseRole.SENCO, "Remi", family, null, LocalDate.of(2016, 9, 1),
                w.school().id(), w.localAuthority().id(), Stage.SEN_SUPPORT);
        Person parent = fixtures.person("Jo " + family);
        fixtures.cases().addMember(child, parent.id(), CaseRole.PARENT_CARER);
        clock.set(LocalDate.of(2026, 11, 21).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant()); // a Saturday

        Page p = newPhonePage(new Browser.NewContextOptions());
        signIn(p, parent.email(), Fixtures.PASSWORD);
        p.navigate("/cases/" + child);
        assertAccessible(p);
        go(link(p, "Ask for an EHC needs assessment"));
        assertNoSidewaysScrolling(p);

        Path notAReport = Files.createTempFile("holiday", ".exe");
        Files.write(notAReport, new byte[] {77, 90, 0, 1});
        p.getByLabel("What help has been tried so far? (optional)").fill("A reading group since September.");
        p.getByLabel("Reports or letters (optional)").setInputFiles(notAReport);
        p.getByLabel("I agree that the council may share this request").check();
        go(button(p, "Send the request"));
        assertErrors(p, "reasons", "Tell us why you are asking for an assessment",
                "files", notAReport.getFileName() + " must be a PDF, Word document, PNG or JPEG. Choose the files again");
        assertThat(p.getByLabel("What help has been tried so far? (optional)")).hasValue("A reading group since September.");

        Path report = Files.createTempFile("school-report", ".pdf");
        Files.write(report, PlanFixtures.PDF);
        p.getByLabel("Why are you asking for an assessment?").fill("Remi is falling further behind and is unhappy at school.");
        p.getByLabel("Reports or letters (optional)").setInputFiles(report);
        go(button(p, "Send the request"));
        assertThat(p.locator("h1")).hasText("Request sent");
        assertThat(p.locator("main")).containsText("The council counts it as received on 23 November 2026");
        assertThat(p.locator("main")).containsText("The council must tell you whether it will carry out an assessment by 4 January 2027.");

        signIn(w.coordinator().email(), Fixtures.PASSWORD);
        visit("/");
        go(link(page, "Requests for assessment"));
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ROW).filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("Remi " + family)))
                .containsText("23 November 2026");
        go(link(page, "Remi " + family));
        assertThat(page.locator("main")).containsText("Remi is falling further behind and is unhappy at school.");
        assertThat(page.locator("main")).containsText(report.getFileName().toString());
        go(link(page, "See the timeline"));
        assertThat(page.locator("main")).containsText("The council received a request for an EHC needs assessment");
        assertThat(page.locator("main")).containsText("By 4 January 2027");
    }

    /**
     * A parent asks for SENDIASS, first forgetting to agree to share their details; the adviser sees
     * the referral but not the case, takes it on, and joins the team once the parent says yes.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aParentAsksForSendiassAndTheAdviserJoinsOnlyWhenTheyAgree() {
        World w = fixtures.world();
        org.coplan.people.Organisation service = fixtures.people().createOrganisation(org.coplan.people.OrganisationKind.SERVICE,
                "SENDIASS " + UUID.randomUUID(), w.localAuthority().id());
        setup.registerService(service.id(), w.localAuthority().id(), org.coplan.cases.SupportChoice.SENDIASS);
        Person adviser = fixtures.staff("Gus Guide", service, org.coplan.people.StaffRole.PROFESSIONAL);

        Page p = newPhonePage(new Browser.NewContextOptions());
        signIn(p, w.parent().email(), Fixtures.PASSWORD);
        p.navigate("/cases/" + w.ownCase());
        assertAccessible(p);
        go(link(p, "Get independent support"));
        p.getByLabel("SENDIASS (information, advice and support)").check();
        p.getByLabel("How should the adviser contact you?").fill("07700 900789, mornings");
        go(button(p, "Ask for support"));
        assertErrors(p, "consent", "Tick the box to agree to share your details, so that the service can contact you");
        assertThat(p.getByLabel("How should the adviser contact you?")).hasValue("07700 900789, mornings");
        p.getByLabel("I agree to share my contact details").check();
        go(button(p, "Ask for support"));
        assertThat(p.locator(".govuk-notification-banner")).containsText("Your request has been sent.");

        signIn(adviser.email(), Fixtures.PASSWORD);
        visit("/");
        go(link(page, "Referrals"));
        assertThat(page.locator("main")).containsText("07700 900789, mornings");
        go(button(page, "Take on this referral"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("You have taken on the referral.");

        p.navigate("/cases/" + w.ownCase());
        assertAccessible(p);
        go(link(p, "Answer them"));
        p.getByLabel("Yes").check();
        go(button(p, "Send your answer"));
        assertThat(p.locator(".govuk-notification-banner")).containsText("The adviser has joined your team.");

        page.reload();
        assertAccessible();
        go(link(page, "Open the case"));
        assertThat(page.locator("h1")).containsText("Kit");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.coplan.requests.RequestSetup setup;
}
