package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.coplan.plans.PlanSetup;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.SectionCode;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A therapist on a small phone with JavaScript off records progress on an outcome, after a
 * refusal; the parent sees the chart and table and adds their own view; the SEN manager renames a
 * step of the council's scale and the chart shows the new name. Every page passes the
 * accessibility scan and fits the phone.
 */
class ProgressJourneyTest extends BrowserJourney {

    @Autowired
    PlanSetup setup;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aTherapistRecordsProgressOnAPhoneTheParentAddsTheirViewAndTheSenManagerRenamesAStep() {
        World w = fixtures.world();
        LocalDate today = LocalDate.now(clock);
        planFixtures.decidedToIssue(w.ownCase(), w.coordinator());
        UUID plan = setup.start(w.coordinator().id(), w.ownCase(), PlanKind.EHC);
        UUID need = setup.need(w.coordinator().id(), w.ownCase(), plan, 1, SectionCode.B, "Finds it hard to ask for help");
        setup.outcome(w.coordinator().id(), w.ownCase(), plan, 1, SectionCode.E, "Kit will ask an adult for help in class", "July 2027",
                List.of(need));
        planFixtures.writeEverySection(w.ownCase(), w.coordinator(), plan, 1);
        setup.propose(w.coordinator().id(), w.ownCase(), plan, 1, today.minusWeeks(7));
        setup.issue(w.coordinator().id(), w.ownCase(), plan, 1, today.minusWeeks(4));

        Page phone = newPhonePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        signIn(phone, w.health().email(), Fixtures.PASSWORD);
        phone.navigate("/cases/" + w.ownCase().value());
        assertAccessible(phone);
        go(link(phone, "Progress on outcomes"));
        assertThat(phone.getByText("Nothing recorded yet")).isVisible();
        go(link(phone, "Kit will ask an adult for help in class"));
        assertThat(phone.getByText("Nobody has recorded any progress on this outcome yet.")).isVisible();
        assertThat(phone.getByLabel("Seen by")).hasValue("Hal Health");
        phone.getByLabel("Emerging").check();
        go(button(phone, "Record progress"));
        assertErrors(phone, "evidence", "Say what was seen");
        assertThat(phone.getByLabel("Emerging")).isChecked();
        phone.getByLabel("What was seen").fill("Put a hand up twice in the session to ask for a word.");
        go(button(phone, "Record progress"));
        assertThat(phone.getByText("Progress recorded")).isVisible();
        assertThat(phone.locator("svg[role=img] circle")).hasCount(1);
        assertThat(phone.locator("#progress-table tbody tr")).hasCount(1);
        fitsThePhone(phone);

        signIn(w.parent().email(), Fixtures.PASSWORD);
        visit("/cases/" + w.ownCase().value() + "/outcomes");
        assertThat(page.getByText("Emerging")).isVisible();
        go(link(page, "Kit will ask an adult for help in class"));
        assertThat(page.locator("#progress-chart-desc")).hasText("One record so far: Emerging on "
                + today.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)) + ".");
        page.getByLabel("How is it going?").fill("Kit told me she asked her teacher for help with spelling.");
        page.getByLabel("Going well", new Page.GetByLabelOptions().setExact(true)).check();
        go(button(page, "Add your view"));
        assertThat(page.getByText("Your view has been added")).isVisible();
        assertThat(page.getByText("Kit told me she asked her teacher for help with spelling.")).isVisible();

        Page manager = newPage();
        signIn(manager, w.manager().email(), Fixtures.PASSWORD);
        manager.navigate("/cases/" + w.ownCase().value() + "/outcomes");
        assertAccessible(manager);
        go(link(manager, "Change the progress scale"));
        assertThat(manager.getByText("Progress has been recorded at this step, so it cannot be removed.")).isVisible();
        manager.locator("#label-1").fill("Starting to");
        manager.locator("#remove-1").check();
        go(button(manager, "Save the scale"));
        assertErrors(manager, "remove-1", "You cannot remove \"Emerging\": progress has been recorded at this step. Rename it instead");
        assertThat(manager.locator("#label-1")).hasValue("Starting to");
        manager.locator("#remove-1").uncheck();
        go(button(manager, "Save the scale"));
        assertThat(manager.getByText("The progress scale has been saved")).isVisible();

        phone.reload();
        assertAccessible(phone);
        assertThat(phone.locator("#progress-table tbody tr td").nth(1)).hasText("Starting to");
        assertThat(pathOf(phone)).startsWith("/cases/");
    }

    private static void fitsThePhone(Page p) {
        Object width = p.evaluate("document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width on a 320 pixel phone").isLessThanOrEqualTo(320);
    }
}
