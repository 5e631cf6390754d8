package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.CaseSelections;
import org.coplan.cases.NeedType;
import org.coplan.cases.Stage;
import org.coplan.measures.ConfidenceMoment;
import org.coplan.measures.ConfidenceSurveys;
import org.coplan.measures.domain.ConfidenceReply;
import org.coplan.measures.domain.ConfidenceStatement;
import org.coplan.measures.internal.ConfidenceAnswering;
import org.coplan.people.Person;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The co-production dashboards in a browser. The SENCO opens the school's figures from the home page
 * on a phone 390 pixels wide, where every chart has its table; the SEN manager opens the authority's,
 * is refused a filter that would point at too few children (the choice kept) and then filters by need;
 * a parent opens their own case's figures and finds their own answers there.
 */
class MeasuresDashboardJourneyTest extends BrowserJourney {

    @Autowired
    ConfidenceSurveys surveys;

    @Autowired
    ConfidenceAnswering answering;

    @Autowired
    CaseSelections selections;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theSencoTheSenManagerAndAParentOpenTheirDashboards() {
        World w = fixtures.world();
        Person firstParent = null;
        CaseId firstCase = null;
        for (int i = 0; i < 11; i++) {
            Person parent = fixtures.person("Jo Parent");
            CaseId c = fixtures.cases().openCase(w.senco().id(), CaseRole.SENCO, "Sam", "Child" + i + System.nanoTime(), null,
                    LocalDate.of(2015, 3, 1), w.school().id(), w.localAuthority().id(), Stage.EHC_PLAN);
            fixtures.cases().addMember(c, parent.id(), CaseRole.PARENT_CARER);
            selections.setPrimaryNeed(c, i < 6 ? NeedType.ASD : NeedType.SLCN);
            if (i < 6) {
                answer(c, parent, i == 0 ? "DISAGREE" : "AGREE");
                if (firstParent == null) {
                    firstParent = parent;
                    firstCase = c;
                }
            }
        }

        // The SENCO, on a phone 390 pixels wide, from the home page.
        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(phone, w.senco().email(), Fixtures.PASSWORD);
        go(link(phone, "Co-production figures"));
        go(link(phone, "School: " + w.school().name()));
        assertThat(phone.locator("h1")).hasText("Co-production figures for " + w.school().name());
        assertThat(phone.locator("#panel-confidence")).containsText("Know who to contact");
        Locator charts = phone.locator(".coplan-measure svg[role=img]");
        assertThat(charts.count()).as("a chart for each confidence statement at least").isGreaterThanOrEqualTo(5);
        assertThat(phone.locator(".coplan-measure table").count()).as("every chart has a table").isEqualTo(charts.count());
        for (int i = 0; i < charts.count(); i++) {
            assertThat(charts.nth(i).locator("title")).not().isEmpty();
            assertThat(charts.nth(i).locator("desc")).not().isEmpty();
        }
        // everyone knows who to contact (shown); one of six is not told what is happening, so that share is hidden
        assertThat(phone.locator("#figure-confidence-contact table")).containsText("100%");
        assertThat(phone.locator("#figure-confidence-informed table")).containsText("Fewer than 5 families");
        assertThat(phone.locator("#figure-confidence-informed table")).not().containsText("83%");
        assertThat(phone.locator("#panel-confidence")).containsText("Download this table (CSV)");

        // The SEN manager: the authority's figures, a filter refused, then one shown.
        signIn(w.manager().email(), Fixtures.PASSWORD);
        go(link(page, "Co-production figures"));
        go(link(page, "Local authority: " + w.localAuthority().name()));
        page.getByLabel("Age", new Page.GetByLabelOptions().setExact(true)).selectOption("AGE_11_TO_15");
        go(button(page, "Show figures"));
        assertThat(page.locator(".govuk-error-summary")).containsText("These filters pick out fewer than 5 children");
        assertThat(page.locator("#filters-error")).containsText("Choose fewer filters");
        assertThat(page.getByLabel("Age", new Page.GetByLabelOptions().setExact(true))).hasValue("AGE_11_TO_15");
        assertThat(page.locator("#panel-confidence")).hasCount(0);
        page.getByLabel("Age", new Page.GetByLabelOptions().setExact(true)).selectOption("");
        page.getByLabel("Main type of need").selectOption("ASD");
        go(button(page, "Show figures"));
        assertThat(page.locator(".govuk-error-summary")).hasCount(0);
        assertThat(page.getByLabel("Main type of need")).hasValue("ASD");
        assertThat(page.locator("#figure-confidence-contact table")).containsText("100%");
        assertThat(page.locator("main")).containsText("Schools and services in this area");

        // A parent: their own case's figures, with their own answers.
        Page parentPage = newPage();
        signIn(parentPage, firstParent.email(), Fixtures.PASSWORD);
        parentPage.navigate("/cases/" + firstCase);
        assertAccessible(parentPage);
        go(link(parentPage, "How things are going: figures for this case"));
        assertThat(parentPage.locator("main")).containsText("Your answers on this case");
        assertThat(parentPage.locator("#panel-confidence .govuk-summary-list__row")
                .filter(new Locator.FilterOptions().setHasText("I am told what is happening.")).first()
                .locator(".govuk-summary-list__value")).hasText("Disagree");
        assertThat(parentPage.locator("#panel-confidence")).containsText("Whole local authority");
        assertThat(unscannedPages()).isEmpty();
    }

    private void answer(CaseId c, Person parent, String each) {
        surveys.offer(c, ConfidenceMoment.PLAN_SENT, "plan-journey");
        var offer = answering.openOn(c, parent.id()).orElseThrow();
        Map<String, String> form = new HashMap<>();
        for (ConfidenceStatement s : ConfidenceStatement.values()) {
            form.put(s.field(), s == ConfidenceStatement.INFORMED ? each : "AGREE");
        }
        answering.answer(offer, ConfidenceReply.check(form, null, false).reply().orElseThrow());
    }

}
