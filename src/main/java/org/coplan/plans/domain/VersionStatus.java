package org.coplan.plans.domain;

public enum VersionStatus {
    /** Being written; anyone on the team can contribute. */
    DRAFT,
    /** Sent to the family for comment, with a comment window; contributions and agreement marks are open. */
    PROPOSED,
    /** Issued. Read-only for ever; a change starts an amendment, a new version built on it. */
    FINAL
}
