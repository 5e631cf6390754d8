package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import org.coplan.people.internal.AuthenticatorCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.coplan.support.FirstStartWithoutMailServer;
import org.junit.jupiter.api.Test;

/**
 * A first local start with no mail server: the new administrator's link to choose a password is in
 * the demo mailbox, which the sign-in page points to, and it works from there. As an administrator, they then set up a second factor.
 */
@FirstStartWithoutMailServer
class DemoMailboxJourneyTest extends BrowserJourney {

    @Autowired
    AuthenticatorCodes codes;

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
        visit("/sign-in");
        page.getByLabel("Email address").fill("ada.first@eastshire.test");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("lantern otter kettle pebble");
        go(button(page, "Sign in"));

        // An administrator must have a second factor before anything else.
        assertThat(pathOf(page)).isEqualTo("/account/security/set-up");
        String key = page.locator("#key").innerText().replace(" ", "");
        page.getByLabel("Code from your app").fill(codes.codeAt(key, codes.currentStep()));
        go(button(page, "Continue"));
        go(button(page, "I have kept my codes, continue"));
        visit("/");
        assertThat(page.locator("main")).containsText("Signed in as Ada First.");
        assertThat(page.locator("#demo-mailbox")).containsText("Read them in the demo mailbox");
    }
}
