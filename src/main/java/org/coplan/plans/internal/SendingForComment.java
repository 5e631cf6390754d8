package org.coplan.plans.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coplan.cases.CaseAccess;
import org.coplan.deadlines.StatutoryDeadlines;
import org.coplan.plans.PlanStep;
import org.coplan.plans.PlanVersionSent;
import org.coplan.plans.StatutoryPlanSteps;
import org.coplan.plans.StepRefusal;
import org.coplan.plans.domain.VersionStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a draft to the family for comment (for an EHC plan, the draft plan or the notice of
 * proposed amendments). The statutory step goes on the case's timeline in the same transaction;
 * if it does not fit the case's process, nothing is sent and every reason is returned.
 */
@Service
@Transactional
public class SendingForComment {

    public sealed interface Result {
        record Sent(PlanVersionSent event, LocalDate lastDay) implements Result {}

        record Refused(List<StepRefusal> reasons) implements Result {}
    }

    private final Plans plans;
    private final CaseAccess cases;
    private final List<StatutoryPlanSteps> statutory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StatutoryDeadlines deadlines;

    SendingForComment(
            Plans plans, CaseAccess cases, List<StatutoryPlanSteps> statutory, ApplicationEventPublisher events, Clock clock,
            StatutoryDeadlines deadlines) {
        this.plans = plans;
        this.cases = cases;
        this.statutory = statutory;
        this.events = events;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /** The fewest days the family may be given to comment (regulations 13(1) and 22(2): at least 15). */
    public int minimumDays() {
        return deadlines.settings().commentWindowDays();
    }

    /** Every reason the draft cannot be sent today; empty when it can. */
    @Transactional(readOnly = true)
    public List<StepRefusal> refusals(PlanContext p) {
        return refusals(p, LocalDate.now(clock));
    }

    public Result send(PlanContext p, int windowDays, boolean askProfessionals) {
        return send(p, windowDays, askProfessionals, LocalDate.now(clock));
    }

    /** Sends the draft as on {@code on}, the family's window being {@code windowDays} days beginning with that day. */
    public Result send(PlanContext p, int windowDays, boolean askProfessionals, LocalDate on) {
        List<StepRefusal> reasons = refusals(p, on);
        if (windowDays < minimumDays()) {
            reasons.add(new StepRefusal("propose.windowRange", List.of(minimumDays()), null, null));
        }
        if (!reasons.isEmpty()) {
            return new Result.Refused(reasons);
        }
        LocalDate lastDay = deadlines.commentWindow(on, windowDays).lastDay();
        if (!plans.propose(p.version(), lastDay, askProfessionals, p.caseContext().viewerId().value(), StepTime.at(clock, on))) {
            return new Result.Refused(List.of(new StepRefusal("issue.refusal.changedElsewhere", List.of(), null, null)));
        }
        PlanStep step = step(p, on);
        statutory.forEach(s -> s.record(step));
        cases.recordChange(p.caseContext(), p.change("proposed for comment"), "comments until " + lastDay);
        PlanVersionSent sent = new PlanVersionSent(p.caseContext().caseId(), p.caseContext().viewerId(), p.plan().kind(),
                p.version().number(), p.version().isAmendment(), on);
        events.publishEvent(sent);
        return new Result.Sent(sent, lastDay);
    }

    private List<StepRefusal> refusals(PlanContext p, LocalDate on) {
        List<StepRefusal> reasons = new ArrayList<>();
        if (p.version().status() != VersionStatus.DRAFT) {
            reasons.add(new StepRefusal("propose.refusal.notDraft", List.of(), null, null));
            return reasons;
        }
        PlanStep step = step(p, on);
        statutory.forEach(s -> reasons.addAll(s.check(step)));
        return reasons;
    }

    private static PlanStep step(PlanContext p, LocalDate on) {
        return new PlanStep(p.caseContext().caseId(), p.caseContext().viewerId(), p.plan().kind(), PlanStep.Kind.SENT_FOR_COMMENT,
                p.version().isAmendment(), on, false);
    }
}
