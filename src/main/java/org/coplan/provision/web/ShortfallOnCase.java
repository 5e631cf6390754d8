package org.coplan.provision.web;

import java.util.Optional;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseWarning;
import org.coplan.provision.internal.FidelityReading;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "1 kind of support in the plan is behind this half-term" on the case page, for everyone on the case, linking to the summary. */
@Component
@Order(5)
class ShortfallOnCase implements CaseWarning {

    private final FidelityReading reading;

    ShortfallOnCase(FidelityReading reading) {
        this.reading = reading;
    }

    @Override
    public Optional<Warning> warningFor(CaseContext ctx) {
        long behind = reading.shortfallCount(ctx.caseId().value());
        return behind == 0 ? Optional.empty()
                : Optional.of(new Warning("fidelity.warning", behind, "fidelity.warning.link", "/cases/" + ctx.caseId().value() + "/provision"));
    }
}
