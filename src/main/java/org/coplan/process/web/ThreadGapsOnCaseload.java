package org.coplan.process.web;

import java.time.LocalDate;
import java.util.List;
import org.coplan.plans.PlanThreadScores;
import org.coplan.plans.PlanThreadScores.By;
import org.coplan.plans.PlanThreadScores.OnCaseload;
import org.coplan.process.Caseload;
import org.coplan.process.CaseloadSummary;
import org.coplan.shared.ClockConfiguration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Plans on the caseload whose golden thread has gaps (ADR 0039): how many plans were checked, how
 * many have gaps, and those plans, the most recently changed first, each with its number of gaps
 * and a link to the plan's thread panel. Read from the scores stored when each plan changed.
 */
@Component
@Order(4)
class ThreadGapsOnCaseload implements CaseloadSummary {

    private final PlanThreadScores scores;

    ThreadGapsOnCaseload(PlanThreadScores scores) {
        this.scores = scores;
    }

    @Override
    public Summary summarise(Caseload caseload) {
        By by = switch (caseload.scope()) {
            case MINE -> By.CASE;
            case AUTHORITY -> By.AUTHORITY;
            case SCHOOL -> By.SCHOOL;
        };
        OnCaseload found = scores.forCaseload(by, caseload.ids(), CaseList.SHOWN);
        List<CaseLine> lines = found.newest().stream()
                .map(p -> new CaseLine(p.caseId(), p.gaps(), LocalDate.ofInstant(p.changedAt(), ClockConfiguration.ZONE),
                        "/cases/" + p.caseId() + "/plans/" + p.planId() + "/versions/" + p.number() + "#golden-thread",
                        "thread.caseload.detail." + p.kind().name(), List.of(p.met(), p.checks())))
                .toList();
        return new Summary("thread.caseload.title",
                List.of(new Figure("thread.caseload.plans", found.plans()), new Figure("thread.caseload.withGaps", found.withGaps()),
                        new Figure("thread.caseload.whole", found.plans() - found.withGaps())),
                new CaseList("thread.caseload.caption", "thread.caseload.col.gaps", "thread.caseload.col.changed",
                        "thread.caseload.none", lines, found.withGaps()),
                null);
    }
}
