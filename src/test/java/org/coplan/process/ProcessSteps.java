package org.coplan.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.deadlines.RequestChannel;
import org.coplan.people.Person;
import org.coplan.process.domain.DeadlineKey;
import org.coplan.process.domain.ExceptionReason;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.process.domain.RequestSource;
import org.coplan.process.domain.ReviewOutcome;
import org.coplan.process.internal.ProcessWork;

/** Records statutory steps on a case for a test, as the coordinator would, failing if a step is refused. */
record ProcessSteps(ProcessWork work, CaseAccess access, Person by, CaseId caseId) {

    ProcessSteps record(ProcessEvent step) {
        assertThat(work.record(access.open(by.id(), caseId, CaseAction.VIEW_CASE), step)).as(step.kind() + " recorded").isEmpty();
        return this;
    }

    ProcessSteps step(ProcessEventKind kind, LocalDate on) {
        return record(ProcessEvent.of(kind, on));
    }

    ProcessSteps request(LocalDate on, RequestSource from) {
        return record(ProcessEvent.of(ProcessEventKind.REQUEST_RECEIVED, on)
                .withRequest(from, RequestChannel.EMAIL, on.atTime(10, 0)));
    }

    ProcessSteps refuse(LocalDate on) {
        return record(ProcessEvent.of(ProcessEventKind.DECIDED_NOT_TO_ASSESS, on).withReasons("Needs can be met at SEN support."));
    }

    ProcessSteps exception(DeadlineKey key, LocalDate on) {
        return record(ProcessEvent.of(ProcessEventKind.EXCEPTION_RECORDED, on)
                .withException(key, null, null)
                .withOutcome(ExceptionReason.PERSONAL_CIRCUMSTANCES.name())
                .withReasons("The family were abroad for six weeks."));
    }

    /** Request on {@code r}, then assessment and draft, and the final plan {@code weeks} weeks after the request. */
    ProcessSteps finalPlan(LocalDate r, int weeks) {
        request(r, RequestSource.PARENT);
        step(ProcessEventKind.DECIDED_TO_ASSESS, r.plusWeeks(5));
        step(ProcessEventKind.DECIDED_TO_ISSUE, r.plusWeeks(12));
        step(ProcessEventKind.DRAFT_PLAN_SENT, r.plusWeeks(14));
        return step(ProcessEventKind.FINAL_PLAN_ISSUED, r.plusWeeks(weeks));
    }

    /** As {@link #finalPlan}, with a 20-week exception recorded 15 weeks after the request. */
    ProcessSteps finalPlanWithException(LocalDate r, int weeks) {
        request(r, RequestSource.PARENT);
        step(ProcessEventKind.DECIDED_TO_ASSESS, r.plusWeeks(5));
        step(ProcessEventKind.DECIDED_TO_ISSUE, r.plusWeeks(12));
        step(ProcessEventKind.DRAFT_PLAN_SENT, r.plusWeeks(14));
        exception(DeadlineKey.FINAL_PLAN, r.plusWeeks(15));
        return step(ProcessEventKind.FINAL_PLAN_ISSUED, r.plusWeeks(weeks));
    }

    ProcessSteps review(LocalDate arranged, LocalDate meeting, LocalDate decided) {
        record(ProcessEvent.of(ProcessEventKind.REVIEW_MEETING_ARRANGED, arranged).withTarget(meeting));
        step(ProcessEventKind.REVIEW_MEETING_HELD, meeting);
        return record(ProcessEvent.of(ProcessEventKind.REVIEW_DECISION, decided).withOutcome(ReviewOutcome.MAINTAIN.name())
                .withReasons("The plan still fits."));
    }
}
