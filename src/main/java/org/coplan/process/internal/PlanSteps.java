package org.coplan.process.internal;

import java.util.List;
import java.util.Map;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.domain.CaseAction;
import org.coplan.plans.PlanStep;
import org.coplan.plans.StatutoryPlanSteps;
import org.coplan.plans.StepRefusal;
import org.coplan.plans.domain.PlanKind;
import org.coplan.process.domain.CaseProcess;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.process.domain.Problem;
import org.springframework.stereotype.Component;

/**
 * The statutory side of an EHC plan written in Coplan: sending the draft (or the notice of
 * proposed amendments) and issuing the final (or amended) plan are steps on the case's
 * timeline. The plans module asks here before the step and records it here in the same
 * transaction, so a plan is never sent or issued while the timeline says otherwise. A step that
 * does not fit is refused with its reasons and a link to the step to record first.
 */
@Component
class PlanSteps implements StatutoryPlanSteps {

    /** The step to record first, for the problems a plan's step can meet. */
    private static final Map<String, ProcessEventKind> FIX = Map.of(
            "noRequest", ProcessEventKind.REQUEST_RECEIVED,
            "noDecisionToAssess", ProcessEventKind.DECIDED_TO_ASSESS,
            "noDecisionToIssue", ProcessEventKind.DECIDED_TO_ISSUE,
            "noDraft", ProcessEventKind.DRAFT_PLAN_SENT,
            "noAmendDecision", ProcessEventKind.REVIEW_DECISION,
            "noAmendmentNotice", ProcessEventKind.AMENDMENT_NOTICE_SENT);

    private final ProcessWork work;
    private final CaseAccess cases;

    PlanSteps(ProcessWork work, CaseAccess cases) {
        this.work = work;
        this.cases = cases;
    }

    @Override
    public List<StepRefusal> check(PlanStep step) {
        if (step.kind() != PlanKind.EHC) {
            return List.of();
        }
        CaseContext ctx = cases.open(step.by(), step.caseId(), CaseAction.VIEW_CASE);
        return work.check(ctx.child(), event(step)).stream().map(p -> refusal(step, p)).toList();
    }

    @Override
    public void record(PlanStep step) {
        if (step.kind() != PlanKind.EHC) {
            return;
        }
        CaseContext ctx = cases.open(step.by(), step.caseId(), CaseAction.VIEW_CASE);
        List<Problem> problems = work.record(ctx, event(step));
        if (!problems.isEmpty()) {
            throw new StepRefused(problems.stream().map(p -> refusal(step, p)).toList());
        }
    }

    private static ProcessEvent event(PlanStep step) {
        ProcessEventKind kind = switch (step.step()) {
            case SENT_FOR_COMMENT -> step.amendment() ? ProcessEventKind.AMENDMENT_NOTICE_SENT : ProcessEventKind.DRAFT_PLAN_SENT;
            case ISSUED -> step.amendment() ? ProcessEventKind.AMENDED_PLAN_ISSUED : ProcessEventKind.FINAL_PLAN_ISSUED;
        };
        ProcessEvent event = ProcessEvent.of(kind, step.on());
        return step.familyFinished() ? event.withOutcome(CaseProcess.FAMILY_FINISHED_COMMENTING) : event;
    }

    private static StepRefusal refusal(PlanStep step, Problem p) {
        ProcessEventKind first = FIX.get(p.code());
        String base = "/cases/" + step.caseId().value();
        return first == null
                ? new StepRefusal("process.problem." + p.code(), p.args(), base + "/timeline", "issue.fix.timeline")
                : new StepRefusal("process.problem." + p.code(), p.args(),
                        base + "/process/record/" + first.name().toLowerCase().replace('_', '-'), "issue.fix.record");
    }
}
