package org.coplan.meetings.web;

import java.util.Optional;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseWarning;
import org.coplan.meetings.domain.MeetingAction;
import org.coplan.meetings.domain.MeetingPolicy;
import org.coplan.meetings.internal.Actions;
import org.coplan.meetings.internal.MeetingAccess;
import org.coplan.meetings.internal.MeetingWork;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "2 actions are overdue" on the case page, for everyone who may see the case's actions, linking to them. */
@Component
@Order(1)
class OverdueActionsOnCase implements CaseWarning {

    private final Actions actions;
    private final MeetingWork work;

    OverdueActionsOnCase(Actions actions, MeetingWork work) {
        this.actions = actions;
        this.work = work;
    }

    @Override
    public Optional<Warning> warningFor(CaseContext ctx) {
        if (!MeetingPolicy.allowed(MeetingAccess.participant(ctx)).contains(MeetingAction.VIEW)) {
            return Optional.empty();
        }
        long overdue = actions.overdueCount(ctx.caseId().value(), work.today());
        return overdue == 0 ? Optional.empty()
                : Optional.of(new Warning("action.overdueOnCase", overdue, "action.seeOverdue",
                        "/cases/" + ctx.caseId().value() + "/meetings#actions"));
    }
}
