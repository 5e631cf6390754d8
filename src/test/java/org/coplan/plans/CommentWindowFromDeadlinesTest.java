package org.coplan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.domain.CaseAction;
import org.coplan.deadlines.StatutoryDeadlines;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.internal.PlanContext;
import org.coplan.plans.internal.SendingForComment;
import org.coplan.plans.internal.PlanWork;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The comment window a plan stores is the one the deadlines module computes, so the plan, the
 * timeline and the reminders agree. Notices here count as sent by post (2 days' deemed
 * delivery), where a window counted from the sending day alone would end two days early.
 */
@TestPropertySource(properties = "coplan.deadlines.postal-service-days=2")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CommentWindowFromDeadlinesTest extends IntegrationTest {

    @Autowired
    PlanWork work;

    @Autowired
    CaseAccess cases;

    @Autowired
    StatutoryDeadlines deadlines;

    @Autowired
    SendingForComment sending;

    @Test
    void theStoredCommentWindowEndsOnTheDayTheDeadlinesModuleGives() {
        LocalDate sent = LocalDate.of(2027, 2, 1);
        clock.set(sent.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        World w = fixtures.world();
        UUID plan = work.startPlan(cases.open(w.coordinator().id(), w.ownCase(), CaseAction.VIEW_CASE), PlanKind.EHC).orElseThrow().id();
        PlanContext draft = planFixtures.open(w.coordinator(), w.ownCase(), plan, 1, PlanAction.WRITE);

        planFixtures.decidedToIssue(w.ownCase(), w.coordinator());
        assertThat(sending.send(draft, sending.minimumDays(), false)).isInstanceOf(SendingForComment.Result.Sent.class);

        LocalDate stored = planFixtures.open(w.coordinator(), w.ownCase(), plan, 1, PlanAction.VIEW).version().commentWindowEnds();
        assertThat(deadlines.settings().postalServiceDays()).isEqualTo(2);
        assertThat(stored).isEqualTo(deadlines.commentWindow(sent).lastDay());
        // Opens on 3 February after 2 days in the post; 15 days beginning with it end on 17 February.
        assertThat(stored).isEqualTo(LocalDate.of(2027, 2, 17));
    }

    @Test
    void aLongerWindowChosenByTheCoordinatorIsCountedTheSameWay() {
        LocalDate sent = LocalDate.of(2027, 2, 1);
        clock.set(sent.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        World w = fixtures.world();
        UUID plan = work.startPlan(cases.open(w.coordinator().id(), w.ownCase(), CaseAction.VIEW_CASE), PlanKind.EHC).orElseThrow().id();

        planFixtures.decidedToIssue(w.ownCase(), w.coordinator());
        assertThat(sending.send(planFixtures.open(w.coordinator(), w.ownCase(), plan, 1, PlanAction.WRITE), 20, false))
                .isInstanceOf(SendingForComment.Result.Sent.class);

        LocalDate stored = planFixtures.open(w.coordinator(), w.ownCase(), plan, 1, PlanAction.VIEW).version().commentWindowEnds();
        assertThat(stored).isEqualTo(deadlines.commentWindow(sent, 20).lastDay()).isEqualTo(LocalDate.of(2027, 2, 22));
    }
}
