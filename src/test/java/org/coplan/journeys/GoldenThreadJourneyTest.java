package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.coplan.plans.PlanSetup;
import org.coplan.plans.domain.ContributionKind;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.ResponseOutcome;
import org.coplan.plans.domain.SectionCode;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator, on a small phone, follows the one gap in a plan's golden thread to the item that
 * cannot be counted, gives it numbers (a session longer than a day is refused beside the field),
 * and sees the plan with no gaps. Every page passes the accessibility scan and fits 320 pixels.
 */
class GoldenThreadJourneyTest extends BrowserJourney {

    @Autowired
    PlanSetup setup;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aCoordinatorFollowsTheGapToAnItemThatCannotBeCountedAndGivesItNumbers() {
        World w = fixtures.world();
        var writer = w.coordinator().id();
        UUID plan = setup.start(writer, w.ownCase(), PlanKind.EHC);
        UUID need = setup.need(writer, w.ownCase(), plan, 1, SectionCode.B, "Finds spoken instructions hard");
        UUID outcome = setup.outcome(writer, w.ownCase(), plan, 1, SectionCode.E, "Follows a two-step instruction in class",
                "By July 2027", List.of(need));
        setup.provision(writer, w.ownCase(), plan, 1, SectionCode.F, "Speech and language therapy", "Speech and language therapist",
                "Regular sessions as required", "30 minutes", null, List.of(outcome));
        setup.contribution(w.child().id(), w.ownCase(), plan, 1, SectionCode.A, ContributionKind.OWN_WORDS, "I like trains.", writer,
                ResponseOutcome.INCLUDED, null);
        String version = "/cases/" + w.ownCase().value() + "/plans/" + plan + "/versions/1";

        Page phone = newPhonePage(new Browser.NewContextOptions());
        signIn(phone, w.coordinator().email(), Fixtures.PASSWORD);
        phone.navigate(version);
        assertAccessible(phone);
        assertThat(phone.locator("#thread-score")).containsText("6 of 7 checks met");
        assertThat(phone.locator("#thread-score")).containsText("1 gap");
        assertThat(phone.locator("#golden-thread")).containsText(
                "The help \"Speech and language therapy\" cannot be counted: say how many sessions, how often and how long.");
        go(phone.locator("#golden-thread").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Change it")));

        assertThat(phone.locator("h1")).hasText("Section F: Special educational provision");
        assertThat(phone.locator("#golden-thread")).containsText("This section has 1 gap in the golden thread");
        assertThat(phone.getByText("This cannot be counted: say how many sessions, how often and how long.")).isVisible();
        go(link(phone, "Add the numbers Speech and language therapy"));

        assertThat(phone.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("How much, in numbers"))).isVisible();
        phone.getByLabel("How often", new Page.GetByLabelOptions().setExact(true)).fill("Twice a week");
        phone.getByLabel("How many sessions").fill("2");
        phone.getByLabel("In each").selectOption("WEEK");
        phone.getByLabel("How many minutes each session lasts").fill("1441");
        phone.getByLabel("How many children in the group (optional)").fill("1");
        phone.getByLabel("Who gives it, by role (optional)").selectOption("HEALTH_PROFESSIONAL");
        phone.getByLabel("Who gives it, by name (optional)").selectOption(w.health().id().value().toString());
        go(button(phone, "Save"));
        assertErrors(phone, "minutes", "A session cannot last more than a day (1440 minutes)");
        assertThat(phone.getByLabel("How many sessions")).hasValue("2");
        assertThat(phone.getByLabel("How often", new Page.GetByLabelOptions().setExact(true))).hasValue("Twice a week");

        phone.getByLabel("How many minutes each session lasts").fill("30");
        go(button(phone, "Save"));
        assertThat(phone.getByText("2 sessions a week, 30 minutes each, 1 to 1, by " + w.health().displayName()
                + " (a health professional on the team)")).isVisible();
        assertThat(phone.locator("#golden-thread")).hasCount(0);

        phone.navigate(version);
        assertAccessible(phone);
        assertThat(phone.locator("#thread-score")).containsText("7 of 7 checks met");
        assertThat(phone.locator("#thread-score")).containsText("No gaps");
    }
}
