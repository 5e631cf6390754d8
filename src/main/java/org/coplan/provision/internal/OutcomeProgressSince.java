package org.coplan.provision.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.plans.PlannedProvision;
import org.coplan.provision.ProgressSince;
import org.coplan.provision.domain.ProgressScale;
import org.coplan.provision.domain.ProgressStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress on each outcome in force over a period, for an annual review: the step by the first
 * day, the step by the last day, the records observed in the period, the newest evidence and the
 * family's newest words added in it. Four queries whatever the length of the history.
 */
@Component
@Transactional(readOnly = true)
class OutcomeProgressSince implements ProgressSince {

    private final PlannedProvision planned;
    private final ProgressScales scales;
    private final ProgressRecords records;
    private final CaseAccess cases;
    private final Clock clock;

    OutcomeProgressSince(PlannedProvision planned, ProgressScales scales, ProgressRecords records, CaseAccess cases, Clock clock) {
        this.planned = planned;
        this.scales = scales;
        this.records = records;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public List<OutcomeProgress> progress(CaseId caseId, LocalDate from, LocalDate to) {
        var plan = planned.inForce(caseId);
        var child = cases.child(caseId);
        if (plan.isEmpty() || child.isEmpty()) {
            return List.of();
        }
        ProgressScale scale = scales.of(child.get().localAuthority().value());
        List<UUID> lineages = plan.get().outcomes().stream().map(PlannedProvision.Outcome::lineage).toList();
        Instant viewsFrom = from.atStartOfDay(clock.getZone()).toInstant();
        Instant viewsTo = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Map<UUID, ProgressRecords.Period> periods = records.period(caseId.value(), lineages, from, to, viewsFrom, viewsTo);
        return plan.get().outcomes().stream()
                .map(o -> {
                    ProgressRecords.Period p = periods.get(o.lineage());
                    return new OutcomeProgress(o.lineage(), o.description(), o.byWhen(), label(scale, p == null ? null : p.stepAtStart()),
                            label(scale, p == null ? null : p.stepAtEnd()), p == null ? 0 : p.records(),
                            p == null ? null : p.latestEvidence(), p == null ? null : p.latestView(),
                            "/cases/" + caseId.value() + "/outcomes/" + o.lineage());
                })
                .toList();
    }

    private static String label(ProgressScale scale, UUID step) {
        return step == null ? null : scale.step(step).map(ProgressStep::label).orElse(null);
    }
}
