package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A therapist on a small phone records the week's therapy from "My provision this week": a
 * delivered session (after a typing slip is caught), a missed one, and a make-up linked to it,
 * then a group session. Every screen passes the accessibility scan and fits 320 pixels.
 */
class ProvisionDeliveryJourneyTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aTherapistOnAPhoneRecordsADeliveredAMissedAndAMakeUpSessionAndTheLogLinksThem() {
        World w = fixtures.world();
        UUID therapy = UUID.randomUUID();
        jdbc.sql("""
                insert into provision_item (case_id, lineage, plan_kind, plan_version_id, section, description, provider, sessions, per,
                    minutes, group_count, provider_role, in_force_from)
                values (?, ?, 'EHC', ?, 'F', 'Speech and language therapy', 'NHS speech and language therapist', 1, 'WEEK', 30, 1,
                    'HEALTH_PROFESSIONAL', date '2026-09-01')""")
                .params(w.ownCase().value(), therapy, UUID.randomUUID())
                .update();

        Page phone = newPhonePage(new Browser.NewContextOptions());
        signIn(phone, w.health().email(), Fixtures.PASSWORD);
        go(link(phone, "My provision this week"));
        assertThat(phone.locator("h1")).hasText("My provision this week");
        assertThat(link(phone, "Speech and language therapy")).isVisible();
        go(phone.locator("a[href$='/provision/items/" + therapy + "/sessions/new']"));

        // delivered, on the Monday of last week: the minutes come from the plan, the name from the sign-in
        assertThat(phone.locator("h1")).hasText("Record a session");
        phone.getByLabel("Day").fill("16");
        phone.getByLabel("Delivered", new Page.GetByLabelOptions().setExact(true)).check();
        assertThat(phone.getByLabel("How many minutes")).hasValue("30");
        assertThat(phone.getByLabel("Who delivered it")).hasValue("Hal Health");
        assertAccessible(phone);
        phone.getByLabel("How many minutes").fill("300000");
        phone.getByLabel("What was worked on (optional)").fill("Following two-step instructions");
        go(button(phone, "Save the session"));
        assertErrors(phone, "minutes", "Minutes must be 1440 or fewer (a day)");
        assertThat(phone.getByLabel("What was worked on (optional)")).hasValue("Following two-step instructions");
        phone.getByLabel("How many minutes").fill("30");
        go(button(phone, "Save the session"));
        assertThat(phone.locator(".govuk-notification-banner")).containsText("Session on 16 November 2026 saved");

        // missed on Wednesday: Kit was off
        go(button(phone, "Record a session"));
        phone.getByLabel("Day").fill("18");
        phone.getByLabel("Not delivered", new Page.GetByLabelOptions().setExact(true)).check();
        phone.getByLabel("Child absent").check();
        assertAccessible(phone);
        go(button(phone, "Save the session"));
        assertThat(phone.locator(".govuk-notification-banner")).containsText("Session on 18 November 2026 saved");

        // made up on Friday
        go(button(phone, "Record a session"));
        phone.getByLabel("Day").fill("20");
        phone.getByLabel("Delivered", new Page.GetByLabelOptions().setExact(true)).check();
        phone.getByLabel("Is this a make-up for a missed session?")
                .selectOption(new SelectOption().setLabel("Missed on 18 November 2026 (Child absent)"));
        go(button(phone, "Save the session"));

        Locator makeUp = phone.locator("li", new Page.LocatorOptions().setHasText("Friday 20 November 2026"));
        assertThat(makeUp).containsText("Make-up");
        assertThat(makeUp).containsText("Makes up for the session missed on 18 November 2026");
        Locator missed = phone.locator("li", new Page.LocatorOptions().setHasText("Wednesday 18 November 2026"));
        assertThat(missed).containsText("Child absent");
        assertThat(missed).containsText("Made up on 20 November 2026");
        assertThat(phone.locator("li", new Page.LocatorOptions().setHasText("Monday 16 November 2026")))
                .containsText("30 minutes, by Hal Health");

        // the group page, from the week: one date, minutes and note, each child ticked
        phone.navigate("/provision/my-week");
        assertAccessible(phone);
        go(link(phone, "Record a group session"));
        phone.getByLabel("Day").fill("23");
        phone.getByLabel("How many minutes").fill("40");
        phone.locator("input[name='child']").first().check();
        assertAccessible(phone);
        go(button(phone, "Save the group session"));
        assertThat(phone.locator(".govuk-notification-banner")).containsText("Group session saved: 1 in all");
    }
}
