package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.coplan.people.Person;
import org.coplan.strategic.ForumWorld;
import org.coplan.strategic.ForumWorld.Viewer;
import org.coplan.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The co-production board. The SEN manager signs in with their second factor, adds an item to the
 * programme of work with a co-lead from the forum (leaving out the forum's co-lead first, and being
 * told), arranges a board meeting with the item on its agenda, and records a decision and an action
 * there. The forum's officer marks the action done from the action log. A visitor on a small phone,
 * without JavaScript and without signing in, reads the programme and the board's decisions, with no
 * one's name on them.
 */
class CoproductionBoardJourneyTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    private static void fillDate(Page p, String field, LocalDate date) {
        p.locator("#" + field).fill("" + date.getDayOfMonth());
        p.locator("#" + field + "-month").fill("" + date.getMonthValue());
        p.locator("#" + field + "-year").fill("" + date.getYear());
    }

    private static Locator label(Page p, String text) {
        return p.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theSenManagerAndTheForumRunTheBoardAndAVisitorReadsItOnAPhone() {
        ForumWorld world = ForumWorld.make(fixtures, jdbc);
        Person manager = world.person(Viewer.SEN_MANAGER);
        Person officer = world.person(Viewer.FORUM_OFFICER);
        Person member = world.person(Viewer.FORUM_MEMBER);
        LocalDate today = LocalDate.now(clock);

        signIn(manager.email(), Fixtures.PASSWORD);
        visit("/forum");
        assertThat(page.locator("main")).containsText("Co-production board");
        go(link(page, "Add an item to the programme"));
        label(page, "Title").fill("Short breaks everyone can find");
        label(page, "What is it about?").fill("Families cannot find short breaks. We will rewrite the page with them.");
        label(page, "Co-producing").check();
        page.locator("#authorityLead").selectOption(new SelectOption().setLabel(manager.displayName()));
        fillDate(page, "startsOn", today);
        fillDate(page, "targetOn", today.plusMonths(3));
        go(button(page, "Add the item"));
        assertErrors(page, "forumLead", "Choose a co-lead from the parent carer forum");
        assertThat(label(page, "Title")).hasValue("Short breaks everyone can find");
        page.locator("#forumLead").selectOption(new SelectOption().setLabel(member.displayName()));
        go(button(page, "Add the item"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("The item was added to the programme of work.");
        assertThat(page.locator("main")).containsText(member.displayName() + " (parent carer forum) and " + manager.displayName() + " (council)");

        visit("/forum/board");
        go(page.locator("main a.govuk-button", new Page.LocatorOptions().setHasText("Arrange a board meeting")));
        fillDate(page, "day", today);
        label(page, "Start time").fill("09:30");
        label(page, "Place or link").fill("Committee Room 2, County Hall");
        label(page, "Short breaks everyone can find").check();
        label(page, "Other agenda points (optional)").fill("Any other business");
        go(button(page, "Arrange the meeting"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("The board meeting was arranged.");
        assertThat(page.locator("#agenda + ol")).containsText("Short breaks everyone can find");

        label(page, "What was to be decided?").fill("Which short breaks page comes first?");
        label(page, "What was decided").fill("The page for children under 11, by March.");
        label(page, "Why").fill("Most families who asked have younger children.");
        go(button(page, "Record the decision"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("The decision was recorded.");

        label(page, "What is to be done").fill("Invite six parents to test the new page");
        page.locator("#owner").selectOption(new SelectOption().setLabel(officer.displayName()));
        fillDate(page, "dueOn", today.plusDays(14));
        go(button(page, "Add the action"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("The action was added.");
        assertThat(page.locator("#actions + ul")).containsText("Invite six parents to test the new page");

        // The minutes, saved twice: both versions are kept and can be read.
        label(page, "Minutes of the meeting").fill("We looked at the short breaks page together.");
        go(button(page, "Save the minutes"));
        label(page, "Minutes of the meeting").fill("We looked at the short breaks page together, with six parents.");
        go(button(page, "Save the minutes"));
        go(link(page, "Every saved version of the minutes (2)"));
        assertThat(page.locator("main")).containsText("Version 1: saved by");
        assertThat(page.locator("main")).containsText("with six parents.");

        // The forum's officer, on their own device, marks the action done.
        Page fo = newPage();
        signIn(fo, officer.email(), Fixtures.PASSWORD);
        fo.navigate("/forum");
        assertAccessible(fo);
        go(link(fo, "Your actions: 1 open, 0 overdue"));
        assertThat(fo.locator("main")).containsText("Invite six parents to test the new page");
        go(button(fo, "Mark done"));
        assertThat(fo.locator(".govuk-notification-banner")).containsText("The action was marked done.");
        assertThat(fo.locator("main table")).containsText("Done");

        // Anyone, on a small phone, without JavaScript.
        String la = world.la().id().value().toString();
        Page visitor = newPhonePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        visitor.navigate("/area/" + la + "/programme");
        assertAccessible(visitor);
        assertThat(visitor.locator("main")).containsText("Short breaks everyone can find");
        assertThat(visitor.locator("main")).containsText("Parent carer forum and council");
        assertThat(visitor.locator("main")).not().containsText(member.displayName());
        assertThat(visitor.locator("main")).not().containsText(manager.displayName());
        assertNoSidewaysScrolling(visitor);
        visitor.navigate("/area/" + la + "/board");
        assertAccessible(visitor);
        assertThat(visitor.locator("main")).containsText("Which short breaks page comes first?");
        assertThat(visitor.locator("main")).containsText("Most families who asked have younger children.");
        assertThat(visitor.locator("main")).not().containsText(officer.displayName());
        assertNoSidewaysScrolling(visitor);
    }
}
