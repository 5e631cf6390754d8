package org.coplan.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** In a real browser a page gets its styles, scripts, fonts and images from their versioned URLs. */
class StaticFilesInABrowserTest extends BrowserJourney {

    @Test
    void aPageLoadsGovukFrontendAndCoplansFilesAndEverythingTheStylesReferTo() {
        List<Response> files = new CopyOnWriteArrayList<>();
        page.onResponse(response -> {
            if (response.url().contains("/govuk/") || response.url().contains("/coplan/")) {
                files.add(response);
            }
        });

        visit("/accessibility");
        page.waitForFunction("() => document.querySelector('[data-module=\"govuk-skip-link\"]')"
                + ".getAttributeNames().some(name => name.endsWith('-init'))");

        assertThat(files).extracting(Response::url)
                .anyMatch(url -> url.endsWith("/govuk/5.14.0/govuk-frontend.min.css"))
                .anyMatch(url -> url.endsWith("/govuk/5.14.0/govuk-frontend.min.js"))
                .anyMatch(url -> url.matches(".*/coplan/coplan-[0-9a-f]{32}\\.css"))
                .anyMatch(url -> url.matches(".*/coplan/start-[0-9a-f]{32}\\.js"));
        assertThat(files).allSatisfy(response -> assertThat(response.status()).as(response.url()).isEqualTo(200));
        assertThat((Boolean) page.evaluate("document.body.classList.contains('govuk-frontend-supported')")).isTrue();
        assertThat((String) page.evaluate("getComputedStyle(document.querySelector('.govuk-skip-link')).position"))
                .as("GOV.UK Frontend's styles apply").isEqualTo("absolute");

        // Every font and image the GOV.UK styles name loads from its versioned URL.
        @SuppressWarnings("unchecked")
        List<Object> statuses = (List<Object>) page.evaluate("""
                async () => {
                  const css = [...document.styleSheets].filter(s => s.href && s.href.includes('/govuk/'))
                      .flatMap(s => [...s.cssRules]).map(r => r.cssText).join('\\n');
                  const urls = [...new Set([...css.matchAll(/url\\("?([^")]+)"?\\)/g)].map(m => m[1]))];
                  return Promise.all(urls.map(async u => new URL(u, location).pathname + ' ' + (await fetch(u)).status));
                }""");
        assertThat(statuses).isNotEmpty()
                .anyMatch(s -> s.toString().startsWith("/govuk/5.14.0/assets/fonts/"))
                .anyMatch(s -> s.toString().startsWith("/govuk/5.14.0/assets/images/govuk-crest.svg"))
                .allMatch(s -> s.toString().startsWith("/govuk/5.14.0/assets/") && s.toString().endsWith(" 200"));
        assertAccessible();
    }
}
