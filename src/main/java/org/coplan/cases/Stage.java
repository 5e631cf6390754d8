package org.coplan.cases;

/** Where the child's support has got to. */
public enum Stage {
    SEN_SUPPORT,
    ASSESSMENT_REQUESTED,
    ASSESSMENT,
    DRAFT_PLAN,
    EHC_PLAN,
    CEASED
}
