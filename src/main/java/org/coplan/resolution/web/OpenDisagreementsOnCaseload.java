package org.coplan.resolution.web;

import java.util.List;
import org.coplan.process.Caseload;
import org.coplan.process.CaseloadSummary;
import org.coplan.resolution.OpenDisagreements;
import org.coplan.resolution.OpenDisagreements.Ages;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Open disagreements on the caseload page, counted by how long they have been open, with a link to
 * the disagreements page, which lists them oldest first. Counts only: no names.
 */
@Component
@Order(2)
class OpenDisagreementsOnCaseload implements CaseloadSummary {

    private final OpenDisagreements open;

    OpenDisagreementsOnCaseload(OpenDisagreements open) {
        this.open = open;
    }

    @Override
    public Summary summarise(Caseload caseload) {
        Ages ages = open.forCaseload(caseload);
        return new Summary("disagreement.ages",
                List.of(new Figure("disagreement.age.under2", ages.underTwoWeeks()),
                        new Figure("disagreement.age.2to6", ages.twoToSixWeeks()),
                        new Figure("disagreement.age.over6", ages.overSixWeeks()),
                        new Figure("disagreement.age.total", ages.total())),
                null,
                new Link("disagreement.caseload.link", "/disagreements"));
    }
}
