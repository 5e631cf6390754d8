package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.junit.jupiter.api.Test;

/**
 * A parent signs in, writes "All about me" in their own words and tells the team how they want to
 * take part: with JavaScript, and again without it.
 */
class ParentJourneyTest extends BrowserJourney {

    /** The test clock's date, as pages show it. */
    private static final String TODAY = "23 November 2026";

    @Test
    void parentWritesAllAboutMeInTheirOwnWordsAndSaysHowTheyWantToTakePart() {
        World w = fixtures.world();
        String casePath = "/cases/" + w.ownCase();

        signIn(w.parent().email(), Fixtures.PASSWORD);
        assertThat(page.locator("h1")).hasText("Your cases");
        assertThat(page.locator("main")).containsText("Signed in as Pat Parent.");
        Locator cases = page.locator("main table");
        assertThat(cases.locator("caption")).hasText("Cases 1 to 1 of 1");
        assertThat(cases.locator("tbody tr")).hasCount(1);
        assertThat(cases.locator("tbody tr td").nth(4)).hasText("Parent or carer");

        go(cases.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Kit Child\\d+$"))));
        assertThat(pathOf(page)).isEqualTo(casePath);
        String childName = page.locator("h1").innerText();
        assertThat(childName).startsWith("Kit Child");
        for (String part : List.of("What people like and admire about me", "What is important to me", "How best to support me")) {
            assertThat(aboutMeRow(part).locator(".govuk-summary-list__value")).hasText("Nothing written yet.");
        }

        writeAboutMe("What people like and admire about me", "like-and-admire",
                "What do people like and admire about the child or young person?",
                "Kit is kind to younger children.\nKit makes everyone laugh.", casePath);
        writeAboutMe("What is important to me", "important-to-me", "What is important to them?",
                "Seeing Grandma on Sundays. Having my headphones.", casePath);
        writeAboutMe("How best to support me", "how-to-support-me", "How can people best support them?",
                "Tell me what is happening next. Give me a quiet place to go.", casePath);

        // All three parts, on the case page, in the parent's words and with their name.
        assertThat(aboutMeRow("What people like and admire about me").locator(".coplan-own-words"))
                .hasText("Kit is kind to younger children.\nKit makes everyone laugh.");
        assertThat(aboutMeRow("What is important to me").locator(".coplan-own-words"))
                .hasText("Seeing Grandma on Sundays. Having my headphones.");
        assertThat(aboutMeRow("How best to support me").locator(".coplan-own-words"))
                .hasText("Tell me what is happening next. Give me a quiet place to go.");
        for (String part : List.of("What people like and admire about me", "What is important to me", "How best to support me")) {
            assertThat(aboutMeRow(part)).containsText("Written by Pat Parent (Parent or carer), " + TODAY);
            assertThat(aboutMeRow(part).getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("Change " + part).setExact(true))).isVisible();
        }

        // Participation: nothing yet, then the form.
        assertThat(page.locator("#my-choices + p")).hasText("You have not told the team yet.");
        go(link(page, "Tell the team how you want to take part"));
        assertThat(pathOf(page)).isEqualTo(casePath + "/participation");
        assertThat(page.locator("h1")).hasText("How you want to take part");
        assertThat(page.getByLabel("Which language do you prefer?")).hasValue("English");

        // Submitted with every question unanswered: every problem is listed and shown by its question.
        page.getByLabel("Which language do you prefer?").fill("");
        go(button(page, "Save"));
        assertThat(page).hasTitle(Pattern.compile("^Error: How you want to take part"));
        assertErrors(page,
                "involvement", "Select how involved you want to be",
                "channels", "Select at least one way to contact you",
                "language", "Enter the language you prefer",
                "interpreter", "Select yes if you need an interpreter");
        assertThat(page.locator(".govuk-error-summary")).isFocused();
        // Each error link takes a keyboard user straight to the question, ready to answer it.
        errorLink(page, "Select how involved you want to be").click();
        assertThat(page.getByLabel("Keep me informed")).isFocused();
        errorLink(page, "Select at least one way to contact you").click();
        assertThat(page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true))).isFocused();
        errorLink(page, "Enter the language you prefer").click();
        assertThat(page.getByLabel("Which language do you prefer?")).isFocused();
        errorLink(page, "Select yes if you need an interpreter").click();
        assertThat(interpreter(page, "Yes")).isFocused();

        // Some answers, but no way to contact them: the one problem is shown and nothing typed is lost.
        page.getByLabel("Involve me in decisions").check();
        page.getByLabel("Which language do you prefer?").fill("Polish");
        interpreter(page, "Yes").check();
        page.getByLabel("Is there anything that would make taking part easier? (optional)")
                .fill("Large print, please.\nStep-free access.");
        page.getByLabel("A SENDIASS adviser").check();
        page.getByLabel("Are there times you cannot attend meetings? (optional)").fill("Monday mornings");
        go(button(page, "Save"));
        assertErrors(page, "channels", "Select at least one way to contact you");
        assertThat(page.getByLabel("Involve me in decisions")).isChecked();
        assertThat(page.getByLabel("Which language do you prefer?")).hasValue("Polish");
        assertThat(interpreter(page, "Yes")).isChecked();
        assertThat(page.getByLabel("Is there anything that would make taking part easier? (optional)"))
                .hasValue("Large print, please.\nStep-free access.");
        assertThat(page.getByLabel("A SENDIASS adviser")).isChecked();
        assertThat(page.getByLabel("An advocate")).not().isChecked();
        assertThat(page.getByLabel("Are there times you cannot attend meetings? (optional)")).hasValue("Monday mornings");

        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Text message").check();
        // Texts need a UK mobile number: a landline is refused next to the field, and what was typed stays.
        page.getByLabel("Phone number").fill("01632 960123");
        go(button(page, "Save"));
        assertErrors(page, "phone", "Enter a UK mobile number, like 07700 900123 or +44 7700 900123. Text messages only reach a mobile");
        assertThat(page.getByLabel("Phone number")).hasValue("01632 960123");
        assertThat(page.getByLabel("Text message")).isChecked();
        page.getByLabel("Phone number").fill("07700 900123");
        go(button(page, "Save"));
        assertThat(pathOf(page)).isEqualTo(casePath);
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your choices have been saved.");
        Locator mine = page.locator("#my-choices ~ dl").first();
        assertThat(choice(mine, "Involvement")).hasText("Involve me in decisions");
        assertThat(choice(mine, "Contact by")).hasText("Email, Text message");
        assertThat(choice(mine, "Language")).hasText("Polish");
        assertThat(choice(mine, "Interpreter needed")).hasText("Yes");
        assertThat(choice(mine, "Accessibility needs")).hasText("Large print, please.\nStep-free access.");
        assertThat(choice(mine, "Support wanted")).hasText("A SENDIASS adviser");
        assertThat(choice(mine, "Times they cannot attend")).hasText("Monday mornings");
        assertThat(link(page, "Change how you want to take part")).isVisible();
        // The words written earlier are still there.
        assertThat(aboutMeRow("What is important to me").locator(".coplan-own-words"))
                .hasText("Seeing Grandma on Sundays. Having my headphones.");
    }

    /**
     * The same form on a small phone with JavaScript switched off (or failed to load): the server checks
     * the answers and shows the errors, and the choices are saved. Every page fits the narrow screen.
     */
    @Test
    void parentOnASmallPhoneWithoutJavaScriptCanStillTellTheTeamHowTheyWantToTakePart() {
        World w = fixtures.world();
        String casePath = "/cases/" + w.ownCase();
        page = newPhonePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        assertThat(page.evaluate("() => 1")).isEqualTo(1); // Playwright itself can still look at the page

        signIn(w.parent().email(), Fixtures.PASSWORD);
        visit(casePath);
        assertThat(page.locator("body")).not().hasClass(Pattern.compile("js-enabled"));
        go(link(page, "Tell the team how you want to take part"));

        // The server checks the answers itself: the error summary does not need JavaScript.
        page.getByLabel("Which language do you prefer?").fill("");
        go(button(page, "Save"));
        assertErrors(page,
                "involvement", "Select how involved you want to be",
                "channels", "Select at least one way to contact you",
                "language", "Enter the language you prefer",
                "interpreter", "Select yes if you need an interpreter");

        page.getByLabel("Write the plan with the team (co-produce)").check();
        page.getByLabel("Phone call").check();
        page.getByLabel("Letter by post").check();
        page.getByLabel("Phone number").fill("01632 960123");
        page.getByLabel("Postal address").fill("1 High Street\nDemo Town");
        page.getByLabel("Postcode").fill("dt1 1aa");
        page.getByLabel("Which language do you prefer?").fill("Welsh");
        interpreter(page, "No").check();
        page.getByLabel("An advocate").check();
        go(button(page, "Save"));

        assertThat(pathOf(page)).isEqualTo(casePath);
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your choices have been saved.");
        Locator mine = page.locator("#my-choices ~ dl").first();
        assertThat(choice(mine, "Involvement")).hasText("Write the plan with the team (co-produce)");
        assertThat(choice(mine, "Contact by")).hasText("Phone call, Letter by post");
        assertThat(choice(mine, "Language")).hasText("Welsh");
        assertThat(choice(mine, "Interpreter needed")).hasText("No");
        assertThat(choice(mine, "Accessibility needs")).hasText("None");
        assertThat(choice(mine, "Support wanted")).hasText("An advocate");
        assertThat(choice(mine, "Times they cannot attend")).hasText("None");
    }

    /** Opens one part of "All about me" from the case page, writes in it, saves and is back on the case. */
    private void writeAboutMe(String part, String slug, String question, String words, String casePath) {
        go(aboutMeRow(part).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Add " + part).setExact(true)));
        assertThat(pathOf(page)).isEqualTo(casePath + "/about-me/" + slug);
        assertThat(page.locator("h1")).hasText(part);
        page.getByLabel(question).fill(words);
        go(button(page, "Save"));
        assertThat(pathOf(page)).isEqualTo(casePath);
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your words have been saved.");
        assertThat(aboutMeRow(part).locator(".coplan-own-words")).hasText(words);
        assertThat(aboutMeRow(part)).containsText("Written by Pat Parent (Parent or carer), " + TODAY);
    }

    private Locator aboutMeRow(String part) {
        return page.locator("#about-me ~ dl").first().locator(".govuk-summary-list__row")
                .filter(new Locator.FilterOptions().setHas(page.locator("dt", new Page.LocatorOptions().setHasText(
                        exactly(part)))));
    }

    private static Locator choice(Locator list, String key) {
        return list.locator(".govuk-summary-list__row")
                .filter(new Locator.FilterOptions().setHas(list.page().locator("dt", new Page.LocatorOptions()
                        .setHasText(exactly(key)))))
                .locator(".govuk-summary-list__value");
    }

    private static Locator interpreter(Page p, String answer) {
        return p.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Do you need an interpreter at meetings?"))
                .getByLabel(answer, new Locator.GetByLabelOptions().setExact(true));
    }
}
