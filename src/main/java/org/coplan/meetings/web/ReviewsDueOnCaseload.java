package org.coplan.meetings.web;

import java.util.List;
import org.coplan.meetings.internal.Decisions;
import org.coplan.meetings.internal.Decisions.DueOnCases;
import org.coplan.process.Caseload;
import org.coplan.process.CaseloadSummary;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Decisions due for review on the caseload page (and its figures on the home page): how many
 * decisions have reached their review date, on how many cases, and those cases, the longest due first.
 */
@Component
@Order(3)
class ReviewsDueOnCaseload implements CaseloadSummary {

    private final Decisions decisions;

    ReviewsDueOnCaseload(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public Summary summarise(Caseload caseload) {
        String column = switch (caseload.scope()) {
            case MINE -> "case_id";
            case AUTHORITY -> "local_authority_id";
            case SCHOOL -> "school_id";
        };
        DueOnCases due = decisions.reviewsDueOn(column, caseload.ids(), caseload.today(), CaseList.SHOWN);
        List<CaseLine> lines = due.earliest().stream()
                .map(d -> new CaseLine(d.caseId(), d.count(), d.earliest(), "/cases/" + d.caseId() + "/meetings#decisions"))
                .toList();
        return new Summary("decision.caseload.title",
                List.of(new Figure("decision.caseload.due", due.decisions()), new Figure("decision.caseload.cases", due.cases())),
                new CaseList("decision.caseload.caption", "decision.caseload.col.count", "decision.caseload.col.since",
                        "decision.caseload.none", lines, due.cases()),
                null);
    }
}
