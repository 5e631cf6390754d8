package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.coplan.people.internal.AuthenticatorCodes;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new administrator must set up a second factor before anything else: they type the key shown
 * as text into their app, keep their recovery codes, and from then on enter a code after their
 * password. Another administrator can reset it for them.
 */
class SecondFactorJourneyTest extends BrowserJourney {

    @Autowired
    AuthenticatorCodes codes;

    @Test
    void aNewAdministratorSetsUpASecondFactorThenSignsInWithACode() {
        World w = fixtures.world();
        Person admin = fixtures.person("Nia Newadmin");
        fixtures.people().addStaffRole(admin.id(), w.localAuthority().id(), StaffRole.ADMINISTRATOR);

        // The password is right, and the service goes straight to setting up a second factor.
        page.navigate("/sign-in");
        assertAccessible();
        page.getByLabel("Email address").fill(admin.email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(Fixtures.PASSWORD);
        go(button(page, "Sign in"));
        assertThat(pathOf(page)).isEqualTo("/account/security/set-up");
        assertThat(page.locator("h1")).hasText("Set up a second factor");
        assertThat(page.locator("main")).containsText("Your role needs a second factor");
        assertThat(page.getByAltText("QR code to scan with your authenticator app")).isVisible();

        go(button(page, "Continue"));
        assertErrors(page, "code", "Enter the 6-digit code from your app, or a recovery code");

        // They cannot scan, so they type the key into their app, which then shows a code.
        String key = page.locator("#key").innerText().replace(" ", "");
        page.getByLabel("Code from your app").fill(codes.codeAt(key, codes.currentStep()));
        go(button(page, "Continue"));
        assertThat(page.locator("h1")).hasText("Your recovery codes");
        assertThat(page.locator("main li code")).hasCount(10);
        go(button(page, "I have kept my codes, continue"));
        assertThat(pathOf(page)).isEqualTo("/account/security");
        assertThat(page.locator(".govuk-summary-list")).containsText("Recovery codes left");

        go(button(page, "Sign out"));

        // Next time, a code after the password; a wrong one is explained.
        page.navigate("/sign-in");
        assertAccessible();
        page.getByLabel("Email address").fill(admin.email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(Fixtures.PASSWORD);
        go(button(page, "Sign in"));
        assertThat(pathOf(page)).isEqualTo("/sign-in/code");
        assertThat(page.locator("h1")).hasText("Enter the 6-digit code from your app");
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(wrongCode(key));
        go(button(page, "Continue"));
        assertErrors(page, "code",
                "The code is not right. Enter the newest code your app shows, or a recovery code. You have 4 more tries before you are signed out.");
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(fixtures.secondFactorCode(admin.email()).orElseThrow());
        go(button(page, "Continue"));
        assertThat(pathOf(page)).isEqualTo("/");

        // In their area, each person's second factor is shown, and can be reset.
        go(link(page, "Administration"));
        go(link(page, w.localAuthority().name()));
        assertThat(page.locator("main")).containsText("Reset second factor");
    }

    private String wrongCode(String key) {
        long step = codes.currentStep();
        List<String> right = List.of(codes.codeAt(key, step - 1), codes.codeAt(key, step), codes.codeAt(key, step + 1));
        return right.contains("000000") ? "111111" : "000000";
    }
}
