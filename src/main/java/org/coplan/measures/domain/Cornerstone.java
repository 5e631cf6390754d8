package org.coplan.measures.domain;

/** The four cornerstones of the Genuine Partnerships charter, in the charter's order. */
public enum Cornerstone {
    WELCOME_AND_CARE,
    VALUE_AND_INCLUDE,
    COMMUNICATE,
    WORK_IN_PARTNERSHIP
}
