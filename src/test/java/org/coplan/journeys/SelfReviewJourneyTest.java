package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.coplan.measures.domain.Cornerstone;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationKind;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Genuine Partnerships self-review. The SENCO, from the home page, forgets the evidence for one
 * cornerstone and is told beside the field, then sends the school's ratings. A parent carer forum
 * member, on a phone 320 pixels wide, goes from the home page to the school and sends the forum's
 * ratings; both then see each other's ratings and the gap.
 */
class SelfReviewJourneyTest extends BrowserJourney {

    private static final String[] STEPS = {"NOT_YET", "STARTING", "DEVELOPING", "EMBEDDED"};

    private static void rate(Page p, int... steps) {
        for (Cornerstone c : Cornerstone.values()) {
            p.locator("[name='rating-" + c.name() + "'][value='" + STEPS[steps[c.ordinal()] - 1] + "']").check();
            p.locator("#evidence-" + c.name()).fill("What shows " + c.name().toLowerCase());
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theSencoAndAForumMemberRateTheSchoolAndBothSeeTheGap() {
        World w = fixtures.world();
        Organisation forumOrg = fixtures.people().createOrganisation(OrganisationKind.FORUM, "Forum " + UUID.randomUUID(),
                w.localAuthority().id());
        Person forum = fixtures.staff("Fay Forum", forumOrg, StaffRole.FORUM_MEMBER);

        // The SENCO: home page, the list, the school's review.
        signIn(w.senco().email(), Fixtures.PASSWORD);
        visit("/");
        go(link(page, "Genuine Partnerships self-review"));
        go(link(page, w.school().name()));
        rate(page, 4, 3, 3, 3);
        page.locator("#evidence-COMMUNICATE").fill("");
        go(button(page, "Save and send"));
        assertErrors(page, "evidence-COMMUNICATE", "Say what shows this rating");
        assertThat(page.locator("#evidence-WELCOME_AND_CARE")).hasValue("What shows welcome_and_care");
        page.locator("#evidence-COMMUNICATE").fill("Families get a weekly note home");
        go(button(page, "Save and send"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your ratings are sent");
        assertThat(page.locator("main")).containsText("Forum members have not sent their ratings yet.");

        // The forum member, on a phone.
        Page phone = newPhonePage(new Browser.NewContextOptions());
        signIn(phone, forum.email(), Fixtures.PASSWORD);
        phone.navigate("/");
        assertAccessible(phone);
        go(link(phone, "Genuine Partnerships self-review"));
        go(link(phone, w.school().name()));
        assertThat(phone.locator("main")).not().containsText("Families get a weekly note home");
        rate(phone, 2, 3, 2, 3);
        go(button(phone, "Save and send"));
        assertThat(phone.locator("main")).containsText("Families get a weekly note home");
        assertThat(phone.locator("main")).containsText("The school rates itself 2 steps higher than forum members");
        assertThat(phone.locator("main")).containsText("The school rates itself 1 step higher than forum members");

        // The SENCO sees the forum's ratings and the gap, and adds an action.
        page.reload();
        assertAccessible();
        assertThat(page.locator("main")).containsText("The school rates itself 2 steps higher than forum members");
        assertThat(page.locator("main")).containsText("Both rate this the same");
        page.locator("#cornerstone").selectOption("WELCOME_AND_CARE");
        page.getByLabel("What will be done").fill("Greet every family at the gate");
        page.getByLabel("Who will do it").fill("Head teacher");
        page.locator("#due").fill("31");
        page.locator("#due-month").fill("1");
        page.locator("#due-year").fill("2027");
        go(button(page, "Add the action"));
        assertThat(page.locator(".coplan-self-review-action")).containsText("Greet every family at the gate");
        go(button(page, "Mark as done: Greet every family at the gate"));
        assertThat(page.locator(".coplan-self-review-action")).containsText("Done on 23 November 2026");
    }
}
