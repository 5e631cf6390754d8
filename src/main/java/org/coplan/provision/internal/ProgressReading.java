package org.coplan.provision.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coplan.cases.CaseContext;
import org.coplan.cases.domain.CaseAction;
import org.coplan.plans.PlannedProvision;
import org.coplan.provision.domain.ProgressChart;
import org.coplan.provision.domain.ProgressScale;
import org.coplan.provision.domain.ProgressStep;
import org.coplan.shared.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the progress pages show. Callers have opened the case through the case access policy. */
@Service
@Transactional(readOnly = true)
public class ProgressReading {

    /** One outcome in force on the outcomes page: its newest step (null when none yet) and the family's newest words. */
    public record OutcomeRow(PlannedProvision.Outcome outcome, ProgressStep step, ProgressRecords.Latest latest) {}

    /** The outcomes page: empty when the case has no issued plan. */
    public record Outcomes(Optional<PlannedProvision.InForce> plan, ProgressScale scale, List<OutcomeRow> rows) {}

    /** One record in the history, with its step. */
    public record HistoryRow(ProgressRecords.Entry entry, ProgressStep step) {}

    /** The history page of one outcome. */
    public record History(
            PlannedProvision.InForce plan, PlannedProvision.Outcome outcome, ProgressScale scale, List<HistoryRow> records,
            List<ProgressRecords.View> views, ProgressChart chart) {}

    private final PlannedProvision planned;
    private final ProgressScales scales;
    private final ProgressRecords records;

    ProgressReading(PlannedProvision planned, ProgressScales scales, ProgressRecords records) {
        this.planned = planned;
        this.scales = scales;
        this.records = records;
    }

    /**
     * Every outcome in force with its newest step, its number of records and the family's newest
     * view. A fixed number of queries whatever the length of the history (ADR 0042).
     */
    public Outcomes outcomes(CaseContext ctx) {
        ProgressScale scale = scales.of(ctx.child().localAuthority().value());
        Optional<PlannedProvision.InForce> plan = planned.inForce(ctx.caseId());
        if (plan.isEmpty()) {
            return new Outcomes(plan, scale, List.of());
        }
        List<UUID> lineages = plan.get().outcomes().stream().map(PlannedProvision.Outcome::lineage).toList();
        Map<UUID, ProgressRecords.Latest> latest = records.latest(ctx.caseId().value(), lineages);
        List<OutcomeRow> rows = plan.get().outcomes().stream()
                .map(o -> {
                    ProgressRecords.Latest l = latest.get(o.lineage());
                    ProgressStep step = l == null || l.entry() == null ? null : scale.step(l.entry().stepId()).orElse(null);
                    return new OutcomeRow(o, step, l);
                })
                .toList();
        return new Outcomes(plan, scale, rows);
    }

    /** The history of one outcome in force on the case; "not found" when it is not in force. */
    public History history(CaseContext ctx, UUID lineage) {
        PlannedProvision.InForce plan = planned.inForce(ctx.caseId()).orElseThrow(NotFound::new);
        PlannedProvision.Outcome outcome = plan.outcomes().stream().filter(o -> o.lineage().equals(lineage)).findFirst()
                .orElseThrow(NotFound::new);
        ProgressScale scale = scales.of(ctx.child().localAuthority().value());
        List<HistoryRow> rows = records.history(ctx.caseId().value(), lineage).stream()
                .map(e -> new HistoryRow(e, scale.step(e.stepId()).orElse(null)))
                .filter(r -> r.step() != null)
                .toList();
        ProgressChart chart = ProgressChart.of(scale, rows.stream()
                .map(r -> new ProgressChart.Observation(r.entry().observedOn(), r.entry().stepId()))
                .toList());
        return new History(plan, outcome, scale, rows, records.views(ctx.caseId().value(), lineage), chart);
    }

    /** The file attached to a record of an outcome in force. */
    public Optional<ProgressRecords.Attachment> attachment(CaseContext ctx, UUID lineage, UUID recordId) {
        return records.attachment(ctx.caseId().value(), lineage, recordId);
    }

    /** The scale of the authority, and which of its steps records use (those cannot be removed). */
    public record ScaleView(ProgressScale scale, Set<UUID> used) {}

    public ScaleView scale(UUID authority) {
        return new ScaleView(scales.of(authority), scales.used(authority));
    }

    /** Staff on the case who may add to the record: they record steps. The family adds views instead. */
    public static boolean recordsSteps(CaseContext ctx) {
        return ctx.can(CaseAction.ADD_TO_RECORD) && !ctx.role().isFamily();
    }

    /** The child or a family member who may add to the record: they add their own view. */
    public static boolean addsViews(CaseContext ctx) {
        return ctx.can(CaseAction.ADD_TO_RECORD) && ctx.role().isFamily();
    }
}
