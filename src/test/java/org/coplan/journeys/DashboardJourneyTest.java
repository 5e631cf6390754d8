package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.Stage;
import org.coplan.cases.domain.CaseAction;
import org.coplan.meetings.domain.ActionStatus;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.deadlines.RequestChannel;
import org.coplan.process.domain.RequestSource;
import org.coplan.process.internal.ProcessWork;
import org.coplan.support.Fixtures;
import org.coplan.support.MeetingFixtures;
import org.coplan.support.Fixtures.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An EHC coordinator works from their caseload: follows a case with an overdue action from the
 * caseload's summary to its actions and back through the case page, filters the caseload to what
 * is overdue, then looks at the authority's figures and downloads the SEN2 file after first
 * mistyping the census date. The caseload and the figures are then read on a small phone without
 * JavaScript.
 */
class DashboardJourneyTest extends BrowserJourney {

    @Autowired
    ProcessWork work;

    @Autowired
    CaseAccess access;

    @Autowired
    MeetingFixtures meetingFixtures;

    @Test
    void coordinatorFiltersTheirCaseloadReadsTheFiguresAndDownloadsSen2() throws IOException {
        World w = fixtures.world();
        for (int i = 0; i < 55; i++) {
            CaseId id = fixtures.cases().openCase(w.coordinator().id(), CaseRole.EHC_COORDINATOR, "Child" + i, "Journey",
                    null, LocalDate.of(2016, 5, 14), w.school().id(), w.localAuthority().id(), Stage.SEN_SUPPORT);
            if (i == 0) {
                meetingFixtures.action(w.coordinator(), id, LocalDate.of(2026, 11, 2), ActionStatus.OPEN);
            }
            if (i < 3) {
                LocalDate asked = LocalDate.of(2026, 9, 1).plusDays(i);
                work.record(access.open(w.coordinator().id(), id, CaseAction.VIEW_CASE),
                        ProcessEvent.of(ProcessEventKind.REQUEST_RECEIVED, asked)
                                .withRequest(RequestSource.PARENT, RequestChannel.EMAIL, asked.atTime(10, 0)));
            }
        }

        signIn(w.coordinator().email(), Fixtures.PASSWORD);
        go(link(page, "Caseload"));
        assertThat(page.locator("h1")).hasText("Caseload");
        assertThat(page.locator("main")).containsText("3 cases overdue");
        assertThat(page.locator("#content > table caption")).hasText("Cases 1 to 50 of 56");
        Locator overdueActions = page.locator(".govuk-summary-card", new Page.LocatorOptions().setHasText("Overdue actions"));
        assertThat(overdueActions).containsText("Actions past their due date 1");
        assertThat(page.locator(".govuk-summary-card", new Page.LocatorOptions().setHasText("Open disagreements by age")))
                .containsText("Total open 0");

        go(overdueActions.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Child0 Journey").setExact(true)));
        assertThat(page.locator("h1")).hasText("Meetings, decisions and actions");
        assertThat(page.locator("main")).containsText("Actions overdue: 1");
        go(link(page, "Back"));
        assertThat(page.locator(".govuk-warning-text")).containsText("1 action is overdue.");
        go(link(page, "Caseload"));

        go(page.locator(".govuk-pagination__next a"));
        assertThat(page.locator("#content > table caption")).hasText("Cases 51 to 56 of 56");

        page.getByLabel("Overdue", new Page.GetByLabelOptions().setExact(true)).check();
        go(button(page, "Apply filters"));
        assertThat(page.locator("#content > table caption")).hasText("Cases 1 to 3 of 3");
        assertThat(page.getByLabel("Overdue", new Page.GetByLabelOptions().setExact(true))).isChecked();
        assertThat(page.locator(".govuk-tag--red")).hasCount(3);

        go(link(page, "Local authority"));
        assertThat(page.locator("h1")).hasText("How the local authority is doing");
        assertThat(page.locator("#overdue-by-kind")).containsText("Decide whether to assess");
        page.getByLabel("Plans issued in").selectOption("2025");
        go(button(page, "Show"));
        assertThat(page.getByLabel("Plans issued in")).hasValue("2025");

        go(link(page, "Download data for the SEN2 return"));
        page.getByLabel("Day").fill("31");
        page.getByLabel("Month").fill("2");
        go(button(page, "Download CSV file"));
        assertThat(page).hasTitle(Pattern.compile("^Error: Download data for the SEN2 return"));
        assertErrors(page, "census", "The census date must be a real date");
        assertThat(page.getByLabel("Day")).hasValue("31");

        page.getByLabel("Day").fill("19");
        page.getByLabel("Month").fill("11");
        page.getByLabel("Year").fill("2026");
        Download download = page.waitForDownload(() -> button(page, "Download CSV file").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(download.suggestedFilename()).isEqualTo("sen2-2026-11-19.csv");
        assertThat(csv).startsWith("Surname,Forename,DateOfBirth").contains("Journey,Child0,2016-05-14,2026-09-01,PARENT,ONGOING");

        Page phone = newPhonePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        signIn(phone, w.manager().email(), Fixtures.PASSWORD);
        phone.navigate("/caseload?due=OVERDUE");
        assertAccessible(phone);
        assertThat(phone.locator("#content > table caption")).hasText("Cases 1 to 3 of 3");
        phone.navigate("/authority");
        assertAccessible(phone);
        phone.navigate("/authority/sen2");
        assertAccessible(phone);
    }
}
