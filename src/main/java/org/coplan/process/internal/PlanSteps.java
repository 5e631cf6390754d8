package org.coplan.process.internal;

import java.time.LocalDate;
import java.util.List;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.PersonId;
import org.coplan.plans.PlanVersionIssued;
import org.coplan.plans.PlanVersionSent;
import org.coplan.plans.domain.PlanKind;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.process.domain.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an EHC plan written in Coplan is sent to the family or issued, the matching statutory
 * step goes on the timeline by itself, if it fits the steps recorded so far. If it does not fit
 * (for example no request was ever recorded because the assessment happened before the case
 * came to Coplan), the plan is still sent or issued and the coordinator can record the steps.
 */
@Component
class PlanSteps {

    private static final Logger log = LoggerFactory.getLogger(PlanSteps.class);

    private final ProcessWork work;
    private final CaseAccess cases;

    PlanSteps(ProcessWork work, CaseAccess cases) {
        this.work = work;
        this.cases = cases;
    }

    @EventListener
    @Transactional
    public void sent(PlanVersionSent sent) {
        if (sent.kind() == PlanKind.EHC) {
            record(sent.caseId(), sent.by(), sent.amendment() ? ProcessEventKind.AMENDMENT_NOTICE_SENT : ProcessEventKind.DRAFT_PLAN_SENT,
                    sent.on());
        }
    }

    @EventListener
    @Transactional
    public void issued(PlanVersionIssued issued) {
        if (issued.kind() == PlanKind.EHC) {
            record(issued.caseId(), issued.by(),
                    issued.amendment() ? ProcessEventKind.AMENDED_PLAN_ISSUED : ProcessEventKind.FINAL_PLAN_ISSUED, issued.on());
        }
    }

    private void record(CaseId caseId, PersonId by, ProcessEventKind kind, LocalDate on) {
        CaseContext ctx = cases.open(by, caseId, CaseAction.VIEW_CASE);
        ProcessEvent step = ProcessEvent.of(kind, on);
        List<Problem> problems = work.check(ctx.child(), step);
        if (!problems.isEmpty()) {
            log.info("Plan step {} not added to the timeline of case {}: {}", kind, caseId.value(),
                    problems.stream().map(Problem::code).toList());
            return;
        }
        work.record(ctx, step);
    }
}
