package org.coplan.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pages anyone can open without signing in: each has no WCAG 2.2 A or AA violations, and each
 * fits a 320 CSS pixel wide screen (a small phone, or 1280 pixels zoomed to 400%) without scrolling
 * sideways, as WCAG 1.4.10 Reflow asks.
 */
class AccessibilityOfPublicPagesTest extends BrowserJourney {

    @ParameterizedTest(name = "{0} shows \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            /                                | 200 | Plan support together with Coplan
            /sign-in                         | 200 | Sign in
            /password-reset                  | 200 | Reset your password
            /accessibility                   | 200 | Accessibility statement
            /privacy                         | 200 | Privacy notice
            /cookies                         | 200 | Cookies
            /help/source-code                | 200 | Source code
            /help/glossary                   | 200 | Words we use
            /coplan/no-such-page             | 404 | Page not found
            """)
    void publicPageHasNoAccessibilityProblemsAndFitsANarrowScreen(String path, int status, String heading) {
        Response response = page.navigate(path);
        assertThat(response.status()).as("status of %s", path).isEqualTo(status);
        assertThat(page.locator("h1").innerText()).isEqualTo(heading);
        assertAccessible();

        Page narrow = newPhonePage(new Browser.NewContextOptions());
        narrow.navigate(path);
        assertThat(narrow.locator("h1").innerText()).isEqualTo(heading);
        assertAccessible(narrow);
        int scrollWidth = ((Number) narrow.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth)
                .as("%s is %d pixels wide on a %d pixel screen, so it scrolls sideways", path, scrollWidth, PHONE_WIDTH)
                .isLessThanOrEqualTo(PHONE_WIDTH);
    }

    /** The authority's published "you said, we did" list, which needs an authority to exist. */
    @org.junit.jupiter.api.Test
    void authorityYouSaidWeDidPageHasNoAccessibilityProblemsAndFitsANarrowScreen() {
        org.coplan.people.Organisation la = fixtures.world().localAuthority();
        publicPageHasNoAccessibilityProblemsAndFitsANarrowScreen("/you-said-we-did/authority/" + la.id().value(), 200,
                "You said, we did: " + la.name());
    }
}
