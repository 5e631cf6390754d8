package org.coplan.plans.internal;

import java.util.Set;
import org.coplan.cases.CaseContext;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.internal.Plans.Plan;
import org.coplan.plans.internal.Plans.Version;

/** One version of one plan as one person may see it, with what they may do. */
public record PlanContext(CaseContext caseContext, Plan plan, Version version, Set<PlanAction> actions) {

    public boolean can(PlanAction action) {
        return actions.contains(action);
    }

    /** What the audit trail says of a change to this version, e.g. "EHC plan version 2: issued as final". */
    public String change(String what) {
        return plan.label() + " version " + version.number() + ": " + what;
    }
}
