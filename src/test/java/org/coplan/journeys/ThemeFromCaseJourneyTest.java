package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.util.concurrent.TimeUnit;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.domain.CaseAction;
import org.coplan.resolution.domain.Subject;
import org.coplan.resolution.internal.DisagreementWork;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From one child to the system. The SENCO marks the parent's disagreement on a case as an instance
 * of a new theme for the area; it waits for the family. The parent, on a small phone, reads that
 * only the count is shared, and agrees; the case is counted.
 */
class ThemeFromCaseJourneyTest extends BrowserJourney {

    @Autowired
    CaseAccess cases;

    @Autowired
    DisagreementWork disagreements;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aSencoMarksADisagreementAsAThemeAndTheParentAgreesOnAPhone() {
        World w = fixtures.world();
        CaseContext parent = cases.open(w.parent().id(), w.ownCase(), CaseAction.ADD_TO_RECORD);
        disagreements.raise(parent, Subject.other("Speech and language therapy"), "The therapy in the plan has not started.", null);
        String themes = "/cases/" + w.ownCase() + "/themes";

        signIn(w.senco().email(), Fixtures.PASSWORD);
        visit(themes);
        go(button(page, "Mark something as a theme"));
        go(button(page, "Save"));
        assertErrors(page, "theme", "Choose a theme, or choose a new theme", "from", "Choose what on the case it comes from");
        page.getByLabel("A new theme").check();
        page.getByLabel("Name of the theme").fill("Waiting for speech and language therapy");
        page.getByLabel("What it is about").fill("Therapy in the plan does not start for months.");
        page.locator("input[name=from][value^=DISAGREEMENT]").check();
        go(button(page, "Save"));
        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("Saved on the theme 'Waiting for speech and language therapy'. It counts once the family agrees.");
        assertThat(page.locator("main")).containsText("Waiting for the family to agree");

        Page phone = newPhonePage(new Browser.NewContextOptions());
        signIn(phone, w.parent().email(), Fixtures.PASSWORD);
        phone.navigate(themes);
        assertAccessible(phone);
        assertThat(phone.locator("main")).containsText("Staff asked to count this on the theme 'Waiting for speech and language therapy'. "
                + "Your child's name and details are never shared: only the count.");
        go(button(phone, "Send answer"));
        assertErrors(phone, phone.locator("input[name=answer]").first().getAttribute("id"), "Choose agree or do not agree");
        phone.getByLabel("Agree", new Page.GetByLabelOptions().setExact(true)).check();
        go(button(phone, "Send answer"));
        assertThat(phone.locator(".govuk-notification-banner")).containsText("Thank you. Your case is counted.");
        assertThat(phone.locator("main")).containsText("Agreed: it is counted");

        // the SEN manager finds a second theme that is the same problem and puts it into the first
        fixtures.people().createOrganisation(org.coplan.people.OrganisationKind.FORUM, "Forum " + java.util.UUID.randomUUID(),
                w.localAuthority().id());
        java.util.UUID twin = java.util.UUID.randomUUID();
        jdbc.sql("""
                insert into theme (id, local_authority_id, title, description, created_by, created_at)
                values (?, ?, 'Speech therapy starts late', 'Months without therapy after the plan', ?, now())""")
                .params(twin, w.localAuthority().id().value(), w.senco().id().value())
                .update();
        Page officer = newPage();
        signIn(officer, w.manager().email(), Fixtures.PASSWORD);
        officer.navigate("/forum/themes");
        assertAccessible(officer);
        go(officer.locator("a[href='/forum/themes/" + twin + "/merge']"));
        go(button(officer, "Put it into that theme"));
        assertErrors(officer, "into", "Choose the theme that is the same problem");
        officer.getByLabel("Waiting for speech and language therapy").check();
        go(button(officer, "Put it into that theme"));
        assertThat(officer.locator(".govuk-notification-banner")).containsText("The theme was put into 'Waiting for speech and language therapy'.");
        assertThat(officer.locator("main")).not().containsText("Speech therapy starts late");
    }
}
