package org.coplan.measures.web;

import java.util.Optional;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseWarning;
import org.coplan.measures.internal.ConfidenceAnswering;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the family's case page, while a survey offered to them on the case is open: a link to answer it. */
@Component
@Order(90)
class ConfidenceOnCase implements CaseWarning {

    private final ConfidenceAnswering answering;

    ConfidenceOnCase(ConfidenceAnswering answering) {
        this.answering = answering;
    }

    @Override
    public Optional<Warning> warningFor(CaseContext ctx) {
        if (!ctx.role().isFamily()) {
            return Optional.empty();
        }
        return answering.openOn(ctx.caseId(), ctx.viewerId())
                .map(o -> new Warning("confidence.warning", 1, "confidence.warningLink", "/confidence/offers/" + o.id()));
    }
}
