package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.coplan.plans.PlanSetup;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.SectionCode;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.MeetingFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An annual review starts from evidence. The coordinator opens the review meeting and finds the
 * evidence since the plan was issued after the views gathered beforehand; at the review they propose
 * to change the therapy, then add a new outcome (first sending that form empty), and start the
 * amendment draft from the proposals in one step. The parent reads the proposals on their phone.
 */
class ReviewFromEvidenceJourneyTest extends BrowserJourney {

    @Autowired
    MeetingFixtures meetingFixtures;

    @Autowired
    PlanSetup setup;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theCoordinatorTurnsTheReviewsProposalsIntoTheAmendmentDraftAndTheParentReadsThem() {
        World w = fixtures.world();
        LocalDate today = LocalDate.now(clock);
        planFixtures.decidedToIssue(w.ownCase(), w.coordinator());
        UUID plan = setup.start(w.coordinator().id(), w.ownCase(), PlanKind.EHC);
        UUID outcome = setup.outcome(w.coordinator().id(), w.ownCase(), plan, 1, SectionCode.E, "Asks for help in class", "July 2027",
                List.of());
        setup.provision(w.coordinator().id(), w.ownCase(), plan, 1, SectionCode.F, "Speech and language therapy",
                "NHS speech and language therapist", "once a week", "30 minutes", "1 to 1", List.of(outcome));
        planFixtures.writeEverySection(w.ownCase(), w.coordinator(), plan, 1);
        setup.propose(w.coordinator().id(), w.ownCase(), plan, 1, today.minusWeeks(7));
        setup.issue(w.coordinator().id(), w.ownCase(), plan, 1, today.minusWeeks(4));
        UUID meeting = meetingFixtures.annualReview(w.coordinator(), w.ownCase());
        String meetingPath = "/cases/" + w.ownCase() + "/meetings/" + meeting;
        clock.advance(Duration.ofMinutes(5));

        // The coordinator opens the review meeting: the evidence comes in Explore, after the views gathered beforehand.
        signIn(w.coordinator().email(), Fixtures.PASSWORD);
        visit(meetingPath);
        assertThat(page.locator("#evidence")).containsText("What the evidence says");
        assertThat(page.locator("#evidence")).containsText("Asks for help in class");
        assertThat(page.locator("#evidence")).containsText("Speech and language therapy");
        String main = page.locator("main").innerText();
        assertThat(main.indexOf("What the evidence says")).isGreaterThan(main.indexOf("Views before the meeting"));

        // At the review: the therapy changes.
        go(link(page, "Write the proposals"));
        assertThat(page.locator("h1")).hasText("Proposals to change the plan");
        page.locator("#choice-1-2").check();
        page.locator("#words-1").fill("Speech and language therapy in a small group");
        page.locator("#sessions-1").fill("2");
        page.locator("#per-1").check();
        page.locator("#minutes-1").fill("45");
        page.locator("#groupSize-1").fill("3");
        go(button(page, "Save the proposals"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("The proposals are saved.");

        // A new outcome: sent empty first.
        go(link(page, "Propose a new outcome or new provision"));
        go(button(page, "Add to the proposals"));
        assertErrors(page, "kind", "Choose an outcome or provision", "words", "Write the new words");
        page.getByLabel("Outcome", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#words").fill("Travels to school with a friend");
        go(button(page, "Add to the proposals"));
        assertThat(page.locator("#proposed")).isVisible();
        assertThat(page.locator("main")).containsText("Travels to school with a friend");

        // One step to the amendment draft.
        go(button(page, "Start the amendment draft from these proposals"));
        assertThat(pathOf(page)).isEqualTo("/cases/" + w.ownCase() + "/plans/" + plan + "/versions/2");
        assertThat(page.locator("#origin")).containsText("started from the proposals of the annual review meeting");

        // The parent, on their phone, reads what the review proposed and what it became.
        Page parent = newPhonePage(new Browser.NewContextOptions());
        signIn(parent, w.parent().email(), Fixtures.PASSWORD);
        parent.navigate(meetingPath + "/proposals");
        assertAccessible(parent);
        assertThat(parent.locator("main")).containsText("Speech and language therapy in a small group");
        assertThat(parent.locator("main")).containsText("These proposals became version 2 of the plan");
        assertThat(button(parent, "Save the proposals")).hasCount(0);
        assertNoSidewaysScrolling(parent);
    }
}
