package org.coplan.process.domain;

/** A statutory step that can be recorded on a case, in the order the process usually runs. */
public enum ProcessEventKind {
    REQUEST_RECEIVED(Phase.ASSESSMENT),
    DECIDED_TO_ASSESS(Phase.ASSESSMENT),
    DECIDED_NOT_TO_ASSESS(Phase.ASSESSMENT),
    ADVICE_REQUESTED(Phase.ASSESSMENT),
    ADVICE_RECEIVED(Phase.ASSESSMENT),
    DECIDED_TO_ISSUE(Phase.ASSESSMENT),
    DECIDED_NOT_TO_ISSUE(Phase.ASSESSMENT),
    DRAFT_PLAN_SENT(Phase.ASSESSMENT),
    SCHOOL_REQUESTED(Phase.ASSESSMENT),
    SCHOOL_CONSULTED(Phase.ASSESSMENT),
    FINAL_PLAN_ISSUED(Phase.ASSESSMENT),
    REVIEW_MEETING_ARRANGED(Phase.REVIEW),
    REVIEW_ADVICE_CIRCULATED(Phase.REVIEW),
    REVIEW_MEETING_HELD(Phase.REVIEW),
    REVIEW_REPORT_SENT(Phase.REVIEW),
    REVIEW_DECISION(Phase.REVIEW),
    AMENDMENT_NOTICE_SENT(Phase.REVIEW),
    AMENDED_PLAN_ISSUED(Phase.REVIEW),
    DECIDED_NOT_TO_AMEND(Phase.REVIEW),
    PHASE_TRANSFER_PLANNED(Phase.REVIEW),
    PLAN_CEASED(Phase.REVIEW),
    EXCEPTION_RECORDED(Phase.ANY);

    public enum Phase {
        ASSESSMENT,
        REVIEW,
        ANY
    }

    private final Phase phase;

    ProcessEventKind(Phase phase) {
        this.phase = phase;
    }

    public Phase phase() {
        return phase;
    }

    /** Decisions and exceptions: every "no" carries a reason. */
    public boolean needsReasons() {
        return this == DECIDED_NOT_TO_ASSESS || this == DECIDED_NOT_TO_ISSUE || this == DECIDED_NOT_TO_AMEND
                || this == REVIEW_DECISION || this == EXCEPTION_RECORDED || this == PLAN_CEASED;
    }

    /** Decisions the family can appeal to the Tribunal against (s.51(2)). */
    public boolean appealable() {
        return this == DECIDED_NOT_TO_ASSESS || this == DECIDED_NOT_TO_ISSUE || this == FINAL_PLAN_ISSUED
                || this == AMENDED_PLAN_ISSUED || this == DECIDED_NOT_TO_AMEND || this == PLAN_CEASED;
    }
}
