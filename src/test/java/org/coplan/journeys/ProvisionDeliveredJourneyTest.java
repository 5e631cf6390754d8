package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coplan.plans.PlannedProvision;
import org.coplan.plans.domain.PlanKind;
import org.coplan.provision.domain.NotDeliveredReason;
import org.coplan.provision.domain.Session;
import org.coplan.provision.domain.SessionStatus;
import org.coplan.provision.internal.ProvisionItems;
import org.coplan.provision.internal.SessionRecords;
import org.coplan.provision.internal.ShortfallCheck;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Provision delivered, as people see it: a parent on a phone reads the plain-words summary from
 * the case page's warning; the therapist on a phone reads the table per item for the school year;
 * the SEN manager reads the dashboard (chart and table) and corrects a term date typed wrong.
 */
class ProvisionDeliveredJourneyTest extends BrowserJourney {

    @Autowired
    ProvisionItems items;

    @Autowired
    SessionRecords sessions;

    @Autowired
    ShortfallCheck check;

    @Test
    void parentTherapistAndSenManagerSeeWhetherThePlansSupportHappened() {
        World w = fixtures.world();
        UUID therapy = UUID.randomUUID();
        items.replaceInForce(new PlannedProvision.InForce(w.ownCase().value(), PlanKind.EHC, UUID.randomUUID(), UUID.randomUUID(), 1,
                LocalDate.of(2026, 9, 1), List.of(), List.of(
                        new PlannedProvision.Item(therapy, "F", "Speech and language therapy", "NHS speech and language therapist",
                                "once a week", "30 minutes",
                                new PlannedProvision.Amount(1, PlannedProvision.Per.WEEK, 30, 1, "HEALTH_PROFESSIONAL", null), null, null,
                                List.of()))), LocalDate.of(2026, 9, 1));
        UUID missed = record(w, therapy, "2026-11-09", SessionStatus.NOT_DELIVERED, NotDeliveredReason.PROVIDER_ABSENT, null);
        record(w, therapy, "2026-11-12", SessionStatus.DELIVERED, null, missed);
        record(w, therapy, "2026-11-16", SessionStatus.NOT_DELIVERED, NotDeliveredReason.SETTING_CLOSED, null);
        check.checkRecorded();
        String casePath = "/cases/" + w.ownCase();

        // the parent, on a phone
        Page parent = newPhonePage(new Browser.NewContextOptions());
        signIn(parent, w.parent().email(), Fixtures.PASSWORD);
        parent.navigate(casePath);
        assertAccessible(parent);
        assertThat(parent.locator(".govuk-warning-text").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("behind this half-term"))).containsText("1 kind of support in the plan is behind this half-term.");
        go(link(parent, "See the support in the plan"));
        assertThat(parent.locator("h1")).hasText("Support in the plan");
        assertThat(parent.locator("main")).containsText("0 of 4 sessions happened this half-term.");
        assertThat(parent.locator("main")).containsText("1 session did not happen: the person who gives it was away.");
        assertThat(parent.locator("main")).containsText("1 missed session was made up. The last make-up was on 12 November.");
        assertThat(parent.locator("main")).containsText("Behind");
        assertThat(link(parent, "See the figures for each item")).hasCount(0);
        assertNoSidewaysScrolling(parent);

        // the therapist, on a phone
        Page therapist = newPhonePage(new Browser.NewContextOptions());
        signIn(therapist, w.health().email(), Fixtures.PASSWORD);
        therapist.navigate(casePath + "/provision");
        assertAccessible(therapist);
        go(link(therapist, "See the figures for each item"));
        assertThat(therapist.locator("h1")).hasText("Provision delivered");
        go(link(therapist, "this school year"));
        assertThat(therapist.locator("table caption")).hasText("this school year");
        assertThat(therapist.locator("table tbody")).containsText("Speech and language therapy");
        assertNoSidewaysScrolling(therapist);

        // the SEN manager: the dashboard, then a term date typed wrong and put right
        Page manager = newPage();
        signIn(manager, w.manager().email(), Fixtures.PASSWORD);
        manager.navigate("/provision/dashboard");
        assertAccessible(manager);
        assertThat(manager.locator("main")).containsText("Kit Child");
        assertThat(manager.locator("svg[role=img] rect")).hasCount(1);
        go(link(manager, "Term dates"));
        go(manager.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Change 2026 to 2027").setExact(true)));
        assertThat(manager.locator("h1")).hasText("Term dates for 2026 to 2027");
        manager.locator("#autumnLast").fill("1");
        manager.locator("#autumnLast-month").fill("8");
        go(button(manager, "Save term dates"));
        assertErrors(manager, "autumnLast", "The last day must be the same as or after the first day");
        assertThat(manager.locator("#autumnLast-month")).hasValue("8");
        manager.locator("#autumnLast").fill("18");
        manager.locator("#autumnLast-month").fill("12");
        go(button(manager, "Save term dates"));
        assertThat(manager.locator(".govuk-notification-banner")).containsText("Term dates saved");
        assertThat(manager.locator("main")).containsText("Set here");
    }

    private UUID record(World w, UUID item, String day, SessionStatus status, NotDeliveredReason reason, UUID makesUp) {
        UUID id = UUID.randomUUID();
        assertThat(sessions.insert(new Session(id, w.ownCase().value(), item, LocalDate.parse(day), status,
                status == SessionStatus.DELIVERED ? 30 : null, null, null, reason, null, makesUp, null, w.health().id().value(),
                "Hal Health", Instant.now(clock), null))).isTrue();
        return id;
    }
}
