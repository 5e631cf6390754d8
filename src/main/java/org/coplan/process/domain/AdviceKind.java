package org.coplan.process.domain;

/** The advice an assessment gathers (regulation 6(1)(b) to (h)). */
public enum AdviceKind {
    EDUCATION,
    MEDICAL,
    PSYCHOLOGICAL,
    SOCIAL_CARE,
    PREPARING_FOR_ADULTHOOD,
    FAMILY_REQUESTED,
    OTHER
}
