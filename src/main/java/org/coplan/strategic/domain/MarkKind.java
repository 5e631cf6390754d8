package org.coplan.strategic.domain;

/** What on a case a theme's mark comes from. */
public enum MarkKind {
    /** A disagreement raised on the case. */
    DISAGREEMENT,
    /** A family member's contribution to a plan. */
    CONTRIBUTION,
    /** The family's own words in a confidence answer. */
    CONFIDENCE_WORDS,
    /** Something else, said in a short note. */
    OTHER;

    /** Whether the mark points at one thing on the case that the person picks from a list. */
    public boolean picksASource() {
        return this == DISAGREEMENT || this == CONTRIBUTION;
    }
}
