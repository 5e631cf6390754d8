package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.MeetingFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A parent tells the team their views before a meeting, on their phone, in their own words. The
 * coordinator arranges a planning meeting and invites the parent; the parent follows the link in the
 * invitation, first sends the form empty (and is told to answer at least one question), then answers
 * two of the four questions. When the meeting starts, the coordinator sees the parent's words first in
 * Explore, exactly as written and marked as theirs, before anything said at the meeting.
 */
class ViewsBeforeMeetingJourneyTest extends BrowserJourney {

    private static final String GOING_WELL = "Kit loves art club on Thursdays.";
    private static final String HARD = "Mornings are hard: the bus is loud.\nKit is tired by 10 o'clock.";

    @Autowired
    MeetingFixtures meetingFixtures;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aParentSendsTheirViewsFromTheirPhoneAndTheLeadSeesThemFirstInExplore() {
        World w = fixtures.world();
        UUID meeting = meetingFixtures.build(w.coordinator(), w.ownCase(), null).meeting();
        String meetingPath = "/cases/" + w.ownCase() + "/meetings/" + meeting;

        // The parent, on their phone, follows the link in the invitation to the views form.
        Page parent = newPhonePage(new Browser.NewContextOptions());
        signIn(parent, w.parent().email(), Fixtures.PASSWORD);
        parent.navigate("/meetings/" + meeting + "/my-views");
        assertAccessible(parent);
        assertThat(pathOf(parent)).isEqualTo(meetingPath + "/my-views");
        assertThat(parent.locator("h1")).hasText("Your views before the meeting");
        assertNoSidewaysScrolling(parent);

        // Sent empty: they are asked to answer at least one question.
        go(button(parent, "Send my views"));
        assertErrors(parent, "goingWell", "Answer at least one question");

        parent.getByLabel("What is going well?").fill(GOING_WELL);
        parent.getByLabel("What is hard?").fill(HARD);
        go(button(parent, "Send my views"));
        assertThat(pathOf(parent)).isEqualTo(meetingPath);
        assertThat(parent.locator(".govuk-notification-banner")).containsText("Your views have been saved.");
        assertThat(parent.locator("#own-views")).containsText("In Pat Parent's own words");
        assertThat(parent.locator("#own-views")).containsText(GOING_WELL);
        assertThat(link(parent, "Change your views")).hasCount(1);
        assertNoSidewaysScrolling(parent);

        // The meeting starts. The coordinator opens it: the parent's words come first in Explore, verbatim.
        clock.advance(Duration.ofMinutes(30));
        signIn(w.coordinator().email(), Fixtures.PASSWORD);
        visit(meetingPath);
        var own = page.locator("#own-views .coplan-own-view").first();
        assertThat(own.locator("h5")).hasText("In Pat Parent's own words");
        assertThat(own.locator(".coplan-own-words").nth(1)).hasText(HARD);
        assertThat(own).containsText("Written by Pat Parent");
        String explore = page.locator("main").innerText();
        assertThat(explore.indexOf("In Pat Parent's own words")).isGreaterThan(explore.indexOf("Explore: what people said"))
                .isLessThan(explore.indexOf("Said at the meeting"));
        // The lead can add a note beside the words, never change them: there is no way to edit them here.
        assertThat(link(page, "Add a note beside Pat Parent's views")).hasCount(1);
        assertThat(link(page, "Change your views")).hasCount(0);
    }
}
