package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An EHC needs assessment from the request to the final plan, with the test setting the date at
 * each step. The coordinator records the request (first with nothing filled in), the decision to
 * assess, a request for psychological advice and its arrival, and the decision to issue a plan;
 * then writes the draft in Coplan and sends it for comment. The parent follows every date on the
 * timeline from their phone and comments on the draft. The final plan is refused while the
 * family can still comment and issued the day after; the timeline shows the final plan on time,
 * and the SEN manager's figures count it as issued within 20 weeks.
 */
class NeedsAssessmentJourneyTest extends BrowserJourney {

    private void today(int year, int month, int day) {
        clock.set(LocalDate.of(year, month, day).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        aNewDay();
    }

    private void recordStep(String step) {
        go(button(page, "Record a step"));
        assertThat(page.locator("h1")).hasText("Which step do you want to record?");
        page.getByLabel(step, new Page.GetByLabelOptions().setExact(true)).check();
        go(button(page, "Continue"));
        assertThat(page.locator("h1")).hasText(step);
    }

    private void fillDate(String legend, int day, int month, int year) {
        Locator group = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
        group.getByLabel("Day").fill(String.valueOf(day));
        group.getByLabel("Month").fill(String.valueOf(month));
        group.getByLabel("Year").fill(String.valueOf(year));
    }

    private Locator nextStep(Page p, String what) {
        return p.locator("table").first().getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(what));
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void fromRequestToFinalPlanWithEveryDateOnTheTimeline() {
        World w = fixtures.world();
        String casePath = "/cases/" + w.ownCase();
        today(2026, 6, 1);

        // The coordinator opens the case's timeline: nothing yet.
        signIn(w.coordinator().email(), Fixtures.PASSWORD);
        visit(casePath);
        go(link(page, "What happens next and when"));
        assertThat(pathOf(page)).isEqualTo(casePath + "/timeline");
        assertThat(page.locator("main")).containsText("No legal steps have been recorded yet.");

        // The request: saved with nothing filled in, then properly.
        recordStep("Request for an EHC needs assessment received");
        go(button(page, "Save this step"));
        assertErrors(page, "source", "Select who asked for the assessment", "channel", "Select how the request arrived",
                "arrivedOn", "Enter the date the request arrived");
        page.getByLabel("A parent or carer").check();
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).check();
        fillDate("Date it arrived (for post, the date it was posted or signed for)", 1, 6, 2026);
        go(button(page, "Save this step"));
        assertErrors(page, "arrivedTime", "Enter the time the email arrived, for example 16:45. The time decides the day the request"
                + " counts as received: after 17:00 it counts from the next working day");
        assertThat(page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true))).isChecked();
        page.getByLabel("Time it arrived (needed for email)").fill("9:30");
        go(button(page, "Save this step"));
        assertThat(pathOf(page)).isEqualTo(casePath + "/timeline");
        assertThat(page.locator("main")).containsText("How it arrived: Email, on 1 June 2026 at 09:30.");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Recorded: Request for an EHC needs assessment received.");
        assertThat(nextStep(page, "Decide whether to carry out an EHC needs assessment")).containsText("By 13 July 2026");
        assertThat(nextStep(page, "Issue the final EHC plan")).containsText("By 19 October 2026");

        // The decision to assess, five weeks later.
        today(2026, 7, 6);
        visit(casePath + "/timeline");
        recordStep("Decision to carry out an assessment");
        fillDate("Date the decision was sent", 6, 7, 2026);
        go(button(page, "Save this step"));
        assertThat(page.locator("main")).containsText("6 July 2026: The council decided to carry out an EHC needs assessment");

        // Advice from the educational psychologist, the next day.
        today(2026, 7, 7);
        visit(casePath + "/timeline");
        recordStep("Advice asked for");
        page.getByLabel("Educational psychologist").check();
        page.getByLabel("Name of the adviser or service (optional)").fill("Pia Psychologist");
        fillDate("Date the adviser received the request", 7, 7, 2026);
        go(button(page, "Save this step"));
        assertThat(nextStep(page, "Advice for the assessment: Pia Psychologist")).containsText("By 18 August 2026");
        assertThat(nextStep(page, "Advice for the assessment: Pia Psychologist")).containsText("The adviser");

        today(2026, 8, 17);
        visit(casePath + "/timeline");
        recordStep("Advice received");
        page.getByLabel("Pia Psychologist, asked for on 7 July 2026").check();
        fillDate("Date the advice arrived", 17, 8, 2026);
        go(button(page, "Save this step"));
        assertThat(page.locator("main")).containsText("17 August 2026: Advice received: Pia Psychologist");

        // A date before the decision to assess is refused, with what was typed kept.
        today(2026, 9, 14);
        visit(casePath + "/timeline");
        recordStep("Decision to issue an EHC plan");
        fillDate("Date of the decision", 1, 7, 2026);
        go(button(page, "Save this step"));
        assertErrors(page, "occurredOn", "This date is before the decision to assess (6 July 2026)");
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Date of the decision")).getByLabel("Month"))
                .hasValue("7");
        fillDate("Date of the decision", 14, 9, 2026);
        go(button(page, "Save this step"));
        assertThat(page.locator("main")).containsText("14 September 2026: The council decided to issue an EHC plan");

        // The draft plan, written in Coplan and sent to the family for comment.
        today(2026, 9, 21);
        visit(casePath + "/plans");
        go(button(page, "Start an EHC plan"));
        String plan = pathOf(page);
        // The coordinator writes the plan (every section) before sending the draft.
        planFixtures.writeEverySection(w.ownCase(), w.coordinator(), java.util.UUID.fromString(plan.split("/")[4]), 1);
        go(button(page, "Send to the family for comment"));
        go(button(page, "Send for comment"));
        visit(casePath + "/timeline");
        assertThat(page.locator("main")).containsText("21 September 2026: The draft EHC plan was sent to the family");

        // The parent, on their phone, sees the window to comment and comments on the needs.
        Page parent = newPhonePage(new Browser.NewContextOptions());
        signIn(parent, w.parent().email(), Fixtures.PASSWORD);
        parent.navigate(casePath + "/timeline");
        assertAccessible(parent);
        assertThat(nextStep(parent, "Comment on the draft plan")).containsText("From 21 September 2026 to 5 October 2026");
        assertThat(nextStep(parent, "Comment on the draft plan")).containsText("Open now");
        assertThat(nextStep(parent, "Comment on the draft plan")).containsText("You and your family");
        assertThat(button(parent, "Record a step")).hasCount(0);
        parent.navigate(plan + "/sections/b");
        assertAccessible(parent);
        go(button(parent, "Add your contribution"));
        parent.getByLabel("Your contribution", new Page.GetByLabelOptions().setExact(true)).fill("Kit needs time to answer a question.");
        go(button(parent, "Send contribution"));

        // On the last day to comment the plan cannot be issued; the day after, it can.
        today(2026, 10, 5);
        visit(plan + "/sections/b");
        go(link(page, "Answer Pat Parent (Parent or carer)"));
        page.getByLabel("Included in the plan").check();
        go(button(page, "Send answer"));
        visit(plan + "/issue");
        go(button(page, "Issue as final"));
        String windowOpen = "The family can comment until the end of 5 October 2026. The plan can be issued from 6 October 2026.";
        assertThat(errorLink(page, windowOpen)).hasAttribute("href", "#reason-0");
        assertThat(page.locator("#reason-0")).containsText(windowOpen);
        today(2026, 10, 6);
        visit(plan + "/issue");
        go(button(page, "Issue as final"));
        assertThat(pathOf(page)).isEqualTo(plan);

        // The timeline: the final plan in week 18, and the family's right to appeal with its dates.
        visit(casePath + "/timeline");
        Locator met = page.locator("table").last().getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText("Issue the final EHC plan"));
        assertThat(met).containsText("19 October 2026");
        assertThat(met).containsText("6 October 2026");
        assertThat(met).containsText("Done");
        parent.navigate(casePath + "/timeline");
        assertAccessible(parent);
        assertThat(parent.locator(".govuk-warning-text")).containsText("The final EHC plan was issued on 6 October 2026.");
        assertThat(parent.locator(".govuk-warning-text")).containsText("must receive your appeal by 7 December 2026");
        assertThat(parent.locator("main")).containsText("Annual review: the council's decision after the review");
        assertThat(nextStep(parent, "Annual review")).containsText("By 6 October 2027");

        // The SEN manager sees the plan counted as issued within 20 weeks.
        Page manager = newPage();
        signIn(manager, w.manager().email(), Fixtures.PASSWORD);
        manager.navigate("/authority");
        assertAccessible(manager);
        assertThat(manager.locator("h1")).hasText("How the local authority is doing");
        assertThat(manager.locator("main")).containsText("1 of 1 (100%)");
    }
}
