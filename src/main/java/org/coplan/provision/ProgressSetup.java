package org.coplan.provision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.PersonId;
import org.coplan.plans.PlannedProvision;
import org.coplan.provision.domain.FamilyFeeling;
import org.coplan.provision.domain.ProgressScale;
import org.coplan.provision.internal.ProgressScales;
import org.coplan.provision.internal.ProgressWork;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records progress on outcomes directly, acting as the people named, through the same rules as
 * the pages: for demo data and set-up. Each call is made as a person who must be allowed to make it.
 */
@Service
@Transactional
public class ProgressSetup {

    private final CaseAccess cases;
    private final ProgressWork work;
    private final ProgressScales scales;
    private final PlannedProvision planned;

    ProgressSetup(CaseAccess cases, ProgressWork work, ProgressScales scales, PlannedProvision planned) {
        this.cases = cases;
        this.work = work;
        this.scales = scales;
        this.planned = planned;
    }

    /** The lineages of the outcomes in force on the case, in the plan's order; empty without an issued plan. */
    public List<UUID> outcomesInForce(CaseId caseId) {
        return planned.inForce(caseId).map(p -> p.outcomes().stream().map(PlannedProvision.Outcome::lineage).toList()).orElse(List.of());
    }

    /**
     * Records a step of the case's authority's scale (named as the scale names it) against an
     * outcome in force, observed on {@code on}; throws if the rules refuse it.
     */
    public UUID record(PersonId staff, CaseId caseId, UUID outcome, String step, String evidence, String observedBy, LocalDate on) {
        var ctx = cases.open(staff, caseId, CaseAction.ADD_TO_RECORD);
        ProgressScale scale = scales.of(ctx.child().localAuthority().value());
        UUID stepId = scale.byLabel(step).orElseThrow(() -> new IllegalArgumentException("No step " + step)).id();
        var result = work.record(ctx, outcome, new ProgressWork.Progress(stepId, evidence, observedBy, on, null));
        if (result instanceof ProgressWork.Result.Saved saved) {
            return saved.id();
        }
        throw new IllegalStateException("Progress not recorded: " + result);
    }

    /**
     * Adds a family member's own view of an outcome in force, with one of the plain choices
     * ({@code GOING_WELL}, {@code GOING_OK}, {@code NOT_GOING_WELL}, {@code DONT_KNOW}) or none.
     */
    public UUID view(PersonId family, CaseId caseId, UUID outcome, String words, String feeling) {
        var ctx = cases.open(family, caseId, CaseAction.ADD_TO_RECORD);
        var result = work.addView(ctx, outcome, words, feeling == null ? null : FamilyFeeling.valueOf(feeling));
        if (result instanceof ProgressWork.Result.Saved saved) {
            return saved.id();
        }
        throw new IllegalStateException("View not added: " + result);
    }
}
