package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.coplan.people.Person;
import org.coplan.strategic.ForumWorld;
import org.coplan.strategic.ForumWorld.Viewer;
import org.coplan.strategic.LocalOfferSetup;
import org.coplan.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The local offer. A forum member on a small phone reviews a service's page from the forum's home
 * page: a "no" without a reason is refused with what they chose kept; with two earlier good reviews,
 * theirs earns the page its "Parent approved" badge. The SEN manager signs in with their second
 * factor and answers it. Anyone, on a phone without JavaScript, sees the badge, the review and the
 * answer, and no name.
 */
class LocalOfferJourneyTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LocalOfferSetup setup;

    static Locator choose(Page p, String question, String answer) {
        return p.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question).setExact(true))
                .getByLabel(answer, new Locator.GetByLabelOptions().setExact(true));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aMemberReviewsAPageOnAPhoneTheSenManagerAnswersAndAnyoneSeesTheBadge() {
        ForumWorld world = ForumWorld.make(fixtures, jdbc);
        UUID la = world.la().id().value();
        UUID forum = world.forum().id().value();
        setup.importFile(la, org.coplan.strategic.LocalOfferSamples.sample());
        String service = "Autism parent support group";
        String[] good = {"YES", "YES", "YES", "PARTLY"};
        for (String name : new String[] {"Earlier Reviewer", "Another Reviewer"}) {
            Person p = ForumWorld.member(fixtures, jdbc, world.forum(), name, "MEMBER");
            setup.review(la, forum, p, service, 10, good, null, "Clear and friendly.", "Thank you.", "Sen Manager");
        }

        // A member, on a phone
        Page member = newPhonePage(new Browser.NewContextOptions());
        signIn(member, world.person(Viewer.FORUM_MEMBER).email(), Fixtures.PASSWORD);
        member.navigate("/forum");
        assertAccessible(member);
        go(link(member, "Local offer pages to review"));
        member.getByLabel("Search by name or words in the description").fill("autism");
        go(button(member, "Find services"));
        go(link(member, service));
        go(link(member, "Review this page (forum members)"));
        assertThat(member.locator("h1")).hasText("Review this page");
        choose(member, "Is the page clear?", "Yes").check();
        choose(member, "Is the page accurate?", "No").check();
        choose(member, "Is the page accessible?", "Yes").check();
        choose(member, "Is the page useful?", "Yes").check();
        member.getByLabel("Anything else you want to say (optional)").fill("A friendly group; the page could say it meets in the evening too.");
        go(button(member, "Send your review"));
        assertErrors(member, "whyNot", "You answered “no”: say what needs to change");
        assertThat(choose(member, "Is the page accurate?", "No")).isChecked();
        assertThat(member.getByLabel("Anything else you want to say (optional)"))
                .hasValue("A friendly group; the page could say it meets in the evening too.");
        choose(member, "Is the page accurate?", "Partly").check();
        go(button(member, "Send your review"));
        assertThat(member.locator(".govuk-notification-banner")).containsText("Thank you. Your review was sent to the local authority.");
        assertThat(member.locator("#badge")).containsText("Parent approved");
        assertNoSidewaysScrolling(member);

        // The SEN manager answers it
        signIn(world.person(Viewer.SEN_MANAGER).email(), Fixtures.PASSWORD);
        visit("/forum");
        go(link(page, "Reviews waiting for your answer (1)"));
        go(link(page, "Answer the review of " + service));
        go(button(page, "Send the answer"));
        assertErrors(page, "answer", "Enter your answer to the review");
        page.getByLabel("Your answer").fill("Thank you. We have added the evening group to the page.");
        choose(page, "Did you change the page because of this review? (optional)", "Yes").check();
        go(button(page, "Send the answer"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your answer was published and the reviewer was told.");

        // Anyone, on a phone without JavaScript
        Page anyone = newPhonePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        anyone.navigate("/area/" + la + "/local-offer?q=autism");
        assertAccessible(anyone);
        assertThat(anyone.locator("main")).containsText("Parent approved");
        assertNoSidewaysScrolling(anyone);
        go(anyone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(service).setExact(true)));
        assertThat(anyone.locator("#badge")).containsText("Parent approved");
        assertThat(anyone.locator("main")).containsText("A friendly group; the page could say it meets in the evening too.");
        assertThat(anyone.locator("main")).containsText("Thank you. We have added the evening group to the page.");
        assertThat(anyone.locator("main")).not().containsText("Forum Member");
        assertNoSidewaysScrolling(anyone);
    }
}
