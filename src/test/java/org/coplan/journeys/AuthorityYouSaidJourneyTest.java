package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.util.concurrent.TimeUnit;
import org.coplan.cases.CaseAccess;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The authority's "you said, we did". The SEN manager signs in with their second factor, goes from
 * the authority page to the area's page, is told to take a child's name out of a statement (what
 * they typed is kept), writes it again without, and publishes. A visitor on a small phone, not
 * signed in, reads the dated snapshot.
 */
class AuthorityYouSaidJourneyTest extends BrowserJourney {

    @Autowired
    CaseAccess cases;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theSenManagerPublishesAStatementThatAVisitorReadsOnAPhone() {
        World w = fixtures.world();
        String childName = cases.child(w.ownCase()).orElseThrow().givenName();

        signIn(w.manager().email(), Fixtures.PASSWORD);
        visit("/authority");
        go(link(page, "You said, we did for the area"));
        assertThat(page.locator("h1")).hasText("You said, we did for the area");
        assertThat(page.locator("#figures-confidence")).containsText("I am told what is happening.");

        page.getByLabel("You said", new Page.GetByLabelOptions().setExact(true))
                .fill(childName + "'s family said it was hard to find out who to call.");
        page.getByLabel("We did", new Page.GetByLabelOptions().setExact(true)).fill("We put a named contact on every plan.");
        go(button(page, "Add the statement"));
        assertErrors(page, "youSaid", "Take out " + childName + ": this is the name of a child or family member in the area. "
                + "The published page must not name anyone.");
        assertThat(page.getByLabel("We did", new Page.GetByLabelOptions().setExact(true))).hasValue("We put a named contact on every plan.");
        page.getByLabel("You said", new Page.GetByLabelOptions().setExact(true)).fill("Families said it was hard to find out who to call.");
        go(button(page, "Add the statement"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("The statement was added.");
        go(link(page, "Change statement 1"));
        assertThat(page.getByLabel("You said", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Families said it was hard to find out who to call.");
        page.getByLabel("We did", new Page.GetByLabelOptions().setExact(true)).fill("We put a named contact, with a phone number, on every plan.");
        go(button(page, "Save the statement"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("The statement was changed.");

        go(button(page, "Publish the figures and statements"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("Published.");
        assertThat(page.locator("h1")).hasText("You said, we did: " + w.localAuthority().name());
        go(page.locator("main ul a").first());
        String snapshot = pathOf(page);
        assertThat(page.locator("main")).containsText("Families said it was hard to find out who to call.");

        // The families' words page for the area: too few answers yet, and it says so.
        visit("/measures/authority/" + w.localAuthority().id().value() + "/words");
        assertThat(page.locator("main")).containsText("Fewer than 5 people answered the survey here this term");

        // Anyone reads it on a small phone, without signing in, with no names.
        Page visitor = newPhonePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        visitor.navigate(snapshot);
        assertAccessible(visitor);
        assertThat(visitor.locator("h1")).hasText("You said, we did: " + w.localAuthority().name());
        assertThat(visitor.locator("main")).containsText("Families said it was hard to find out who to call.");
        assertThat(visitor.locator("main")).containsText("We put a named contact, with a phone number, on every plan.");
        assertThat(visitor.locator("main")).not().containsText(childName);
        int width = ((Number) visitor.evaluate("document.documentElement.scrollWidth")).intValue();
        org.assertj.core.api.Assertions.assertThat(width).as("the snapshot fits a %d pixel screen", PHONE_WIDTH).isLessThanOrEqualTo(PHONE_WIDTH);
    }
}
