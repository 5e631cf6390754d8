package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.regex.Pattern;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.TestMail;
import org.junit.jupiter.api.Test;

/**
 * A local authority's administrator adds a new school and its SENCO. The SENCO chooses a password from
 * the emailed link and can open cases at the new school. The EHC coordinator then corrects a child's
 * details, moving the child to the new school, whose SENCO now sees the case.
 */
class AdministrationJourneyTest extends BrowserJourney {

    private static final String SCHOOL = "Oak Tree Primary School";

    @Test
    void administratorAddsASchoolAndItsSencoWhoSetsUpTheirAccountAndTheCoordinatorMovesAChildThere() {
        World w = fixtures.world();
        Person administrator = fixtures.staff("Ada Administrator", w.localAuthority(), StaffRole.ADMINISTRATOR);
        String email = fixtures.uniqueEmail("sam");
        String casePath = "/cases/" + w.ownCase();

        // The administrator sees the organisations in their area and adds a school.
        signIn(administrator.email(), Fixtures.PASSWORD);
        go(link(page, "Administration"));
        assertThat(pathOf(page)).isEqualTo("/admin");
        assertThat(page.locator("h1")).hasText("Administration");

        // They can see sign-ins, wrong passwords and role changes across their area.
        go(link(page, "Sign-in and account events"));
        assertThat(page.locator("h1")).hasText("Sign-in and account events");
        assertThat(page.locator("table")).containsText("Signed in");
        assertThat(page.locator("table")).containsText("Administrator");
        go(link(page, "Back"));
        assertThat(page.locator("h1")).hasText("Administration");
        Locator area = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(w.localAuthority().name()));
        assertThat(area.locator("tbody tr td:first-child"))
                .hasText(new String[] {w.localAuthority().name(), w.school().name(), "Service" + w.school().name().substring("School".length())});
        go(button(page, "Add a school, setting, service or forum"));
        assertThat(page.locator("h1")).hasText("Add a school, setting, service or forum");
        go(button(page, "Add organisation"));
        assertErrors(page,
                "name", "Enter the organisation's name",
                "kind", "Select what kind of organisation it is");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(SCHOOL);
        page.getByLabel("School or setting").check();
        go(button(page, "Add organisation"));
        assertThat(page.locator("h1")).hasText(SCHOOL);
        assertThat(page.locator(".govuk-caption-l")).hasText("School or setting");
        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("The organisation has been added. Now add the people who work there.");
        assertThat(page.locator("main")).containsText("Nobody has a role here yet.");
        String schoolPath = pathOf(page);

        // They add the school's SENCO: first with nothing filled in.
        go(button(page, "Add a person"));
        assertThat(page.locator("h1")).hasText("Add a person");
        assertThat(page.locator(".govuk-caption-l")).hasText(SCHOOL);
        assertThat(page.getByLabel("SENCO")).isChecked(); // the only role a school has
        go(button(page, "Add person"));
        assertThat(page).hasTitle(Pattern.compile("^Error: Add a person"));
        assertErrors(page,
                "name", "Enter their full name",
                "email", "Enter their email address");
        errorLink(page, "Enter their email address").click();
        assertThat(page.getByLabel("Their email address")).isFocused();
        page.getByLabel("Their full name").fill("Sam Senco");
        page.getByLabel("Their email address").fill(email);
        go(button(page, "Add person"));
        assertThat(pathOf(page)).isEqualTo(schoolPath);
        assertThat(page.locator(".govuk-notification-banner")).containsText("We have emailed " + email + " a link to choose a password.");
        Locator sam = staffRow(page, "Sam Senco");
        assertThat(sam.locator("td").nth(0)).containsText("Not signed in yet");
        assertThat(sam.locator("td").nth(1)).hasText(email);
        assertThat(sam.locator("td").nth(2)).hasText("SENCO");

        // The SENCO, on their own computer, follows the emailed link and chooses a password.
        await().atMost(Duration.ofSeconds(10)).until(() -> TestMail.to(email).size() == 1);
        assertThat(TestMail.body(TestMail.to(email).get(0)))
                .contains("Hello Sam Senco", "Ada Administrator has given you an account", "as SENCO at " + SCHOOL);
        String link = TestMail.latestLink(email, "/password-reset/");
        Page senco = newPage();
        senco.navigate(link);
        assertAccessible(senco);
        assertThat(senco.locator("h1")).hasText("Choose a new password");
        senco.getByLabel("New password").fill("lantern otter kettle pebble");
        senco.getByLabel("Type the password again").fill("lantern otter kettle pebble");
        go(button(senco, "Save new password"));
        assertThat(pathOf(senco)).isEqualTo("/sign-in");
        assertThat(senco.locator(".govuk-notification-banner"))
                .containsText("Your password has been changed. Sign in with your new password.");
        signIn(senco, email, "lantern otter kettle pebble");
        assertThat(senco.locator("main")).containsText("Signed in as Sam Senco.");
        assertThat(senco.locator("main")).containsText("There are no cases on this caseload yet.");
        go(button(senco, "Open a new case"));
        assertThat(senco.locator("h1")).hasText("Open a new case");
        assertThat(senco.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("School or setting"))
                .locator(".govuk-radios__label")).hasText(new String[] {SCHOOL});

        // Back on the administrator's screen, the SENCO has signed in.
        visit(schoolPath);
        assertThat(staffRow(page, "Sam Senco").locator("td").nth(0)).hasText("Sam Senco");

        // The coordinator corrects the child's details: a date of birth in the future is refused.
        Page coordinator = newPage();
        signIn(coordinator, w.coordinator().email(), Fixtures.PASSWORD);
        coordinator.navigate(casePath);
        assertAccessible(coordinator);
        String childName = coordinator.locator("h1").innerText();
        go(link(coordinator, "Change details"));
        assertThat(pathOf(coordinator)).isEqualTo(casePath + "/details");
        assertThat(coordinator.locator("h1")).hasText("Change the child's details");
        assertThat(dateOfBirth(coordinator, "Year")).hasValue("2016");
        assertThat(coordinator.getByLabel(w.school().name(), new Page.GetByLabelOptions().setExact(true))).isChecked();
        dateOfBirth(coordinator, "Day").fill("15");
        dateOfBirth(coordinator, "Month").fill("5");
        dateOfBirth(coordinator, "Year").fill("2027");
        coordinator.getByLabel(SCHOOL, new Page.GetByLabelOptions().setExact(true)).check();
        go(button(coordinator, "Save"));
        assertThat(coordinator).hasTitle(Pattern.compile("^Error: Change the child's details"));
        assertErrors(coordinator, "dateOfBirth", "Date of birth must be today or in the past");
        errorLink(coordinator, "Date of birth must be today or in the past").click();
        assertThat(dateOfBirth(coordinator, "Day")).isFocused();
        // What was typed is still there.
        assertThat(dateOfBirth(coordinator, "Year")).hasValue("2027");
        assertThat(coordinator.getByLabel(SCHOOL, new Page.GetByLabelOptions().setExact(true))).isChecked();

        dateOfBirth(coordinator, "Year").fill("2016");
        coordinator.getByLabel("Name they like to be called (optional)").fill("Kitty");
        go(button(coordinator, "Save"));
        assertThat(pathOf(coordinator)).isEqualTo(casePath);
        assertThat(coordinator.locator(".govuk-notification-banner")).containsText("The details have been saved.");
        assertThat(coordinator.locator("h1")).hasText("Kitty" + childName.substring("Kit".length()));
        assertThat(detail(coordinator, "Likes to be called")).hasText("Kitty");
        assertThat(detail(coordinator, "Date of birth")).hasText("15 May 2016");
        assertThat(detail(coordinator, "School or setting")).hasText(SCHOOL);

        // The new school's SENCO now sees the child's case.
        senco.navigate("/");
        assertAccessible(senco);
        Locator cases = senco.locator("main table tbody tr");
        assertThat(cases).hasCount(1);
        assertThat(senco.locator("main")).containsText("These figures are for: All cases at " + SCHOOL + ".");
        assertThat(cases.locator("td").nth(0)).hasText(childName);
    }

    private static Locator staffRow(Page p, String name) {
        return p.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("People and their roles"))
                .locator("tbody tr").filter(new Locator.FilterOptions().setHasText(name));
    }

    private static Locator dateOfBirth(Page p, String part) {
        return p.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Date of birth"))
                .getByLabel(part, new Locator.GetByLabelOptions().setExact(true));
    }

    private static Locator detail(Page p, String key) {
        return p.locator(".govuk-summary-list__row")
                .filter(new Locator.FilterOptions().setHas(p.locator("dt", new Page.LocatorOptions().setHasText(exactly(key)))))
                .locator("dd");
    }
}
