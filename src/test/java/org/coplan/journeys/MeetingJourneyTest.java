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
import java.util.regex.Pattern;
import org.coplan.cases.CaseAccess;
import org.coplan.process.internal.ProcessWork;
import org.coplan.resolution.DisagreementFixtures;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.PlanFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A structured conversation from the invitation to a disagreement about what it decided, on a case
 * whose EHC plan was issued and is being amended. The coordinator arranges the meeting, first with
 * nothing filled in and then with a time in the past, and invites the parent, who replies from their
 * phone that they can come. After the meeting the coordinator writes the record through its four
 * stages (the parent's view in Explore in their own words, then Focus, Plan and Review) and marks it
 * complete; records the decision, first without the decision and its reasons, with the parent's
 * disagreement and the change it makes to section F; and adds an action from it. The parent reads
 * the whole record, the decision with its link to section F and what they can do if they disagree,
 * and the action; writes their own account of the meeting beside the official notes; and, from the
 * decision, raises a disagreement about section F and sees its path and its dates.
 */
class MeetingJourneyTest extends BrowserJourney {

    private static final String SECTION_F = "Section F: Special educational provision";
    private static final String PARENT = "Pat Parent (Parent or carer)";
    private static final String PSYCHOLOGIST = "Pia Psychologist (Educational psychologist)";
    private static final String TITLE = "Kit's speech and language support";

    private static final String PARENT_VIEW = "Kit talks more at home than at school.\nKit says the therapy room is too noisy.";
    private static final String FOCUS = "How often Kit gets speech and language therapy, and where.";
    private static final String PLAN = "Kit will answer a question in class with a short sentence by Easter.";
    private static final String REVIEW = "Therapy goes up to four sessions a week in a quieter room. Section F will change.";
    private static final String QUESTION = "How much speech and language therapy should section F say?";
    private static final String DECISION = "Four sessions a week, in the small room next to the library.";
    private static final String REASONS = "The therapist's advice is four sessions; five would take Kit out of class too often.";
    private static final String PARENT_WHY = "Kit had five sessions last year and made progress.";
    private static final String ACTION = "Write to the family with the changed section F";
    private static final String ACCOUNT = "We agreed the quieter room. I still think Kit needs five sessions, as last year.";
    private static final String DISAGREE = "The meeting decided four sessions of therapy a week. Kit needs five, as last year.";

    @Autowired
    ProcessWork processWork;

    @Autowired
    CaseAccess access;

    @Autowired
    org.coplan.support.MeetingFixtures meetingFixtures;

    private void today(int year, int month, int day) {
        clock.set(LocalDate.of(year, month, day).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        aNewDay();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aStructuredConversationDecidesAChangeToSectionFAndTheParentDisagreesWithIt() {
        World w = fixtures.world();
        String casePath = "/cases/" + w.ownCase();

        // An EHC plan issued on 6 October, now being amended, and its issue on the timeline.
        today(2026, 10, 6);
        PlanFixtures.Plans plans = planFixtures.build(w.ownCase(), w.coordinator(), w.senco(), w.parent());
        DisagreementFixtures.finalPlanIssued(processWork, access, w.coordinator(), w.ownCase(), LocalDate.of(2026, 10, 6));

        // Monday 2 November: the coordinator goes to the case's meetings. There are none yet.
        today(2026, 11, 2);
        signIn(w.coordinator().email(), Fixtures.PASSWORD);
        go(caseLink(page));
        assertThat(pathOf(page)).isEqualTo(casePath);
        go(link(page, "Meetings, decisions and actions"));
        assertThat(page.locator("h1")).hasText("Meetings, decisions and actions");
        assertThat(page.locator("main")).containsText("No meetings have been arranged yet.");
        assertThat(page.locator("main")).containsText("No decisions recorded yet.");
        assertThat(page.locator("main")).containsText("No actions yet.");

        // Arranging it with nothing filled in, then with a time that has passed: each problem is shown by its field.
        go(button(page, "Arrange a meeting"));
        assertThat(page.locator("h1")).hasText("Arrange a meeting");
        go(button(page, "Arrange and send invitations"));
        assertThat(page).hasTitle(Pattern.compile("^Error: Arrange a meeting"));
        assertErrors(page, "title", "Enter a name for the meeting", "kind", "Select what kind of meeting it is",
                "time1", "Enter the date of the proposed time", "mode", "Select how people will meet",
                "place", "Enter where the meeting is, or the link or phone number",
                "attendees", "Select at least one person to invite");
        page.getByLabel("Name of the meeting").fill(TITLE);
        fillTime(2, 11, 2026, "09:30");
        go(button(page, "Arrange and send invitations"));
        assertErrors(page, "kind", "Select what kind of meeting it is", "time1", "The proposed time must be in the future",
                "mode", "Select how people will meet", "place", "Enter where the meeting is, or the link or phone number",
                "attendees", "Select at least one person to invite");
        assertThat(page.getByLabel("Name of the meeting")).hasValue(TITLE);
        Locator firstTime = proposedTime(page);
        assertThat(firstTime.getByLabel("Day")).hasValue("2");
        assertThat(firstTime.getByLabel("Starts at")).hasValue("09:30");
        assertThat(firstTime.getByLabel("Minutes")).hasValue("60");

        // Then properly: a structured conversation in person on Tuesday 10 November, with the parent and the psychologist.
        page.getByLabel("Structured conversation").check();
        fillTime(10, 11, 2026, "14:00");
        page.getByLabel("In person").check();
        page.getByLabel("Where, or the link or phone number").fill("Room 4, Oak Road School");
        page.getByLabel(PARENT, new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel(PSYCHOLOGIST, new Page.GetByLabelOptions().setExact(true)).check();
        go(button(page, "Arrange and send invitations"));
        String meeting = pathOf(page);
        assertThat(meeting).matches(Pattern.quote(casePath) + "/meetings/[0-9a-f-]{36}");
        assertThat(banner(page)).containsText("The meeting has been arranged and the invitations sent.");
        assertThat(page.locator("h1")).hasText(TITLE);
        assertThat(row(page.locator("main"), "When")).hasText("Tuesday 10 November 2026, 14:00 to 15:00");
        assertThat(row(page.locator("main"), "In person")).hasText("Room 4, Oak Road School");
        assertThat(reply(page, PARENT)).hasText("No reply yet");
        assertThat(reply(page, PSYCHOLOGIST)).hasText("No reply yet");

        // The parent, on their phone, finds the meeting and says they can come.
        Page parent = newPhonePage(new Browser.NewContextOptions());
        signIn(parent, w.parent().email(), Fixtures.PASSWORD);
        go(caseLink(parent));
        go(link(parent, "Meetings, decisions and actions"));
        assertThat(parent.locator("#meetings ~ ul li").first()).containsText("(Structured conversation, Tuesday 10 November 2026, 14:00 to 15:00)");
        assertThat(button(parent, "Arrange a meeting")).hasCount(0);
        go(link(parent, TITLE));
        assertThat(pathOf(parent)).isEqualTo(meeting);
        parent.getByLabel("I can come", new Page.GetByLabelOptions().setExact(true)).check();
        parent.getByLabel("Anything to add? (optional)").fill("I will bring Kit's home-school book.");
        go(button(parent, "Send reply"));
        assertThat(banner(parent)).containsText("Your reply has been saved. The organiser can see it.");
        assertThat(reply(parent, PARENT)).hasText("I can come: I will bring Kit's home-school book.");
        assertThat(link(parent, "Add what someone said")).hasCount(0);
        assertThat(link(parent, "Record a decision")).hasCount(0);

        // Wednesday 11 November, the day after the meeting: the coordinator writes the record, Explore first.
        today(2026, 11, 11);
        visit(meeting);
        assertThat(reply(page, PARENT)).hasText("I can come: I will bring Kit's home-school book.");
        assertThat(page.locator("#explore ~ .govuk-body").first()).hasText("No views recorded yet.");
        go(link(page, "Add what someone said"));
        assertThat(page.locator("h1")).hasText("Add what someone said");
        page.getByLabel("Pat Parent", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("What they said").fill(PARENT_VIEW);
        go(button(page, "Save"));
        assertThat(pathOf(page)).isEqualTo(meeting);
        assertThat(banner(page)).containsText("What they said has been added to the record.");
        assertView(page);

        // Focus, Plan and Review.
        writeNotes("Write the Focus notes", "Focus: the key issues agreed", FOCUS);
        writeNotes("Write the Plan notes", "Plan: outcomes, targets and who does what", PLAN);
        writeNotes("Write the Review notes", "Review: summary and next steps", REVIEW);

        // They open the meeting again from the case's meetings, where it is listed as not yet complete, read the
        // record through and mark it complete. (Coming from another page matters to the journey's page counting:
        // completing comes back to the meeting's own address, which after #review it would take for a jump within the page.)
        go(link(page, "Meetings, decisions and actions"));
        assertThat(page.locator("#meetings ~ ul li").first()).not().containsText("Record complete");
        go(link(page, TITLE));
        assertView(page);
        assertNotes(page);
        go(button(page, "Mark the record complete"));
        assertThat(banner(page)).containsText("The record is complete.");
        assertThat(page.locator("#record ~ p .govuk-tag")).hasText("Record complete");
        assertThat(page.locator("main")).containsText("Completed by Cora Coordinator on 11 November 2026.");
        assertThat(button(page, "Mark the record complete")).hasCount(0);

        // The decision, first without the decision and its reasons: they are asked for, and nothing typed is lost.
        go(link(page, "Record a decision"));
        assertThat(page.locator("h1")).hasText("Record a decision");
        assertThat(page.locator(".govuk-caption-l")).hasText(TITLE);
        page.getByLabel("What was to be decided?").fill(QUESTION);
        page.getByLabel("What options were considered?").fill("Three sessions a week\nFour sessions a week\nFive sessions a week");
        page.getByLabel("The local authority").check();
        position(page, PARENT).getByLabel("Disagrees", new Locator.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Why? (Pat Parent)").fill(PARENT_WHY);
        position(page, PSYCHOLOGIST).getByLabel("Agrees", new Locator.GetByLabelOptions().setExact(true)).check();
        page.getByLabel(SECTION_F).check();
        go(button(page, "Save the decision"));
        assertThat(page).hasTitle(Pattern.compile("^Error: Record a decision"));
        assertErrors(page, "decision", "Enter the decision", "reasons", "Enter the reasons for the decision");
        assertThat(page.getByLabel("What was to be decided?")).hasValue(QUESTION);
        assertThat(position(page, PARENT).getByLabel("Disagrees", new Locator.GetByLabelOptions().setExact(true))).isChecked();
        assertThat(page.getByLabel("Why? (Pat Parent)")).hasValue(PARENT_WHY);
        assertThat(page.getByLabel(SECTION_F)).isChecked();
        page.getByLabel("The decision", new Page.GetByLabelOptions().setExact(true)).fill(DECISION);
        page.getByLabel("The reasons for the decision").fill(REASONS);
        go(button(page, "Save the decision"));
        String decision = pathOf(page);
        assertThat(decision).matches(Pattern.quote(casePath) + "/decisions/[0-9a-f-]{36}");
        assertThat(banner(page)).containsText("The decision has been recorded. Everyone on the team can see it.");
        assertDecision(page, plans);

        // An action from it, for the psychologist: first without saying by when.
        go(link(page, "Add an action"));
        assertThat(page.locator("h1")).hasText("Add an action");
        page.getByLabel("What needs to be done?").fill(ACTION);
        page.getByLabel(PSYCHOLOGIST, new Page.GetByLabelOptions().setExact(true)).check();
        go(button(page, "Save the action"));
        assertErrors(page, "due", "Enter the date it needs to be done by");
        assertThat(page.getByLabel("What needs to be done?")).hasValue(ACTION);
        assertThat(page.getByLabel(PSYCHOLOGIST, new Page.GetByLabelOptions().setExact(true))).isChecked();
        Locator due = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("By when?"));
        due.getByLabel("Day").fill("1");
        due.getByLabel("Month").fill("12");
        due.getByLabel("Year").fill("2026");
        go(button(page, "Save the action"));
        assertThat(pathOf(page)).isEqualTo(meeting);
        assertThat(banner(page)).containsText("The action has been added.");
        assertThat(actionLine(page)).containsText(ACTION + " (Pia Psychologist, by 1 December 2026) To do");

        // The parent sees the whole record, the decision and the action.
        parent.reload();
        assertAccessible(parent);
        assertThat(parent.locator("#record ~ p .govuk-tag")).hasText("Record complete");
        assertView(parent);
        assertNotes(parent);
        assertThat(link(parent, "Write the Focus notes")).hasCount(0);
        assertThat(button(parent, "Mark the record complete")).hasCount(0);
        assertThat(actionLine(parent)).containsText(ACTION + " (Pia Psychologist, by 1 December 2026) To do");
        go(link(parent, QUESTION));
        assertThat(pathOf(parent)).isEqualTo(decision);
        assertDecision(parent, plans);
        assertThat(link(parent, "Add an action")).hasCount(0);

        // The section the decision changes opens from the decision.
        go(link(parent, SECTION_F));
        assertThat(pathOf(parent)).isEqualTo(casePath + "/plans/" + plans.ehcPlan() + "/versions/2/sections/f");
        assertThat(parent.locator("h1")).hasText(SECTION_F);
        parent.goBack();
        assertAccessible(parent);

        // The action, which the parent can read but not change.
        go(link(parent, ACTION));
        assertThat(parent.locator("h1")).hasText("Action");
        Locator action = parent.locator("main .govuk-summary-list");
        assertThat(row(action, "What")).hasText(ACTION);
        assertThat(row(action, "Who")).hasText(PSYCHOLOGIST);
        assertThat(row(action, "Due")).hasText("1 December 2026");
        assertThat(row(action, "Status")).hasText("To do");
        assertThat(button(parent, "Save")).hasCount(0);
        go(link(parent, "See the decision"));
        assertThat(pathOf(parent)).isEqualTo(decision);

        // The parent's own account of the meeting, beside the official notes.
        go(link(parent, "Back"));
        assertThat(pathOf(parent)).isEqualTo(meeting);
        assertThat(parent.locator("main")).containsText("No one in the family has written an account yet.");
        go(link(parent, "Write your account of the meeting"));
        assertThat(parent.locator("h1")).hasText("Your account of the meeting");
        parent.getByLabel("Notes").fill(ACCOUNT);
        go(button(parent, "Save"));
        assertThat(pathOf(parent)).isEqualTo(meeting);
        assertThat(banner(parent)).containsText("The notes have been saved.");
        Locator account = parent.locator(".govuk-inset-text").filter(new Locator.FilterOptions().setHasText("The account of " + PARENT));
        assertThat(account.locator(".coplan-own-words")).hasText(ACCOUNT);
        assertThat(account).containsText("11 November 2026");
        assertThat(link(parent, "Change your account of the meeting")).isVisible();
        assertNotes(parent);

        // The coordinator sees the parent's account beside the notes, and cannot change it.
        page.reload();
        assertAccessible(page);
        assertThat(page.locator(".govuk-inset-text").filter(new Locator.FilterOptions().setHasText("The account of " + PARENT))
                .locator(".coplan-own-words")).hasText(ACCOUNT);
        assertThat(link(page, "Change your account of the meeting")).hasCount(0);

        // From the decision, the parent follows what they can do if they disagree, and raises a disagreement about section F.
        go(link(parent, QUESTION));
        go(link(parent, "See the deadlines for mediation and appeal on the timeline"));
        assertThat(pathOf(parent)).isEqualTo(casePath + "/timeline");
        go(parent.locator(".govuk-warning-text").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Raise a disagreement")));
        assertThat(parent.locator("h1")).hasText("Raise a disagreement");
        parent.getByLabel("A part of a plan").check();
        parent.getByLabel("Which part of the plan?").selectOption("F");
        parent.getByLabel("What do you disagree with, and why?").fill(DISAGREE);
        parent.getByLabel("What would you like to happen? (optional)").fill("Five sessions a week written into section F.");
        go(button(parent, "Raise the disagreement"));
        assertThat(banner(parent)).containsText("Your disagreement has been raised. Everyone on the case can see it.");
        assertThat(parent.locator("h1")).hasText("Disagreement about " + SECTION_F);
        Locator summary = parent.locator("main .govuk-summary-list").first();
        assertThat(row(summary, "What they disagree with and why")).hasText(DISAGREE);
        assertThat(row(summary, "Raised by")).hasText(PARENT + ", 11 November 2026");

        // Its path: talking it through now, then mediation and the SEND Tribunal, with their dates.
        assertThat(parent.locator("#stage")).hasText("Talking it through");
        assertThat(parent.locator("#route")).containsText("You can go to mediation and then to the SEND Tribunal");
        assertThat(parent.locator("#path li")).hasCount(5);
        Locator here = parent.locator("#path li").filter(new Locator.FilterOptions().setHasText("You are here"));
        assertThat(here).hasCount(1);
        assertThat(here).containsText("Talking it through");
        assertThat(parent.locator("#path li")).hasText(new String[] {"Talking it through You are here", "Support from SENDIASS",
                "Disagreement resolution", "Mediation", "Appeal to the SEND Tribunal"});
        assertThat(dateRow(parent, "Contact a mediation adviser")).containsText(
                "By Friday 4 December 2026 (the legal last day is Sunday 6 December, when offices are closed)");
        assertThat(dateRow(parent, "The SEND Tribunal must receive the appeal")).containsText("By 7 December 2026");
        assertThat(parent.locator("main")).containsText("The decision notice was sent on 6 October 2026.");
    }

    /**
     * The coordinator moves a meeting, first to a time that has passed, then cancels it with a reason;
     * the parent, on a phone 320 pixels wide, sees it cancelled on the case's meetings, and the actions
     * (overdue, open, done and cancelled) with each one's status in view and nothing scrolling sideways.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aMeetingIsMovedThenCancelledAndTheParentReadsTheActionsOnASmallPhone() {
        World w = fixtures.world();
        String casePath = "/cases/" + w.ownCase();
        meetingFixtures.build(w.coordinator(), w.ownCase(), w.psychologist());
        meetingFixtures.action(w.coordinator(), w.ownCase(), LocalDate.of(2026, 11, 2), org.coplan.meetings.domain.ActionStatus.OPEN);
        meetingFixtures.action(w.coordinator(), w.ownCase(), LocalDate.of(2026, 11, 1), org.coplan.meetings.domain.ActionStatus.DONE);
        meetingFixtures.action(w.coordinator(), w.ownCase(), LocalDate.of(2026, 11, 3), org.coplan.meetings.domain.ActionStatus.CANCELLED);
        String meeting = casePath + "/meetings/" + meetingFixtures.build(w.coordinator(), w.ownCase(), null).meeting();

        // The coordinator moves the meeting: a time that has passed is refused beside the date, then a new one is taken.
        signIn(w.coordinator().email(), Fixtures.PASSWORD);
        visit(meeting);
        go(link(page, "Move the meeting to another time"));
        assertThat(page.locator("h1")).hasText("Move the meeting");
        Locator when = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("New date"));
        when.getByLabel("Day").fill("20");
        when.getByLabel("Month").fill("11");
        when.getByLabel("Year").fill("2026");
        go(button(page, "Move the meeting and tell everyone"));
        assertErrors(page, "when", "The proposed time must be in the future");
        assertThat(when.getByLabel("Day")).hasValue("20");
        when.getByLabel("Day").fill("3");
        when.getByLabel("Month").fill("12");
        go(button(page, "Move the meeting and tell everyone"));
        assertThat(pathOf(page)).isEqualTo(meeting);
        assertThat(banner(page)).containsText("The meeting has moved.");
        assertThat(row(page.locator("main"), "When")).containsText("Thursday 3 December 2026");

        // Then cancels it, saying why.
        go(link(page, "Cancel the meeting"));
        assertThat(page.locator("h1")).hasText("Cancel the meeting");
        page.getByLabel("Why is it cancelled? (optional)").fill("The family asked to wait until after the hospital appointment.");
        go(button(page, "Cancel the meeting and tell everyone"));
        assertThat(banner(page)).containsText("The meeting has been cancelled.");
        assertThat(page.locator("#cancelled")).containsText("The family asked to wait until after the hospital appointment.");
        assertThat(link(page, "Move the meeting to another time")).hasCount(0);

        // The parent, on a small phone: the meeting shows as cancelled, and each action's status is in view.
        Page parent = newPhonePage(new Browser.NewContextOptions());
        signIn(parent, w.parent().email(), Fixtures.PASSWORD);
        parent.navigate(casePath);
        assertAccessible(parent);
        go(link(parent, "Meetings, decisions and actions"));
        assertThat(parent.locator("#meetings ~ ul li").filter(new Locator.FilterOptions().setHasText("Cancelled"))).hasCount(1);
        int width = ((Number) parent.evaluate("() => document.scrollingElement.scrollWidth")).intValue();
        assertThat(width).as("the page's width at 320 pixels").isLessThanOrEqualTo(320);
        Locator statuses = parent.locator(".coplan-action-status .govuk-tag");
        assertThat(statuses).hasCount(4);
        assertThat(statuses).hasText(new String[] {"Overdue", "To do", "Done", "Cancelled"});
        for (int i = 0; i < 4; i++) {
            Locator status = statuses.nth(i);
            assertThat(status).isVisible();
            var box = status.boundingBox();
            assertThat(box.x).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as("status %d is within the screen", i).isLessThanOrEqualTo(320);
        }
    }

    /** The first proposed time's boxes. */
    private static Locator proposedTime(Page p) {
        return p.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Proposed time").setExact(true));
    }

    private void fillTime(int day, int month, int year, String start) {
        Locator time = proposedTime(page);
        time.getByLabel("Day").fill(String.valueOf(day));
        time.getByLabel("Month").fill(String.valueOf(month));
        time.getByLabel("Year").fill(String.valueOf(year));
        time.getByLabel("Starts at").fill(start);
        time.getByLabel("Minutes").fill("60");
    }

    /** Opens one of the official parts of the record, writes it and saves it, back on the meeting. */
    private void writeNotes(String link, String heading, String notes) {
        String meeting = pathOf(page);
        go(link(page, link));
        assertThat(page.locator("h1")).hasText(heading);
        page.getByLabel("Notes").fill(notes);
        go(button(page, "Save"));
        assertThat(pathOf(page)).isEqualTo(meeting);
        assertThat(banner(page)).containsText("The notes have been saved.");
    }

    /** The parent's view in Explore, in their words and said by them, with who wrote it down. */
    private static void assertView(Page p) {
        Locator view = p.locator(".govuk-inset-text").filter(new Locator.FilterOptions().setHasText(PARENT + " said:"));
        assertThat(view).hasCount(1);
        assertThat(view.locator(".coplan-own-words")).hasText(PARENT_VIEW);
        assertThat(view).containsText("Written down by Cora Coordinator on 11 November 2026");
    }

    /** Focus, Plan and Review, each under its own heading with its author. */
    private static void assertNotes(Page p) {
        for (String[] part : new String[][] {{"focus", FOCUS}, {"plan", PLAN}, {"review", REVIEW}}) {
            Locator written = p.locator("#" + part[0] + " + .govuk-hint + div");
            assertThat(written.locator(".coplan-own-words")).hasText(part[1]);
            assertThat(written).containsText("Written by Cora Coordinator (EHC coordinator), 11 November 2026");
        }
    }

    /** Everything the decision page says, as the coordinator and the family see it. */
    private static void assertDecision(Page p, PlanFixtures.Plans plans) {
        assertThat(p.locator("h1")).hasText("Decision");
        assertThat(p.locator(".govuk-caption-l")).hasText(TITLE);
        Locator summary = p.locator("main .govuk-summary-list").first();
        assertThat(row(summary, "The question")).hasText(QUESTION);
        assertThat(row(summary, "Options considered")).hasText("Three sessions a week\nFour sessions a week\nFive sessions a week");
        assertThat(row(summary, "Decided by")).hasText("The local authority");
        assertThat(row(summary, "The decision")).hasText(DECISION);
        assertThat(row(summary, "Reasons")).hasText(REASONS);
        assertThat(row(summary, "Recorded by")).hasText("Cora Coordinator (EHC coordinator), 11 November 2026");
        Locator section = row(summary, "Plan sections it changes").getByRole(AriaRole.LINK);
        assertThat(section).hasText(SECTION_F);
        assertThat(section).hasAttribute("href", Pattern.compile("/plans/" + plans.ehcPlan() + "/versions/2/sections/f$"));
        Locator positions = p.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("What each person thinks"));
        Locator parentsView = positions.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(PARENT)).locator("td");
        // typed in by the coordinator, so marked as entered for the parent until the parent confirms it
        assertThat(parentsView).hasText(new String[] {PARENT,
                "Disagrees Entered by Cora Coordinator for Pat Parent. Not yet confirmed.", PARENT_WHY});
        Locator psychologistsView = positions.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(PSYCHOLOGIST)).locator("td");
        assertThat(psychologistsView).hasText(new String[] {PSYCHOLOGIST,
                "Agrees Entered by Cora Coordinator for Pia Psychologist. Not yet confirmed.", ""});
        assertThat(p.locator("#if-you-disagree + p")).hasText(Pattern.compile(
                "^Talk to your EHC coordinator first\\. SENDIASS can give you free, impartial advice\\..*"
                        + "appeal to the SEND Tribunal about what an EHC plan says\\."));
        assertThat(link(p, "See the deadlines for mediation and appeal on the timeline")).isVisible();
    }

    private static Locator position(Page p, String who) {
        return p.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(who).setExact(true));
    }

    private static Locator reply(Page p, String who) {
        return p.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Who is invited and their replies"))
                .getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(who)).locator("td").nth(1);
    }

    private static Locator actionLine(Page p) {
        return p.locator("#actions + ul li").filter(new Locator.FilterOptions().setHasText(ACTION));
    }

    private static Locator caseLink(Page p) {
        return p.locator("main table").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^Kit Child\\d+$")));
    }

    private static Locator banner(Page p) {
        return p.locator(".govuk-notification-banner");
    }

    private static Locator dateRow(Page p, String what) {
        return p.locator("#dates").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(what));
    }

    /** The value beside a key in a summary list. */
    private static Locator row(Locator list, String key) {
        return list.locator(".govuk-summary-list__row")
                .filter(new Locator.FilterOptions().setHas(list.page().locator("dt", new Page.LocatorOptions().setHasText(exactly(key)))))
                .locator("dd");
    }
}
