package org.coplan.process.domain;

/** What the LA decides after a review meeting. */
public enum ReviewOutcome {
    MAINTAIN,
    AMEND,
    CEASE
}
