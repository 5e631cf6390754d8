package org.coplan.provision.internal;

import java.time.LocalDate;
import java.util.List;
import org.coplan.cases.CaseId;
import org.coplan.provision.FidelitySince;
import org.springframework.stereotype.Component;

/** Each item's fidelity over a period, for an annual review: the same figures and words as the case's provision pages. */
@Component
class FidelitySinceReading implements FidelitySince {

    private final FidelityReading reading;
    private final FidelityWords words;

    FidelitySinceReading(FidelityReading reading, FidelityWords words) {
        this.reading = reading;
        this.words = words;
    }

    @Override
    public List<ItemFidelity> fidelity(CaseId caseId, LocalDate from, LocalDate to) {
        return reading.forCase(caseId.value(), from, to).stream()
                .map(r -> new ItemFidelity(r.item().lineage(), r.item().section(), r.item().description(), r.fidelity().expected(),
                        r.fidelity().delivered(), r.fidelity().notDelivered(), r.fidelity().notAccounted(), r.fidelity().madeUp(),
                        words.plain(r, "fidelity.period.since"), r.shortfall(),
                        "/cases/" + caseId.value() + "/provision/fidelity?period=since-issued"))
                .toList();
    }
}
