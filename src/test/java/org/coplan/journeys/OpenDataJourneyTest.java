package org.coplan.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationKind;
import org.junit.jupiter.api.Test;

/**
 * Someone planning services, on a small phone without signing in, finds a council's open data, asks
 * for a year written the wrong way and is told how to write it, then downloads a file; every page
 * passes the accessibility scan and fits 320 pixels.
 */
class OpenDataJourneyTest extends BrowserJourney {

    @Test
    void aCommissionerFindsTheCouncilsFilesOnAPhoneCorrectsTheYearAndDownloadsOne() {
        Organisation council = fixtures.world().localAuthority();
        Page phone = newPhonePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        phone.navigate("/open-data");
        assertAccessible(phone);
        PlaywrightAssertions.assertThat(phone.locator("h1")).hasText("Open data");

        go(link(phone, council.name()));
        PlaywrightAssertions.assertThat(phone.locator("h1")).hasText("Open data: " + council.name());
        PlaywrightAssertions.assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Files for the school year 2025-26")))
                .isVisible();
        PlaywrightAssertions.assertThat(phone.getByText("Columns of the Needs file")).isVisible();

        phone.locator("#year").fill("2025/26");
        go(button(phone, "Show the files"));
        assertErrors(phone, "year", "Enter a school year like 2025-26");
        PlaywrightAssertions.assertThat(phone.locator("#year")).hasValue("2025/26");

        phone.locator("#year").fill("2026-27");
        go(button(phone, "Show the files"));
        String csv = link(phone, "Needs, 2026-27 (CSV)").getAttribute("href");
        assertThat(csv).isEqualTo("/open-data/" + council.id().value() + "/needs.csv?year=2026-27");
        var file = phone.request().get(csv);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers().get("content-disposition")).contains("needs-2026-27.csv");
        assertThat(file.text()).startsWith("area,as_at,breakdown,group,primary_need,children,suppressed");

        phone.getByText("School phases (group, when grouped by phase)").click();
        PlaywrightAssertions.assertThat(phone.getByText("Alternative provision")).isVisible();
        assertAccessible(phone);
        assertThat(fixtures.people().organisation(council.id()).orElseThrow().kind()).isEqualTo(OrganisationKind.LOCAL_AUTHORITY);
    }
}
