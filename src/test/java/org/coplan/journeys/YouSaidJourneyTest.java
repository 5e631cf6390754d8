package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.TimeUnit;
import org.coplan.cases.CaseAccess;
import org.coplan.meetings.domain.MeetingAction;
import org.coplan.meetings.internal.MeetingAccess;
import org.coplan.meetings.internal.MeetingWork;
import org.coplan.meetings.internal.Meetings;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.MeetingFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "You said, we did", per case and per school. The parent, on a phone, finds what they said at a
 * planning meeting with the decision and action that came of it, and narrows the list to what is
 * still in progress. The SENCO reviews the school's figures, is told to take a child's name out of
 * a statement, writes it again without, and publishes; a visitor who is not signed in reads the
 * school's page, with small numbers hidden and no names.
 */
class YouSaidJourneyTest extends BrowserJourney {

    @Autowired
    MeetingFixtures meetingFixtures;

    @Autowired
    MeetingAccess meetingAccess;

    @Autowired
    MeetingWork meetingWork;

    @Autowired
    Meetings meetings;

    @Autowired
    CaseAccess cases;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theParentSeesWhatCameOfTheirViewAndTheSencoPublishesTheSchoolsPageWithoutNames() {
        World w = fixtures.world();
        MeetingFixtures.Made made = meetingFixtures.build(w.coordinator(), w.ownCase(), w.psychologist());
        Meetings.Meeting meeting = meetings.find(w.ownCase().value(), made.meeting()).orElseThrow();
        meetingWork.addView(meetingAccess.open(w.coordinator().id(), w.ownCase().value(), MeetingAction.RECORD), meeting,
                w.parentMember(), w.parent().displayName(), "Kit needs a quiet place at lunch.");

        // The parent, on a phone: from the case page to "You said, we did".
        Page parent = newPhonePage(new Browser.NewContextOptions());
        signIn(parent, w.parent().email(), Fixtures.PASSWORD);
        parent.navigate("/cases/" + w.ownCase());
        assertAccessible(parent);
        go(link(parent, "You said, we did"));
        Locator card = parent.locator(".coplan-you-said").filter(new Locator.FilterOptions().setHasText("Kit needs a quiet place at lunch."));
        assertThat(card).containsText("Said at a meeting");
        assertThat(card).containsText("In progress");
        assertThat(card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Decision: Which therapy?"))).hasCount(1);
        assertThat(card).containsText("Book sessions");
        go(link(parent, "In progress (1)"));
        assertThat(parent.locator(".coplan-you-said")).hasCount(1);
        go(link(parent, "Answered (0)"));
        assertThat(parent.locator("main")).containsText("Nothing to show here.");

        // The SENCO, from the header: the school's figures and a statement.
        String childName = cases.child(w.ownCase()).orElseThrow().givenName();
        signIn(w.senco().email(), Fixtures.PASSWORD);
        go(page.locator(".govuk-service-navigation").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("You said, we did")));
        assertThat(page.locator("h1")).hasText("You said, we did");
        assertThat(page.locator("#figures-2")).containsText("hidden");
        page.getByLabel("You said").fill(childName + "'s family said lunch was too loud.");
        page.getByLabel("We did").fill("We opened a quiet room at lunch.");
        go(button(page, "Add statement"));
        assertErrors(page, "youSaid", "Take out " + childName + ": this is the name of a child or family member at the school. "
                + "The published page must not name anyone.");
        assertThat(page.getByLabel("We did")).hasValue("We opened a quiet room at lunch.");
        page.getByLabel("You said").fill("Families said lunch was too loud.");
        go(button(page, "Add statement"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("Statement added");
        go(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Publish the "))));
        assertThat(page.locator(".govuk-notification-banner")).containsText("Published.");
        String published = pathOf(page);

        // Anyone can read it, without signing in.
        Page visitor = newPage();
        visitor.navigate(published);
        assertAccessible(visitor);
        assertThat(visitor.locator("h1")).hasText("You said, we did: " + w.school().name());
        assertThat(visitor.locator("main")).containsText("Families said lunch was too loud.");
        assertThat(visitor.locator("main")).containsText("hidden");
        assertThat(visitor.locator("main")).not().containsText(childName);
    }
}
