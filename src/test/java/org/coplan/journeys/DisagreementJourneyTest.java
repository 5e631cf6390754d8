package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.coplan.cases.CaseAccess;
import org.coplan.process.internal.ProcessWork;
import org.coplan.resolution.DisagreementFixtures;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A disagreement about the support in an issued EHC plan. The final plan is on the timeline;
 * the parent, on their phone, raises a disagreement about section F (first with nothing filled
 * in), and sees its path and the mediation and appeal dates. A week later the coordinator moves
 * it to mediation and records that the council heard mediation is wanted; the parent sees the
 * mediation stage explained and the date mediation must happen by.
 */
class DisagreementJourneyTest extends BrowserJourney {

    @Autowired
    ProcessWork processWork;

    @Autowired
    CaseAccess access;

    private void today(int year, int month, int day) {
        clock.set(LocalDate.of(year, month, day).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        aNewDay();
    }

    private static Locator dateRow(Page p, String what) {
        return p.locator("#dates").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(what));
    }

    private static void fillDate(Page p, String legend, int day, int month, int year) {
        Locator group = p.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
        group.getByLabel("Day").fill(String.valueOf(day));
        group.getByLabel("Month").fill(String.valueOf(month));
        group.getByLabel("Year").fill(String.valueOf(year));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theParentRaisesADisagreementAboutSectionFAndFollowsItToMediation() {
        World w = fixtures.world();
        String casePath = "/cases/" + w.ownCase();
        today(2026, 10, 6);
        DisagreementFixtures.finalPlanIssued(processWork, access, w.coordinator(), w.ownCase(), LocalDate.of(2026, 10, 6));

        // The parent sees the right of appeal on the timeline, with a way to raise a disagreement.
        today(2026, 10, 20);
        Page parent = newPhonePage(new Browser.NewContextOptions());
        signIn(parent, w.parent().email(), Fixtures.PASSWORD);
        parent.navigate(casePath + "/timeline");
        assertAccessible(parent);
        assertThat(parent.locator(".govuk-warning-text").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Raise a disagreement"))).hasCount(1);

        // From the case page: Disagreements, then raise one, first with nothing filled in.
        parent.navigate(casePath);
        assertAccessible(parent);
        go(link(parent, "Disagreements"));
        assertThat(parent.locator("main")).containsText("No disagreements have been raised.");
        go(parent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise a disagreement")));
        go(button(parent, "Raise the disagreement"));
        assertErrors(parent, "subjectKind", "Select what the disagreement is about", "disagreeWith", "Say what you disagree with and why");
        parent.getByLabel("A part of a plan").check();
        parent.getByLabel("Which part of the plan?").selectOption("F");
        parent.getByLabel("What do you disagree with, and why?").fill("The plan says Kit will get speech therapy but not how often.");
        parent.getByLabel("What would you like to happen? (optional)").fill("Weekly sessions written into the plan.");
        go(button(parent, "Raise the disagreement"));
        assertThat(parent.locator(".govuk-notification-banner")).containsText("Your disagreement has been raised.");
        assertThat(parent.locator("h1")).hasText("Disagreement about Section F: Special educational provision");
        String disagreement = pathOf(parent);

        // Its path and its dates: 2 months from the notice, the appeal moved off Sunday 6 December.
        assertThat(parent.locator("#stage")).hasText("Talking it through");
        assertThat(parent.locator("#route")).containsText("You can go to mediation and then to the SEND Tribunal");
        assertThat(parent.locator("#path")).containsText("You are here");
        assertThat(parent.locator("#stage-info")).containsText("Most disagreements are settled this way.");
        assertThat(dateRow(parent, "Contact a mediation adviser")).containsText(
                "By Friday 4 December 2026 (the legal last day is Sunday 6 December, when offices are closed)");
        assertThat(dateRow(parent, "The SEND Tribunal must receive the appeal")).containsText("By 7 December 2026");
        assertThat(parent.locator("main")).containsText("The decision notice was sent on 6 October 2026.");

        // A week later the coordinator moves it to mediation and records that mediation is wanted.
        today(2026, 10, 27);
        signIn(w.coordinator().email(), Fixtures.PASSWORD);
        visit(disagreement);
        go(button(page, "Move to another stage or close it"));
        assertThat(page.getByLabel("Withdrawn")).hasCount(0);
        page.getByLabel("Mediation", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Why? Add a note").fill("Pat asked for mediation when we spoke today. I have told the mediation service.");
        go(button(page, "Save"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("The disagreement has moved to its new stage.");
        go(button(page, "Record a date"));
        page.getByLabel("The council was told the family wants mediation").check();
        fillDate(page, "Date it happened", 27, 10, 2026);
        go(button(page, "Save"));
        assertThat(pathOf(page)).isEqualTo(disagreement);

        // The parent sees the mediation stage explained and the new date.
        parent.reload();
        assertAccessible(parent);
        assertThat(parent.locator("#stage")).hasText("Mediation");
        assertThat(parent.locator("#stage-info")).containsText("The council must arrange it within 30 days");
        assertThat(dateRow(parent, "Mediation takes place")).containsText("By 26 November 2026");
        assertThat(dateRow(parent, "Contact a mediation adviser")).containsText("Done on 27 October 2026");
        assertThat(parent.locator("#history")).containsText("moved from Talking it through to Mediation by Cora Coordinator (EHC coordinator)");
        assertThat(parent.locator("#history")).containsText("Pat asked for mediation when we spoke today.");
    }
}
