package org.coplan.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.deadlines.RequestChannel;
import org.coplan.people.Person;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.process.domain.RequestSource;
import org.coplan.process.internal.ProcessWork;

/** Puts an issued final EHC plan on a case's timeline, as the coordinator would record it. */
public final class DisagreementFixtures {

    private DisagreementFixtures() {}

    /** Records the steps from the request to the final plan, issued on {@code issued}. The clock must be on or after it. */
    public static void finalPlanIssued(ProcessWork work, CaseAccess access, Person coordinator, CaseId caseId, LocalDate issued) {
        CaseContext ctx = access.open(coordinator.id(), caseId, CaseAction.VIEW_CASE);
        LocalDate request = issued.minusWeeks(19);
        record(work, ctx, ProcessEvent.of(ProcessEventKind.REQUEST_RECEIVED, request)
                .withRequest(RequestSource.PARENT, RequestChannel.EMAIL, request.atTime(9, 0)));
        record(work, ctx, ProcessEvent.of(ProcessEventKind.DECIDED_TO_ASSESS, request.plusWeeks(5)));
        record(work, ctx, ProcessEvent.of(ProcessEventKind.DECIDED_TO_ISSUE, request.plusWeeks(14)));
        record(work, ctx, ProcessEvent.of(ProcessEventKind.DRAFT_PLAN_SENT, issued.minusDays(20)));
        record(work, ctx, ProcessEvent.of(ProcessEventKind.FINAL_PLAN_ISSUED, issued));
    }

    private static void record(ProcessWork work, CaseContext ctx, ProcessEvent e) {
        assertThat(work.record(ctx, e)).as(e.kind().name()).isEmpty();
    }
}
