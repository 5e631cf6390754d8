package org.coplan.provision.domain;

/** How often a quantified provision item happens: each school week, each half-term, or each term. */
public enum Per {
    WEEK,
    HALF_TERM,
    TERM
}
