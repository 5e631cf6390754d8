package org.coplan.measures;

/** The moments that matter, at which the survey is offered. */
public enum ConfidenceMoment {
    /** A plan version was sent to the family for comment. */
    PLAN_SENT,
    /** An annual review meeting was recorded as held. */
    REVIEW_HELD,
    /** A disagreement was closed. */
    DISAGREEMENT_CLOSED,
    /** Once a term, for a child at SEN support. */
    TERM_AT_SEN_SUPPORT
}
