package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.coplan.measures.ConfidenceSurveys;
import org.coplan.measures.ConfidenceMoment;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A parent opens the survey link from their message on a phone, with no JavaScript, sends it
 * without answering, answers it, and finds their answers again after signing in.
 */
class ConfidenceSurveyJourneyTest extends BrowserJourney {

    @Autowired
    ConfidenceSurveys surveys;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aParentAnswersTheSurveyOnAPhone() {
        World w = fixtures.world();
        surveys.offer(w.ownCase(), ConfidenceMoment.PLAN_SENT, "plan-journey");
        await().pollInterval(Duration.ofMillis(100)).atMost(Duration.ofSeconds(20))
                .until(() -> !TestMail.to(w.parent().email()).isEmpty());
        String link = TestMail.latestLink(w.parent().email(), "/confidence/");

        Page p = newPhonePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        p.navigate(link);
        assertAccessible(p);
        assertNoSidewaysScrolling(p);
        assertThat(p.locator("h1")).hasText("How do you feel about the help?");

        statement(p, "I know who to contact, and how.").getByLabel("Agree", new Locator.GetByLabelOptions().setExact(true)).check();
        p.getByLabel("What would make you more confident? (optional)").fill("A phone call after each meeting.");
        go(button(p, "Send my answers"));
        String choose = "Choose an answer for this question, or choose \"Don't know\"";
        assertErrors(p, "informed", choose, "honest", choose, "listened", choose, "clear", choose);
        assertThat(p.getByLabel("What would make you more confident? (optional)")).hasValue("A phone call after each meeting.");
        assertNoSidewaysScrolling(p);

        for (String s : new String[] {"I am told what is happening.", "People are honest with me.",
                "People listen to me and give me time to talk."}) {
            statement(p, s).getByLabel("Strongly agree").check();
        }
        statement(p, "Things are clear. I am not left unsure.").getByLabel("Don't know").check();
        p.getByLabel("You may share my words with the school or service, without my name.").check();
        go(button(p, "Send my answers"));
        assertThat(p.locator("h1")).hasText("Thank you");
        assertThat(p.locator("main")).containsText("A phone call after each meeting.");
        assertThat(p.locator("main")).containsText("Yes, without your name");
        assertNoSidewaysScrolling(p);

        signIn(p, w.parent().email(), Fixtures.PASSWORD);
        p.navigate("/confidence/answers");
        assertAccessible(p);
        assertThat(p.locator("main")).containsText("A phone call after each meeting.");
        assertNoSidewaysScrolling(p);
    }

    private static Locator statement(Page p, String legend) {
        return p.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
    }
}
