package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.concurrent.TimeUnit;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A child, on a small phone with JavaScript switched off, gives their views one question a screen
 * with their mum helping: pictures, a face, their own words, a skipped question, a change on the
 * check page. Every screen passes the accessibility scan and fits 320 pixels; without JavaScript
 * there is no "read it to me" button and the question is plain text. The words then appear in
 * "All about me", quoted, with the helper named.
 */
class ChildVoiceJourneyTest extends BrowserJourney {

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aChildGivesTheirViewsWithJavaScriptOffOnASmallPhoneAndTheyAppearInAllAboutMeWithTheHelperNamed() {
        World w = fixtures.world();
        Page phone = newPhonePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        signIn(phone, w.child().email(), Fixtures.PASSWORD);
        phone.navigate("/cases/" + w.ownCase().value());
        assertAccessible(phone);
        go(link(phone, "My views: a page for Kit to say what they think, one question at a time"));

        assertThat(phone.locator("h1")).hasText("Tell us what you think");
        assertThat(phone.getByText("There are 7 questions. There is one question on each page.")).isVisible();
        assertThat(phone.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Read it to me"))).hasCount(0);
        fitsThePhone(phone);
        go(button(phone, "Start"));
        assertErrors(phone, "onOwn", "Say if you are doing this on your own or someone is helping you");
        phone.getByLabel("Someone is helping me").check();
        phone.getByLabel("Who is helping you?").fill("Mum");
        go(button(phone, "Start"));

        assertThat(phone.getByText("Question 1 of 7")).isVisible();
        assertThat(phone.locator("h1")).hasText("What do you like doing?");
        assertThat(phone.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Read it to me"))).hasCount(0);
        assertThat(phone.locator("img[alt='Picture of a paint palette']")).isVisible();
        assertThat((Boolean) phone.evaluate(
                "() => [...document.querySelectorAll('img.coplan-picture')].every(i => i.complete && i.naturalWidth > 0)"))
                .as("every picture loaded").isTrue();
        fitsThePhone(phone);
        phone.getByLabel("Drawing").check();
        phone.getByLabel("Animals").check();
        phone.getByLabel("You can say it in your own words").fill("I draw cats every day");
        go(button(phone, "Save and next"));

        assertThat(phone.locator("h1")).hasText("What do people like about you?");
        phone.getByLabel("I am funny").check();
        go(button(phone, "Save and next"));

        assertThat(phone.locator("h1")).hasText("What is important to you?");
        go(link(phone, "Skip this question"));
        assertThat(phone.locator("h1")).hasText("What helps you?");
        phone.getByLabel("A quiet place").check();
        go(button(phone, "Save and next"));
        assertThat(phone.locator("h1")).hasText("What is hard for you?");
        phone.getByLabel("You can say it in your own words").fill("x".repeat(2001));
        go(button(phone, "Save and next"));
        assertErrors(phone, "words", "Use 2,000 characters or fewer");
        phone.getByLabel("You can say it in your own words").fill("When the hall is loud");
        go(button(phone, "Save and next"));

        assertThat(phone.locator("h1")).hasText("How does school feel?");
        assertThat(phone.locator("img[alt='Picture of a smiling face']")).isVisible();
        fitsThePhone(phone);
        phone.getByLabel("Happy", new Page.GetByLabelOptions().setExact(true)).check();
        go(button(phone, "Save and next"));
        assertThat(phone.locator("h1")).hasText("What do you want to happen?");
        phone.getByLabel("You can say it in your own words").fill("I want to sit near the window");
        go(button(phone, "Save and next"));

        assertThat(phone.locator("h1")).hasText("Check your answers");
        assertThat(phone.getByText("Helped by Mum.")).isVisible();
        Locator answers = phone.locator("#answers");
        assertThat(answers).containsText("“I draw cats every day”");
        assertThat(answers).containsText("It feels: Happy");
        go(phone.locator("#answers").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Change What people like about me")));
        assertThat(phone.getByLabel("I am funny")).isChecked();
        phone.getByLabel("I am kind").check();
        go(button(phone, "Save and next"));
        phone.navigate("/cases/" + w.ownCase().value() + "/my-voice/check");
        assertAccessible(phone);
        fitsThePhone(phone);
        go(button(phone, "Send my answers"));

        assertThat(phone.getByText("Your answers are now in \"All about me\".")).isVisible();
        Locator ownWords = phone.locator(".coplan-own-words-block").first();
        assertThat(ownWords).containsText("Kit's own words, with help from Mum");
        assertThat(ownWords).containsText("“I draw cats every day”");
        assertThat(ownWords).containsText("I am kind, I am funny");
        assertThat(ownWords).containsText("“When the hall is loud”");
        assertThat(ownWords).containsText("It feels: Happy");
        assertThat(ownWords).not().containsText("What is important to me");
        fitsThePhone(phone);

        // the parent sees the same words, quoted and attributed, on their own device
        Page parent = newPage();
        signIn(parent, w.parent().email(), Fixtures.PASSWORD);
        parent.navigate("/cases/" + w.ownCase().value() + "#own-words");
        assertAccessible(parent);
        assertThat(parent.locator(".coplan-own-words-block").first()).containsText("“I want to sit near the window”");

        // with JavaScript, where the browser can speak, the same page offers "Read it to me"
        go(link(parent, "My views: a page for Kit to say what they think, one question at a time"));
        boolean canSpeak = (Boolean) parent.evaluate("() => 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function'");
        assertThat(parent.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Read it to me"))).hasCount(canSpeak ? 1 : 0);
    }

    private static void fitsThePhone(Page p) {
        Object width = p.evaluate("document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width on a 320 pixel phone").isLessThanOrEqualTo(320);
    }
}
