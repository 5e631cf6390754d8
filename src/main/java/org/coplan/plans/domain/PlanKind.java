package org.coplan.plans.domain;

import org.coplan.cases.CaseRole;

public enum PlanKind {
    /** Written by the school with the family: the graduated approach (assess, plan, do, review). */
    SEN_SUPPORT(CaseRole.SENCO),
    /** Education, Health and Care plan: written by the local authority (reg 12). */
    EHC(CaseRole.EHC_COORDINATOR);

    private final CaseRole writer;

    PlanKind(CaseRole writer) {
        this.writer = writer;
    }

    /** The role that writes this kind of plan, answers contributions and issues it. */
    public CaseRole writer() {
        return writer;
    }
}
