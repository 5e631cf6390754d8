package org.coplan.plans.domain;

import java.util.Arrays;
import java.util.List;
import org.coplan.cases.CaseRole;

/**
 * The kind of evidence a contribution is. The kind is part of its provenance, so a person may
 * label a contribution only with a kind their role on the case can honestly give: professional
 * advice comes from the professionals on the case, a parent or carer view from a parent or carer.
 * Anyone may pass on the child's own words, an observation or a report.
 */
public enum ContributionKind {
    OWN_WORDS,
    PARENT_CARER_VIEW,
    PROFESSIONAL_ADVICE,
    OBSERVATION,
    REPORT;

    /** Whether someone in this role on the case may label a contribution with this kind. */
    public boolean allowedFor(CaseRole role) {
        return switch (this) {
            case PROFESSIONAL_ADVICE -> !role.isFamily();
            case PARENT_CARER_VIEW -> role == CaseRole.PARENT_CARER;
            case OWN_WORDS, OBSERVATION, REPORT -> true;
        };
    }

    /** The kinds someone in this role may choose from, in the order they are offered. */
    public static List<ContributionKind> allowedKinds(CaseRole role) {
        return Arrays.stream(values()).filter(k -> k.allowedFor(role)).toList();
    }

    /** The kind a contribution form starts with for someone in this role. */
    public static ContributionKind usualFor(CaseRole role) {
        return switch (role) {
            case CHILD_YOUNG_PERSON -> OWN_WORDS;
            case PARENT_CARER -> PARENT_CARER_VIEW;
            default -> PROFESSIONAL_ADVICE;
        };
    }
}
