package org.coplan.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseMember;
import org.coplan.cases.domain.CaseAction;
import org.coplan.meetings.domain.ActionStatus;
import org.coplan.meetings.domain.MeetingAction;
import org.coplan.meetings.internal.Actions;
import org.coplan.meetings.internal.MeetingAccess;
import org.coplan.meetings.internal.MeetingAccess.MeetingCase;
import org.coplan.meetings.internal.MeetingWork;
import org.coplan.meetings.internal.Meetings;
import org.coplan.people.Person;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.domain.ResponseOutcome;
import org.coplan.plans.internal.Contributions;
import org.coplan.plans.internal.PlanContext;
import org.coplan.plans.internal.PlanWork;
import org.coplan.resolution.domain.Disagreement;
import org.coplan.resolution.domain.DisagreementStage;
import org.coplan.resolution.domain.Outcome;
import org.coplan.resolution.domain.Subject;
import org.coplan.resolution.internal.DisagreementWork;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.MeetingFixtures;
import org.coplan.support.PlanFixtures;
import org.coplan.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

/**
 * "You said, we did" on a case through the real HTTP stack: the family's contribution, their view at
 * a meeting and their disagreement, each joined to what came of it, and nothing said by professionals.
 */
class YouSaidWeDidTest extends IntegrationTest {

    @Autowired
    org.coplan.plans.internal.AnsweringContribution answering;

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseAccess cases;

    @Autowired
    PlanWork planWork;

    @Autowired
    Contributions contributions;

    @Autowired
    MeetingFixtures meetingFixtures;

    @Autowired
    MeetingAccess meetingAccess;

    @Autowired
    MeetingWork meetingWork;

    @Autowired
    Meetings meetings;

    @Autowired
    Actions actions;

    @Autowired
    DisagreementWork disagreementWork;

    private String page(Person who, String path) throws Exception {
        MockHttpServletResponse r = mvc.perform(MockMvcRequestBuilders.get(path).with(user(fixtures.signedIn(who)))).andReturn().getResponse();
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return HtmlUtils.htmlUnescape(r.getContentAsString()).replaceAll("\\s+", " ");
    }

    /** The text of the card that holds these words. */
    private static String card(String page, String words) {
        int at = page.indexOf(words);
        assertThat(at).as("a card with '" + words + "'").isGreaterThan(0);
        int start = page.lastIndexOf("govuk-summary-card coplan-you-said", at);
        int end = page.indexOf("govuk-summary-card coplan-you-said", at);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    @Test
    void theFamilySeesEverythingTheySaidAndWhatCameOfIt() throws Exception {
        World w = fixtures.world();
        String path = "/cases/" + w.ownCase() + "/you-said-we-did";
        assertThat(page(w.parent(), path)).contains("The family has not said anything on the record yet.");

        // A contribution by the parent (from the plan fixture) and one by the psychologist.
        PlanFixtures.Plans plans = planFixtures.build(w.ownCase(), w.coordinator(), w.senco(), w.parent());
        planWork.contribute(planFixtures.open(w.psychologist(), w.ownCase(), plans.ehcPlan(), 2, PlanAction.CONTRIBUTE),
                org.coplan.plans.domain.SectionCode.F, org.coplan.plans.domain.ContributionKind.PROFESSIONAL_ADVICE,
                "Weekly therapy is advised.", null);

        // A meeting where the parent's view was recorded, a decision and an action from it.
        MeetingFixtures.Made made = meetingFixtures.build(w.coordinator(), w.ownCase(), w.psychologist());
        MeetingCase mc = meetingAccess.open(w.coordinator().id(), w.ownCase().value(), MeetingAction.RECORD);
        Meetings.Meeting meeting = meetings.find(w.ownCase().value(), made.meeting()).orElseThrow();
        CaseMember parentMember = w.parentMember();
        meetingWork.addView(mc, meeting, parentMember, w.parent().displayName(), "Kit needs a quiet place at lunch.");

        // A disagreement the parent raised, which the coordinator moved on to SENDIASS.
        Disagreement d = disagreementWork.raise(cases.open(w.parent().id(), w.ownCase(), CaseAction.VIEW_CASE),
                Subject.other("School transport"), "The taxi comes too early.", "A later pick-up.");
        disagreementWork.move(cases.open(w.coordinator().id(), w.ownCase(), CaseAction.VIEW_CASE), d, d.version(),
                DisagreementStage.SENDIASS, null, "Asked SENDIASS to help.");

        String before = page(w.parent(), path);
        assertThat(before).contains("3 things said: 0 answered, 2 in progress, 1 waiting.");
        assertThat(before).doesNotContain("Weekly therapy is advised.");
        String contribution = card(before, "Kit finds loud rooms hard.");
        assertThat(contribution).contains("Contribution to a plan", "Section B: Special educational needs", "Waiting",
                "Waiting for the plan writer's answer.");
        String view = card(before, "Kit needs a quiet place at lunch.");
        assertThat(view).contains("Said at a meeting", "Planning", "In progress", "Decision: Which therapy?",
                "Action for " + w.psychologist().displayName() + ", to be done by 1 February 2027", "Book sessions");
        String disagreement = card(before, "The taxi comes too early.");
        assertThat(disagreement).contains("Disagreement", "School transport", "What they would like to happen: A later pick-up.",
                "Moved on to: Support from SENDIASS", "Asked SENDIASS to help.", "In progress");

        // The chain moves: the contribution is answered, the action done, the disagreement closed.
        PlanContext v2 = planFixtures.open(w.coordinator(), w.ownCase(), plans.ehcPlan(), 2, PlanAction.WRITE);
        answering.answer(v2, contributions.find(v2.version().id(), plans.contribution()).orElseThrow(),
                ResponseOutcome.INCLUDED_WITH_CHANGES, "Added to section B, with the sensory report's words.");
        Actions.Action action = actions.find(w.ownCase().value(), made.action()).orElseThrow();
        meetingWork.changeAction(meetingAccess.open(w.psychologist().id(), w.ownCase().value(), MeetingAction.VIEW), action,
                ActionStatus.DONE, null, action.version());
        Disagreement moved = disagreementWork.find(cases.open(w.coordinator().id(), w.ownCase(), CaseAction.VIEW_CASE), d.id());
        disagreementWork.move(cases.open(w.coordinator().id(), w.ownCase(), CaseAction.VIEW_CASE), moved, moved.version(),
                DisagreementStage.CLOSED, Outcome.AGREED, "The pick-up is now 8:15.");

        // Each move is emailed to the parent who said it, without the child's name; the psychologist who did the action is not told.
        // Disagreements are told through module listeners, after the change is committed.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> TestMail.to(w.parent().email()).stream()
                .map(TestMail::body).anyMatch(b -> b.contains("has closed your disagreement")));
        java.util.List<String> mail = TestMail.to(w.parent().email()).stream().map(TestMail::body).toList();
        assertThat(mail).anySatisfy(b -> assertThat(b).contains("has recorded that an action is done from a meeting where what you said was written down",
                "/cases/" + w.ownCase() + "/you-said-we-did"));
        assertThat(mail).anySatisfy(b -> assertThat(b).contains("has moved your disagreement on to: Support from SENDIASS"));
        assertThat(mail).anySatisfy(b -> assertThat(b).contains("has closed your disagreement: Resolved by agreement"));
        assertThat(mail).allSatisfy(b -> assertThat(b).doesNotContain(cases.child(w.ownCase()).orElseThrow().familyName()));
        assertThat(TestMail.to(w.psychologist().email()).stream().map(TestMail::body))
                .noneMatch(b -> b.contains("from a meeting where what you said was written down"));

        String after = page(w.parent(), path);
        assertThat(after).contains("3 things said: 3 answered, 0 in progress, 0 waiting.");
        assertThat(card(after, "Kit finds loud rooms hard.")).contains(
                "Answered by " + w.coordinator().displayName() + ", EHC coordinator: put into the plan, with changes",
                "Added to section B, with the sensory report's words.");
        assertThat(card(after, "Kit needs a quiet place at lunch.")).contains("Action done by " + w.psychologist().displayName());
        assertThat(card(after, "The taxi comes too early.")).contains("Closed: Resolved by agreement", "The pick-up is now 8:15.");

        // Staff see the same page, and can narrow it down.
        assertThat(page(w.senco(), path + "?show=ANSWERED")).contains("Kit finds loud rooms hard.", "The taxi comes too early.");
        assertThat(page(w.senco(), path + "?show=WAITING")).contains("Nothing to show here.").doesNotContain("Kit finds loud rooms hard.");
    }
}
