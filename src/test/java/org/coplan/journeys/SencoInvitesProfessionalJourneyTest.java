package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.TestMail;
import org.junit.jupiter.api.Test;

/**
 * A SENCO invites an educational psychologist to a child's team. The psychologist gets an email that
 * does not name the child, follows its link on their own device, chooses a password and lands on the
 * case, signed in and on the team.
 */
class SencoInvitesProfessionalJourneyTest extends BrowserJourney {

    @Test
    void sencoInvitesAProfessionalWhoJoinsTheTeamFromTheEmailedLink() {
        World w = fixtures.world();
        String casePath = "/cases/" + w.ownCase();
        String email = fixtures.uniqueEmail("ezra");

        signIn(w.senco().email(), Fixtures.PASSWORD);
        assertThat(page.locator("main")).containsText("Signed in as Sena Senco.");
        go(page.locator("main table").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^Kit Child\\d+$"))));
        assertThat(pathOf(page)).isEqualTo(casePath);
        String childName = page.locator("h1").innerText();
        String familyName = childName.substring("Kit ".length());
        String schoolName = page.locator(".govuk-summary-list__row", new Page.LocatorOptions().setHasText("School or setting"))
                .locator(".govuk-summary-list__value").innerText();

        // The invitation form, sent empty: each missing answer is listed and shown by its question.
        go(button(page, "Invite someone to the team"));
        assertThat(pathOf(page)).isEqualTo(casePath + "/team/invite");
        assertThat(page.locator("h1")).hasText("Invite someone to the team");
        go(button(page, "Send invitation"));
        assertThat(page).hasTitle(Pattern.compile("^Error: Invite someone to the team"));
        assertErrors(page,
                "name", "Enter their full name",
                "email", "Enter their email address",
                "role", "Select their role on this case");
        errorLink(page, "Select their role on this case").click();
        assertThat(page.getByLabel("Parent or carer")).isFocused();
        errorLink(page, "Enter their full name").click();
        assertThat(page.getByLabel("Their full name")).isFocused();

        page.getByLabel("Their full name").fill("Ezra Psychologist");
        page.getByLabel("Their email address").fill(email);
        page.getByLabel("Educational psychologist").check();
        go(button(page, "Send invitation"));
        assertThat(pathOf(page)).isEqualTo(casePath);
        assertThat(page.locator(".govuk-notification-banner")).containsText("Invitation sent to " + email + ".");
        Locator waiting = page.locator("h3", new Page.LocatorOptions().setHasText("Invitations waiting for a reply"))
                .locator("xpath=following-sibling::ul[1]");
        assertThat(waiting.locator("li")).hasCount(1);
        assertThat(waiting.locator("li")).containsText(
                "Ezra Psychologist (" + email + "), Educational psychologist, link works until 7 December 2026");

        // The email: who invited them and as what, but nothing that identifies the child.
        await().atMost(Duration.ofSeconds(10)).until(() -> TestMail.to(email).size() == 1);
        MimeMessage message = TestMail.to(email).get(0);
        String body = TestMail.body(message);
        assertThat(body).contains("Hello Ezra Psychologist", "Sena Senco has invited you", "as Educational psychologist");
        String words = body.replaceAll("https?://\\S+", ""); // the link's random token could spell anything
        for (String identifying : List.of(childName, "Kit", familyName, "14 May 2016", "2016", schoolName)) {
            assertThat(words).as("the invitation email gives away the child's identity").doesNotContain(identifying);
        }
        String link = TestMail.latestLink(email, "/invitations/");

        // On the invited person's own device, a small phone: no cookies, nobody signed in.
        Page invited = newPhonePage(new Browser.NewContextOptions());
        invited.navigate(link);
        assertAccessible(invited);
        assertThat(invited.locator("h1")).hasText("Join a child's support team");
        assertThat(invited.locator("main")).containsText(
                "Hello Ezra Psychologist. You have been invited to join a child's support team as Educational psychologist.");
        assertThat(invited.locator("main")).not().containsText(familyName);
        assertThat(invited.locator("main")).containsText("You will sign in with " + email + ".");

        invited.getByLabel("New password").fill("too-short");
        invited.getByLabel("Type the password again").fill("too-short");
        go(button(invited, "Accept and continue"));
        assertErrors(invited, "password", "Use at least 12 characters");
        assertThat(invited.getByLabel("New password")).hasValue("");

        invited.getByLabel("New password").fill("otter kettle lantern");
        invited.getByLabel("Type the password again").fill("otter kettle lantern");
        go(button(invited, "Accept and continue"));
        assertThat(pathOf(invited)).isEqualTo(casePath);
        assertThat(invited.locator(".govuk-notification-banner")).containsText("You are now on Kit's team.");
        assertThat(invited.locator("h1")).hasText(childName);
        assertThat(button(invited, "Sign out")).isVisible();
        assertThat(teamRow(invited, "Ezra Psychologist").locator("td").nth(1)).hasText("Educational psychologist");
        // On a phone the table stacks into cards, each value under its column's name. A screen reader
        // takes the column's name from the table header, so it must not hear it again in the cell.
        assertThat(teamRow(invited, "Ezra Psychologist").locator("td").first()).hasAccessibleName("Ezra Psychologist");

        // The link has done its job: it does not work a second time.
        Page again = newPage();
        again.navigate(link);
        assertAccessible(again);
        assertThat(again.locator("h1")).hasText("This invitation has expired or has been used");

        // Back on the SENCO's screen: the psychologist is on the team, and no longer waiting.
        visit(casePath);
        assertThat(teamRow(page, "Ezra Psychologist").locator("td").nth(1)).hasText("Educational psychologist");
        assertThat(page.getByText("Invitations waiting for a reply")).hasCount(0);

        // And they can sign in again later with the password they chose.
        Page later = newPage();
        signIn(later, email, "otter kettle lantern");
        assertThat(later.locator("main table tbody tr")).hasCount(1);
        assertThat(later.locator("main table tbody tr td").nth(4)).hasText("Educational psychologist");
    }

    private static Locator teamRow(Page p, String name) {
        return p.locator("#team ~ table").first().locator("tbody tr")
                .filter(new Locator.FilterOptions().setHas(p.locator("td span").getByText(name, new Locator.GetByTextOptions().setExact(true))));
    }
}
