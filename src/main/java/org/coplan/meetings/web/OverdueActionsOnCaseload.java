package org.coplan.meetings.web;

import java.util.List;
import org.coplan.meetings.internal.Actions;
import org.coplan.meetings.internal.Actions.OverdueOnCases;
import org.coplan.process.Caseload;
import org.coplan.process.CaseloadSummary;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Overdue actions on the caseload page: how many actions are still open after their due date,
 * on how many cases, and those cases, the longest overdue first, each linking to its actions.
 */
@Component
@Order(1)
class OverdueActionsOnCaseload implements CaseloadSummary {

    private final Actions actions;

    OverdueActionsOnCaseload(Actions actions) {
        this.actions = actions;
    }

    @Override
    public Summary summarise(Caseload caseload) {
        OverdueOnCases overdue = actions.overdueOn(caseload.scope(), caseload.ids(), caseload.today(), CaseList.SHOWN);
        List<CaseLine> lines = overdue.longest().stream()
                .map(o -> new CaseLine(o.caseId(), o.count(), o.oldestDueOn(), "/cases/" + o.caseId() + "/meetings#actions"))
                .toList();
        return new Summary("action.caseload.title",
                List.of(new Figure("action.caseload.overdue", overdue.actions()), new Figure("action.caseload.cases", overdue.cases())),
                new CaseList("action.caseload.caption", "action.caseload.col.count", "action.caseload.col.since", "action.caseload.none",
                        lines, overdue.cases()),
                null);
    }
}
