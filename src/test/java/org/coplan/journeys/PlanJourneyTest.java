package org.coplan.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An EHC plan written with the family, from an empty draft to an issued final. The coordinator starts
 * the plan; the parent, on a small phone, contributes to the needs and the provision; a psychologist
 * sends advice; the coordinator answers every contribution, writes the needs, an outcome and the
 * provision that serves it, and sends the plan to the family for comment. On the way the parent asks a
 * question in a section's discussion and the coordinator replies under it, both through the page's forms. The parent agrees with most
 * sections and disagrees with one, saying why; the coordinator sees who agrees with what and issues
 * the plan, which cannot happen while a contribution is unanswered. The parent then sees every answer
 * and their disagreement on the final plan, and its print-friendly page.
 */
class PlanJourneyTest extends BrowserJourney {

    /** The test clock's date, as pages show it. */
    private static final String TODAY = "23 November 2026";

    /** The day the plan is issued, after the family's 15 days to comment. */
    private static final String ISSUED = "8 December 2026";

    private static final String SECTION_A = "Section A: Views, interests and aspirations";
    private static final String SECTION_B = "Section B: Special educational needs";
    private static final String SECTION_E = "Section E: Outcomes";
    private static final String SECTION_F = "Section F: Special educational provision";
    private static final String SECTION_K = "Section K: Advice and information";
    private static final List<String> EHC_SECTIONS = List.of(
            SECTION_A, SECTION_B, "Section C: Health care needs",
            "Section D: Social care needs", SECTION_E, SECTION_F, "Section G: Health care provision",
            "Section H1: Social care provision under the Chronically Sick and Disabled Persons Act 1970",
            "Section H2: Other social care provision", "Section I: School or other institution",
            "Section J: Personal budget and direct payments", SECTION_K);

    private static final String PARENT_ON_NEEDS = "Kit finds busy, noisy rooms hard.\nKit needs time to answer a question.";
    private static final String PARENT_ON_PROVISION = "Kit would like a quiet room to work in every afternoon.";
    private static final String PSYCHOLOGIST_ADVICE = "Kit learns best with pictures and short spoken instructions.";
    private static final String NOT_INCLUDED_BECAUSE =
            "Kit can already use the school's quiet room at any time, so it does not need to be in the plan.";
    private static final String SECTION_B_TEXT = "Kit finds it hard to follow spoken instructions with more than two steps.\n"
            + "Kit learns best with pictures.";
    private static final String NEED = "Finds it hard to follow spoken instructions with more than two steps";
    private static final String OUTCOME = "Will follow a three-step instruction in class";
    private static final String PROVISION = "Speech and language therapy, working on following instructions";
    private static final String PARENT_QUESTION = "Can Kit's drawing of his favourite train go in this section?";
    private static final String COORDINATOR_REPLY = "Yes, please. Add it as a contribution and I will put it in.";
    private static final String DISAGREEMENT = "Three sessions a week will not be enough. Kit had five last year.";

    /** The whole journey visits some 60 pages, each scanned: on a busy build machine it can take longer than the usual three minutes. */
    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void familyAndCoordinatorWriteAnEhcPlanTogetherFromFirstDraftToIssuedFinal() {
        World w = fixtures.world();
        String casePath = "/cases/" + w.ownCase();
        // The assessment is on the case's timeline up to the decision to issue a plan.
        planFixtures.decidedToIssue(w.ownCase(), w.coordinator());

        // The coordinator opens the case's plans: there are none yet, so they start an EHC plan.
        signIn(w.coordinator().email(), Fixtures.PASSWORD);
        go(caseLink(page));
        assertThat(pathOf(page)).isEqualTo(casePath);
        String childName = page.locator("h1").innerText();
        go(link(page, "Plans"));
        assertThat(pathOf(page)).isEqualTo(casePath + "/plans");
        assertThat(page.locator("h1")).hasText("Plans");
        assertThat(page.locator("main")).containsText("There is no plan yet.");
        assertThat(button(page, "Start an SEN support plan")).hasCount(0); // that is the SENCO's to start
        go(button(page, "Start an EHC plan"));
        String plan = pathOf(page);
        assertThat(plan).matches(Pattern.quote(casePath) + "/plans/[0-9a-f-]{36}/versions/1");
        assertThat(banner(page)).containsText("The plan has been started. Anyone on the team can now contribute to any section.");
        assertThat(page.locator("h1")).hasText("Education, Health and Care plan");
        assertThat(page.locator(".govuk-caption-l")).hasText(childName + ": Education, Health and Care plan, version 1 (draft)");
        assertThat(page.locator(".govuk-task-list__link")).hasText(EHC_SECTIONS.toArray(String[]::new));
        for (String section : EHC_SECTIONS) {
            assertThat(taskStatus(page, section)).hasText("Not written yet");
        }

        // Issuing the empty plan the day it was started is refused, with every reason and where to put it right.
        go(button(page, "Issue as final"));
        assertThat(page.locator("h2#reasons")).hasText("Before this plan can be issued");
        go(button(page, "Issue as final"));
        assertThat(page).hasTitle(Pattern.compile("^Error: Issue as final"));
        assertThat(page.locator(".govuk-error-summary__list a")).hasText(new String[] {
                "Nothing has been written yet in sections A, B, C, D, E, F, G, H1, H2, I, J, K.",
                "The draft has not been sent to the family for comment. The law gives them at least 15 days to comment on a draft before it is made final."});
        assertThat(link(page, "Write the sections")).isVisible();
        assertThat(link(page, "Send the draft for comment")).isVisible();
        go(link(page, "Back"));
        assertThat(pathOf(page)).isEqualTo(plan);

        // The parent, on their phone, finds the draft and contributes to the needs: first with nothing written.
        Page parent = newPhonePage(new Browser.NewContextOptions());
        signIn(parent, w.parent().email(), Fixtures.PASSWORD);
        go(caseLink(parent));
        go(link(parent, "Plans"));
        go(link(parent, "Version 1 (draft)"));
        assertThat(pathOf(parent)).isEqualTo(plan);
        assertThat(parent.locator("main")).containsText("This is a draft. Anyone on the team can contribute to any section.");
        assertThat(button(parent, "Send to the family for comment")).hasCount(0);
        assertThat(button(parent, "Issue as final")).hasCount(0);
        go(link(parent, SECTION_B));
        assertThat(parent.locator("h1")).hasText(SECTION_B);
        assertThat(parent.locator("main")).containsText("No contributions yet.");
        assertThat(link(parent, "Change the text")).hasCount(0);
        go(button(parent, "Add your contribution"));
        assertThat(parent.locator(".govuk-caption-l")).hasText(SECTION_B);
        assertThat(parent.getByLabel("Parent or carer view")).isChecked();
        go(button(parent, "Send contribution"));
        assertThat(parent).hasTitle(Pattern.compile("^Error: Add your contribution"));
        assertErrors(parent, "body", "Write your contribution");
        errorLink(parent, "Write your contribution").click();
        assertThat(parent.getByLabel("Your contribution", new Page.GetByLabelOptions().setExact(true))).isFocused();
        parent.getByLabel("Your contribution", new Page.GetByLabelOptions().setExact(true)).fill(PARENT_ON_NEEDS);
        go(button(parent, "Send contribution"));
        assertThat(pathOf(parent)).isEqualTo(plan + "/sections/b");
        assertThat(banner(parent)).containsText("Your contribution has been added. You will be told when it has an answer.");
        Locator mine = card(parent, "Pat Parent (Parent or carer)");
        assertThat(mine.locator(".coplan-own-words")).hasText(PARENT_ON_NEEDS);
        assertThat(mine).containsText("Parent or carer view, " + TODAY);
        assertThat(mine.locator(".govuk-tag")).hasText("Waiting for an answer");

        // And to the provision, straight away this time.
        go(link(parent, "Back to the plan"));
        go(link(parent, SECTION_F));
        go(button(parent, "Add your contribution"));
        parent.getByLabel("Your contribution", new Page.GetByLabelOptions().setExact(true)).fill(PARENT_ON_PROVISION);
        go(button(parent, "Send contribution"));
        assertThat(pathOf(parent)).isEqualTo(plan + "/sections/f");
        assertThat(card(parent, "Pat Parent (Parent or carer)").locator(".coplan-own-words")).hasText(PARENT_ON_PROVISION);

        // The parent asks a question in section A's discussion, pressing the button before writing it first.
        go(link(parent, "Back to the plan"));
        go(link(parent, SECTION_A));
        assertThat(parent.locator("main")).containsText("No comments yet.");
        go(button(parent, "Post comment"));
        assertThat(parent).hasTitle(Pattern.compile("^Error: "));
        assertErrors(parent, "comment", "Write your comment");
        errorLink(parent, "Write your comment").click();
        assertThat(parent.getByLabel("Add a comment")).isFocused();
        parent.getByLabel("Add a comment").fill(PARENT_QUESTION);
        go(button(parent, "Post comment"));
        assertThat(pathOf(parent)).isEqualTo(plan + "/sections/a");
        assertThat(banner(parent)).containsText("Your comment has been posted.");
        assertThat(comment(parent, PARENT_QUESTION).locator(".coplan-own-words").first()).hasText(PARENT_QUESTION);

        // The psychologist sends their advice to section K.
        Page psychologist = newPage();
        signIn(psychologist, w.psychologist().email(), Fixtures.PASSWORD);
        psychologist.navigate(plan + "/sections/k");
        assertAccessible(psychologist);
        go(button(psychologist, "Add your contribution"));
        assertThat(psychologist.getByLabel("Professional advice")).isChecked();
        psychologist.getByLabel("Your contribution", new Page.GetByLabelOptions().setExact(true)).fill(PSYCHOLOGIST_ADVICE);
        go(button(psychologist, "Send contribution"));
        assertThat(card(psychologist, "Pia Psychologist (Educational psychologist)").locator(".coplan-own-words"))
                .hasText(PSYCHOLOGIST_ADVICE);

        // The coordinator sees three contributions waiting, and includes the parent's view of the needs.
        visit(plan);
        assertThat(page.locator("main")).containsText("3 contributions are waiting for an answer");
        for (String section : List.of(SECTION_B, SECTION_F, SECTION_K)) {
            assertThat(taskStatus(page, section)).hasText("Waiting for an answer");
        }
        assertThat(taskHint(page, SECTION_B)).hasText("1 contribution, 1 waiting for an answer, no comments");
        go(link(page, SECTION_B));
        go(link(page, "Answer Pat Parent (Parent or carer)"));
        assertThat(page.locator("h1")).hasText("Answer a contribution");
        assertThat(page.locator(".govuk-inset-text .coplan-own-words")).hasText(PARENT_ON_NEEDS);
        page.getByLabel("Included in the plan").check();
        go(button(page, "Send answer"));
        assertThat(pathOf(page)).isEqualTo(plan + "/sections/b");
        assertThat(banner(page)).containsText("Your answer has been saved and the contributor has been told.");
        Locator answered = card(page, "Pat Parent (Parent or carer)");
        assertThat(answered.locator(".govuk-tag")).hasText("Included in the plan");
        assertThat(answered).containsText("Answered by Cora Coordinator, EHC coordinator, on " + TODAY);
        assertThat(link(page, "Answer Pat Parent (Parent or carer)")).hasCount(0);

        // They write section B's text, with the parent's words beside the box.
        go(link(page, "Change the text"));
        assertThat(page.locator("h1")).hasText(SECTION_B);
        assertThat(page.locator("details summary")).hasText("Contributions to this section (1)");
        page.getByLabel("The text of this section").fill(SECTION_B_TEXT);
        page.getByLabel("What did you change and why? (optional)").fill("First draft, using the family's view.");
        go(button(page, "Save"));
        assertThat(pathOf(page)).isEqualTo(plan + "/sections/b");
        assertThat(banner(page)).containsText("The section has been saved.");
        assertThat(page.locator("#text ~ .coplan-own-words").first()).hasText(SECTION_B_TEXT);
        assertThat(page.locator("main")).containsText("Written by Cora Coordinator (EHC coordinator), " + TODAY);

        // A need in section B.
        go(button(page, "Add a need"));
        assertThat(page.locator("h1")).hasText("Add a need");
        page.getByLabel("The need").fill(NEED);
        go(button(page, "Save"));
        assertThat(pathOf(page)).isEqualTo(plan + "/sections/b");
        assertThat(banner(page)).containsText("Saved.");
        assertThat(page.locator(".govuk-summary-card__title").filter(new Locator.FilterOptions().setHasText("1. "))).hasText("1. " + NEED);

        // An outcome in section E, linked to the need.
        go(link(page, "Back to the plan"));
        go(link(page, SECTION_E));
        go(button(page, "Add an outcome"));
        page.getByLabel("The outcome").fill(OUTCOME);
        page.getByLabel("By when").fill("By the end of Year 6");
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Which needs does it address?"))
                .getByLabel(NEED).check();
        go(button(page, "Save"));
        assertThat(pathOf(page)).isEqualTo(plan + "/sections/e");
        Locator outcome = card(page, "1. " + OUTCOME);
        assertThat(row(outcome, "By when")).hasText("By the end of Year 6");
        assertThat(row(outcome, "Needs it addresses")).hasText(NEED);

        // The parent's wish for section F is not included: first without a reason, which is not allowed.
        go(link(page, "Back to the plan"));
        go(link(page, SECTION_F));
        go(link(page, "Answer Pat Parent (Parent or carer)"));
        page.getByLabel("Not included").check();
        go(button(page, "Send answer"));
        assertThat(page).hasTitle(Pattern.compile("^Error: Answer a contribution"));
        assertErrors(page, "explanation", "Say why it is not included");
        assertThat(page.getByLabel("Not included")).isChecked();
        page.getByLabel("Explain your answer").fill(NOT_INCLUDED_BECAUSE);
        go(button(page, "Send answer"));
        assertThat(pathOf(page)).isEqualTo(plan + "/sections/f");
        Locator notIncluded = card(page, "Pat Parent (Parent or carer)");
        assertThat(notIncluded.locator(".govuk-tag")).hasText("Not included");
        assertThat(notIncluded.locator(".govuk-inset-text .coplan-own-words")).hasText(NOT_INCLUDED_BECAUSE);

        // Provision in section F, serving the outcome.
        go(button(page, "Add provision"));
        page.getByLabel("What will be provided").fill(PROVISION);
        page.getByLabel("Who provides it").fill("Speech and language therapist from the NHS trust");
        page.getByLabel("How often").fill("3 times a week");
        page.getByLabel("For how long each time").fill("30 minutes");
        page.getByLabel("Group size").fill("1 to 1");
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Which outcomes does it serve?"))
                .getByLabel(OUTCOME).check();
        go(button(page, "Save"));
        assertThat(pathOf(page)).isEqualTo(plan + "/sections/f");
        Locator provision = card(page, "1. " + PROVISION);
        assertThat(row(provision, "Who provides it")).hasText("Speech and language therapist from the NHS trust");
        assertThat(row(provision, "How often")).hasText("3 times a week");
        assertThat(row(provision, "For how long each time")).hasText("30 minutes");
        assertThat(row(provision, "Group size")).hasText("1 to 1");
        assertThat(row(provision, "Outcomes it serves")).hasText(OUTCOME);

        // The coordinator replies to the parent's question, under it: the reply box, sent empty, says so beside itself.
        go(link(page, "Back to the plan"));
        go(link(page, SECTION_A));
        Locator question = comment(page, PARENT_QUESTION);
        question.locator("summary").getByText("Reply").click();
        String replyBox = question.getByLabel("Your reply").getAttribute("id");
        go(question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Post comment")));
        assertErrors(page, replyBox, "Write your comment");
        assertThat(question.getByLabel("Your reply")).isVisible();
        question.getByLabel("Your reply").fill(COORDINATOR_REPLY);
        go(question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Post comment")));
        assertThat(pathOf(page)).isEqualTo(plan + "/sections/a");
        assertThat(banner(page)).containsText("Your comment has been posted.");
        assertThat(comment(page, PARENT_QUESTION).locator("li .coplan-own-words")).hasText(COORDINATOR_REPLY);
        assertThat(comment(page, PARENT_QUESTION).locator("li")).containsText("Cora Coordinator (EHC coordinator)");

        // The parent is told of both answers by email.
        await().atMost(Duration.ofSeconds(10)).until(() -> TestMail.to(w.parent().email()).size() == 2);
        assertThat(TestMail.body(TestMail.to(w.parent().email()).get(0)))
                .contains("Cora Coordinator has answered your contribution to a plan.");

        // The coordinator writes the sections the journey does not visit, then sends the draft to the family for 15 days.
        planFixtures.writeEverySection(w.ownCase(), w.coordinator(), java.util.UUID.fromString(plan.split("/")[4]), 1);
        go(link(page, "Back to the plan"));
        go(button(page, "Send to the family for comment"));
        assertThat(page.locator("h1")).hasText("Send to the family for comment");
        assertThat(page.getByLabel("How many days do they have to comment?")).hasValue("15");
        page.getByLabel("How many days do they have to comment?").fill("15");
        go(button(page, "Send for comment"));
        assertThat(pathOf(page)).isEqualTo(plan);
        assertThat(banner(page)).containsText("The plan has been sent for comment.");
        assertThat(page.locator(".govuk-inset-text .govuk-tag")).hasText("proposed for comment");
        assertThat(page.locator("main")).containsText("Comments are open until the end of 7 December 2026.");
        assertAgreementColumns(page);
        assertThat(agreement(page, "F", "Pat Parent")).hasText("Not read yet");

        // The parent says whether they agree with each section: they disagree with F, but forget to say why.
        parent.navigate(plan);
        assertAccessible(parent);
        go(button(parent, "Say whether you agree"));
        assertThat(parent.locator("h1")).hasText("Say whether you agree");
        for (String section : EHC_SECTIONS) {
            mark(parent, section, section.equals(SECTION_F) ? "I disagree" : "I agree").check();
        }
        go(button(parent, "Save"));
        assertThat(parent).hasTitle(Pattern.compile("^Error: Say whether you agree"));
        String noReason = "Say what you disagree with in " + SECTION_F + ", and why";
        assertErrors(parent, "reason-F", noReason);
        assertThat(mark(parent, SECTION_F, "I disagree")).isChecked();
        assertThat(mark(parent, SECTION_B, "I agree")).isChecked();
        errorLink(parent, noReason).click();
        Locator reasonF = parent.getByLabel("If you disagree with section F, what and why?");
        assertThat(reasonF).isFocused();
        reasonF.fill(DISAGREEMENT);
        go(button(parent, "Save"));
        assertThat(pathOf(parent)).isEqualTo(plan);
        assertThat(banner(parent)).containsText("Thank you. Your answers have been saved.");

        // The coordinator sees who agrees, section by section.
        visit(plan);
        assertAgreementColumns(page);
        for (String letter : List.of("A", "B", "C", "D", "E", "G", "H1", "H2", "I", "J", "K")) {
            assertThat(agreement(page, letter, "Pat Parent")).hasText("Agrees");
            assertThat(agreement(page, letter, "Kit Child")).hasText("Not read yet");
        }
        assertThat(agreement(page, "F", "Pat Parent")).hasText("Disagrees");
        assertThat(taskStatus(page, SECTION_F)).hasText("Someone disagrees");
        assertThat(taskStatus(page, SECTION_K)).hasText("Waiting for an answer");

        // The plan cannot be issued while the psychologist's advice has no answer; the page says which.
        go(button(page, "Issue as final"));
        assertThat(page.locator("h1")).hasText("Issue as final");
        assertThat(page.locator("main")).containsText("1 contribution is waiting for an answer");
        Locator outstanding = link(page, SECTION_K + ": from Pia Psychologist (Educational psychologist)");
        assertThat(outstanding).isVisible();
        String windowOpen = "The family can comment until the end of 7 December 2026. The plan can be issued from 8 December 2026.";
        assertThat(page.locator("#reasons + ul")).containsText(windowOpen);
        go(button(page, "Issue as final"));
        assertThat(page).hasTitle(Pattern.compile("^Error: Issue as final"));
        assertThat(page.locator(".govuk-error-summary__list a")).hasText(new String[] {windowOpen, "1 contribution is waiting for an answer."});
        errorLink(page, "1 contribution is waiting for an answer.").click();
        assertThat(page.locator("#reason-1")).isFocused();
        link(page, "Answer the contributions").click(); // a link further down the same page
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("1 contribution is waiting for an answer")))
                .isVisible();
        assertThat(outstanding).isVisible();
        go(outstanding);
        assertThat(page.locator(".govuk-inset-text .coplan-own-words")).hasText(PSYCHOLOGIST_ADVICE);
        page.getByLabel("Included with changes").check();
        page.getByLabel("Explain your answer").fill("The advice is summarised in section B and attached as appendix 1.");
        go(button(page, "Send answer"));
        assertThat(pathOf(page)).isEqualTo(plan + "/sections/k");
        assertThat(card(page, "Pia Psychologist (Educational psychologist)").locator(".govuk-tag")).hasText("Included with changes");

        // The comment window closes. Now the plan can be issued, with the parent's disagreement kept on the record.
        clock.advance(Duration.ofDays(15));
        aNewDay();
        go(link(page, "Back to the plan"));
        assertThat(page.locator("main")).containsText("The comment window closed at the end of 7 December 2026.");
        go(button(page, "Issue as final"));
        assertThat(page.locator("main")).containsText("Every contribution has an answer.");
        assertThat(page.locator("#reasons")).hasCount(0);
        assertThat(page.locator("main")).containsText(SECTION_F + ": 1 disagreement will stay on the record of the final plan.");
        go(button(page, "Issue as final"));
        assertThat(pathOf(page)).isEqualTo(plan);
        assertThat(banner(page)).containsText("The plan has been issued.");
        assertThat(page.locator(".govuk-inset-text .govuk-tag")).hasText("final");
        assertThat(page.locator("main")).containsText("Issued on " + ISSUED + ". This version can no longer be changed.");
        assertThat(link(page, "Version 1 (final)")).isVisible();
        assertThat(button(page, "Start an amendment")).isVisible();
        assertThat(button(page, "Issue as final")).hasCount(0);

        // In the same step the case moved on: its stage, its timeline and the family's notice of their right to appeal.
        visit(casePath + "/timeline");
        assertThat(page.locator("main")).containsText(ISSUED + ": The final EHC plan was issued");
        visit(casePath);
        assertThat(page.locator("main")).containsText("EHC plan");

        // The parent sees the final: the answers to both their contributions, and their disagreement.
        parent.navigate(plan);
        assertAccessible(parent);
        assertThat(parent.locator(".govuk-inset-text .govuk-tag")).hasText("final");
        assertThat(button(parent, "Say whether you agree")).hasCount(0);
        assertThat(agreement(parent, "F", "Pat Parent")).hasText("Disagrees");
        go(link(parent, SECTION_B));
        Locator needsAnswer = card(parent, "Pat Parent (Parent or carer)");
        assertThat(needsAnswer.locator(".govuk-tag")).hasText("Included in the plan");
        assertThat(needsAnswer).containsText("Answered by Cora Coordinator, EHC coordinator, on " + TODAY);
        assertThat(parent.locator("#text ~ .coplan-own-words").first()).hasText(SECTION_B_TEXT);
        assertThat(button(parent, "Add your contribution")).hasCount(0);
        go(link(parent, "Back to the plan"));
        go(link(parent, SECTION_F));
        Locator provisionAnswer = card(parent, "Pat Parent (Parent or carer)");
        assertThat(provisionAnswer.locator(".govuk-tag")).hasText("Not included");
        assertThat(provisionAnswer.locator(".govuk-inset-text .coplan-own-words")).hasText(NOT_INCLUDED_BECAUSE);
        assertThat(parent.locator("#agreement + dl .govuk-summary-list__row")
                .filter(new Locator.FilterOptions().setHasText("Pat Parent (Parent or carer)"))
                .locator("dd")).hasText("I disagree: " + DISAGREEMENT);

        // And the print-friendly page, with every answer and the disagreement on the record.
        go(link(parent, "Back to the plan"));
        go(link(parent, "Print-friendly version"));
        assertThat(parent.locator("h1")).hasText("Education, Health and Care plan");
        assertThat(parent.locator(".govuk-caption-l")).hasText("Version 1 (final)");
        Locator printedB = parent.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(SECTION_B));
        assertThat(printedB).containsText("Kit learns best with pictures.");
        assertThat(printedB).containsText(NEED);
        assertThat(printedB).containsText("Included in the plan");
        Locator printedF = parent.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(SECTION_F));
        assertThat(printedF).containsText(PROVISION);
        assertThat(printedF).containsText("Not included: " + NOT_INCLUDED_BECAUSE);
        assertThat(printedF.locator("li").filter(new Locator.FilterOptions().setHasText("disagrees")))
                .hasText("Pat Parent (Parent or carer) disagrees: " + DISAGREEMENT);
    }

    private static Locator caseLink(Page p) {
        return p.locator("main table").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^Kit Child\\d+$")));
    }

    private static Locator banner(Page p) {
        return p.locator(".govuk-notification-banner");
    }

    private static Locator taskItem(Page p, String section) {
        return p.locator(".govuk-task-list__item").filter(new Locator.FilterOptions().setHas(
                p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(section).setExact(true))));
    }

    private static Locator taskStatus(Page p, String section) {
        return taskItem(p, section).locator(".govuk-task-list__status");
    }

    private static Locator taskHint(Page p, String section) {
        return taskItem(p, section).locator(".govuk-task-list__hint");
    }

    /** A summary card, by its title. */
    private static Locator card(Page p, String title) {
        return p.locator(".govuk-summary-card").filter(new Locator.FilterOptions().setHas(
                p.locator(".govuk-summary-card__title", new Page.LocatorOptions().setHasText(exactly(title)))));
    }

    /** A comment in a section's discussion, with its replies and reply form, by its words. */
    private static Locator comment(Page p, String words) {
        return p.locator("#comments ~ ul.govuk-list > li").filter(new Locator.FilterOptions().setHasText(words));
    }

    /** The value beside a key in a summary list. */
    private static Locator row(Locator list, String key) {
        return list.locator(".govuk-summary-list__row")
                .filter(new Locator.FilterOptions().setHas(list.page().locator("dt", new Page.LocatorOptions().setHasText(exactly(key)))))
                .locator("dd");
    }

    private static Locator mark(Page p, String section, String answer) {
        return p.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(section).setExact(true))
                .getByLabel(answer, new Locator.GetByLabelOptions().setExact(true));
    }

    private static Locator agreementTable(Page p) {
        return p.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Who agrees, section by section"));
    }

    /**
     * The family are the columns, each "not read yet" until they say. (Their order follows when they
     * joined the case; with the test's fixed clock they joined at the same instant, so it is not fixed.)
     */
    private static void assertAgreementColumns(Page p) {
        assertThat(agreementTable(p).locator("thead th").first()).hasText("Section");
        assertThat(agreementTable(p).locator("thead th")).hasCount(3);
        assertThat(agreementTable(p).locator("thead th").allInnerTexts().subList(1, 3))
                .containsExactlyInAnyOrder("Pat Parent", "Kit Child");
    }

    /** What one person (by their column's header) said about a section (by its row's header). */
    private static Locator agreement(Page p, String section, String person) {
        int column = agreementTable(p).locator("thead th").allInnerTexts().indexOf(person);
        assertThat(column).as("column for %s", person).isPositive();
        return agreementTable(p).locator("tbody tr")
                .filter(new Locator.FilterOptions().setHas(p.locator("th", new Page.LocatorOptions().setHasText(exactly(section)))))
                .locator("td").nth(column - 1);
    }
}
