package org.coplan.plans.domain;

/** The kind of evidence a contribution is. */
public enum ContributionKind {
    OWN_WORDS,
    PARENT_CARER_VIEW,
    PROFESSIONAL_ADVICE,
    OBSERVATION,
    REPORT
}
