package org.coplan.provision.web;

import java.util.List;
import org.coplan.process.Caseload;
import org.coplan.process.CaseloadSummary;
import org.coplan.provision.internal.FidelityFigures;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Provision behind on the caseload page: how many cases and items fall short this half-term, and
 * the cases, each linking to its fidelity table.
 */
@Component
@Order(5)
class ShortfallOnCaseload implements CaseloadSummary {

    private final FidelityFigures figures;

    ShortfallOnCaseload(FidelityFigures figures) {
        this.figures = figures;
    }

    @Override
    public Summary summarise(Caseload caseload) {
        FidelityFigures.Caseload c = figures.caseload(caseload.scope().name(), caseload.ids(), CaseList.SHOWN);
        return new Summary("fidelity.caseload.title",
                List.of(new Figure("fidelity.caseload.cases", c.casesShort()), new Figure("fidelity.caseload.items", c.itemsShort())),
                new CaseList("fidelity.caseload.caption", "fidelity.caseload.col.items", "fidelity.caseload.col.since",
                        "fidelity.caseload.none",
                        c.cases().stream()
                                .map(s -> new CaseLine(s.caseId(), s.itemsShort(), s.since(), "/cases/" + s.caseId() + "/provision/fidelity"))
                                .toList(),
                        c.casesShort()),
                new Link("fidelity.caseload.link", "/provision/dashboard"));
    }
}
