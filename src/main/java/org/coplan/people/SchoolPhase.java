package org.coplan.people;

/** The phase of education a school or setting serves, as dashboards filter by it. */
public enum SchoolPhase {
    EARLY_YEARS,
    PRIMARY,
    SECONDARY,
    ALL_THROUGH,
    SPECIAL,
    ALTERNATIVE_PROVISION,
    POST_16
}
