package org.coplan.process.domain;

/** Why a time limit need not be met (regulations 5(4), 8(2), 10(4), 13(3)). */
public enum ExceptionReason {
    SCHOOL_CLOSURE,
    EARLY_YEARS_CLOSURE,
    PERSONAL_CIRCUMSTANCES,
    ABSENT_FROM_AREA,
    MISSED_APPOINTMENT;

    /** Whether the regulation for this deadline lists the reason. Waiting lists are never a reason. */
    public boolean appliesTo(DeadlineKey key) {
        return switch (key) {
            case ADVICE -> this == PERSONAL_CIRCUMSTANCES || this == ABSENT_FROM_AREA || this == MISSED_APPOINTMENT;
            case DECISION_TO_ASSESS, DECISION_NOT_TO_ISSUE, FINAL_PLAN, REASSESSED_PLAN -> this != MISSED_APPOINTMENT;
            default -> false;
        };
    }
}
