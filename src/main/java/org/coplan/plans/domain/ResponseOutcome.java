package org.coplan.plans.domain;

/** What the plan writer did with a contribution. Every answer but a plain "included" needs words. */
public enum ResponseOutcome {
    INCLUDED(false),
    INCLUDED_WITH_CHANGES(true),
    NOT_INCLUDED(true);

    private final boolean needsExplanation;

    ResponseOutcome(boolean needsExplanation) {
        this.needsExplanation = needsExplanation;
    }

    public boolean needsExplanation() {
        return needsExplanation;
    }
}
