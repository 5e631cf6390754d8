package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.coplan.support.FirstStartWithoutMailServer;
import org.junit.jupiter.api.Test;

/**
 * A first local start with no mail server: the new administrator's link to choose a password is in
 * the demo mailbox, which the sign-in page points to, and it works from there.
 */
@FirstStartWithoutMailServer
class DemoMailboxJourneyTest extends BrowserJourney {

    @Test
    void theFirstAdministratorFindsTheirSetUpLinkInTheDemoMailboxAndSignsIn() {
        visit("/sign-in");
        assertThat(page.locator("#demo-mailbox")).containsText("This is a demo: emails are not sent.");
        go(link(page, "Read them in the demo mailbox"));
        assertThat(page.locator("h1")).hasText("Demo mailbox");
        assertThat(page.locator("main")).containsText("A real deployment sets COPLAN_SMTP_HOST to its mail server.");
        assertThat(page.locator("main")).containsText("ada.first@eastshire.test");

        go(link(page, "Your Coplan account"));
        assertThat(page.locator("h1")).hasText("Your Coplan account");
        assertThat(page.locator("#message-body")).containsText("Hello Ada First");
        String link = page.locator("#message-body a").first().getAttribute("href");
        assertThat(link).contains("/password-reset/");

        // The tests' base URL has no port, so the journey follows the link's path.
        visit(URI.create(link).getPath());
        assertThat(page.locator("h1")).hasText("Choose a new password");
        page.getByLabel("New password").fill("lantern otter kettle pebble");
        page.getByLabel("Type the password again").fill("lantern otter kettle pebble");
        go(button(page, "Save new password"));
        signIn("ada.first@eastshire.test", "lantern otter kettle pebble");
        assertThat(page.locator("main")).containsText("Signed in as Ada First.");
        assertThat(page.locator("#demo-mailbox")).containsText("Read them in the demo mailbox");
    }
}
