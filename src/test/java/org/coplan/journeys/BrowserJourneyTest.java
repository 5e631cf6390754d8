package org.coplan.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The browser journeys' own checks catch what they are there to catch, so a green journey means something. */
class BrowserJourneyTest extends BrowserJourney {

    private static final String IMAGE_WITHOUT_TEXT =
            "() => document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/coplan/favicon.svg\">')";

    @Test
    void accessibilityCheckFailsAndNamesTheRuleAndElementWhenAPageHasAViolation() {
        visit("/sign-in");
        page.evaluate(IMAGE_WITHOUT_TEXT);
        assertThatThrownBy(this::assertAccessible)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt")
                .hasMessageContaining("Images must have alternative text")
                .hasMessageContaining("img");
    }

    @Test
    void accessibilityCheckAlsoWorksOnAPageWithJavaScriptSwitchedOff() {
        page = newPageWithoutJavaScript();
        visit("/sign-in");
        page.evaluate(IMAGE_WITHOUT_TEXT);
        assertThatThrownBy(this::assertAccessible).isInstanceOf(AssertionError.class).hasMessageContaining("image-alt");
    }

    @Test
    void aPageLandedOnButNotScannedIsReported() {
        visit("/sign-in");
        assertThat(unscannedPages()).isEmpty();
        page.navigate("/privacy");
        assertThat(unscannedPages()).containsExactly(baseUrl() + "/privacy");
        assertAccessible();
        assertThat(unscannedPages()).isEmpty();
    }

    @Test
    void followingALinkScansThePageItLeadsTo() {
        visit("/sign-in");
        go(link(page, "I have forgotten my password"));
        assertThat(pathOf(page)).isEqualTo("/password-reset");
        assertThat(page.locator("h1").innerText()).isEqualTo("Reset your password");
        assertThat(unscannedPages()).isEmpty();
    }

    @Test
    void movingWithinAPageIsNotAnotherPageToScan() {
        visit("/sign-in");
        page.navigate("/sign-in#main-content", new Page.NavigateOptions());
        assertThat(unscannedPages()).isEmpty();
    }
}
