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
 * the 6-week decision on the timeline.
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
}
