package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.coplan.people.Person;
import org.coplan.strategic.ForumWorld;
import org.coplan.strategic.ForumWorld.Viewer;
import org.coplan.support.Fixtures;
import org.coplan.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A parent on a small phone reads the area's public page, joins its parent carer forum with the
 * form (a mistake first, what they typed kept), follows the emailed link, chooses a password and
 * lands on the forum's pages with their membership shown. Then one of the forum's officers removes
 * another member with a reason, which the member is told.
 */
class ForumMemberJoinJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "three green forum teapots";

    @Autowired
    JdbcClient jdbc;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aParentJoinsOnAPhoneAndAnOfficerRemovesAMemberWithAReason() {
        ForumWorld w = ForumWorld.make(fixtures, jdbc);
        String email = fixtures.uniqueEmail("phone.parent");

        Page p = newPhonePage(new Browser.NewContextOptions());
        p.navigate("/area/" + w.la().id().value());
        assertAccessible(p);
        assertThat(p.locator("main")).containsText(w.forum().name());
        assertThat(p.locator("#rung-counts")).containsText("Co-producing");
        go(link(p, "Join the forum"));
        assertThat(p.locator("h1")).hasText("Join the parent carer forum");

        // the area's forum is already chosen, from the area's page
        assertThat(p.getByLabel(w.forum().name(), new Page.GetByLabelOptions().setExact(true))).isChecked();
        p.getByLabel("Your name").fill("Robin Phone");
        p.getByLabel("Email address").fill(email);
        p.getByLabel("Travel to school or college").check();
        p.getByLabel("By text message").check();
        p.getByLabel("UK mobile number (only if you chose text messages)").fill("01632 960001");
        go(button(p, "Ask to join"));
        assertErrors(p, "mobile", "Enter a UK mobile number, like 07700 900123");
        assertThat(p.getByLabel("Your name")).hasValue("Robin Phone");
        assertThat(p.getByLabel("Travel to school or college")).isChecked();
        p.getByLabel("UK mobile number (only if you chose text messages)").fill("07700 900321");
        go(button(p, "Ask to join"));
        assertThat(p.locator("h1")).hasText("Check your email");

        String link = URI.create(TestMail.latestLink(email, "/forum/join/")).getPath();
        p.navigate(link);
        assertAccessible(p);
        assertThat(p.locator("h1")).hasText("Finish joining the forum");
        p.getByLabel("New password").fill(PASSWORD);
        p.getByLabel("Type the password again").fill(PASSWORD);
        go(button(p, "Finish joining"));
        assertThat(p.locator("h1")).hasText("Your parent carer forum");
        assertThat(p.locator("main")).containsText("Your membership");
        assertThat(p.locator("main")).containsText("Topics: Travel to school or college");
        assertThat(p.locator("main")).containsText("We tell you by text message, at +447700900321");
        go(link(p, "Change your topics or how we tell you, or leave the forum"));
        assertThat(p.locator("h1")).hasText("Your forum membership");
        p.getByLabel("Early years").check();
        go(button(p, "Save your details"));
        assertThat(p.locator(".govuk-notification-banner")).containsText("Your details have been saved.");
        assertThat(p.getByLabel("Early years")).isChecked();

        // an officer of the forum removes another member, with the reason they are told
        Person other = ForumWorld.member(fixtures, jdbc, w.forum(), "Casey Removed", "MEMBER");
        signIn(w.person(Viewer.FORUM_OFFICER).email(), Fixtures.PASSWORD);
        visit("/forum");
        go(link(page, "3 members: see the list"));
        assertThat(page.locator("#verified")).containsText("Robin Phone");
        go(link(page, "Remove Casey Removed"));
        go(button(page, "Remove from the forum"));
        assertErrors(page, "reason", "Enter the reason: the member is told it");
        page.getByLabel("Reason").fill("Shared another member's phone number in the group");
        go(button(page, "Remove from the forum"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("Casey Removed has been removed and told why.");
        assertThat(page.locator("#removed")).containsText("Shared another member's phone number in the group");
        org.assertj.core.api.Assertions.assertThat(TestMail.body(TestMail.to(other.email()).get(0)))
                .contains("Shared another member's phone number in the group");
    }
}
