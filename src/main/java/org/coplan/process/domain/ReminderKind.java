package org.coplan.process.domain;

/** What a reminder is for. */
public enum ReminderKind {
    /** A deadline is near: sent at each lead time before it to whoever has to act. */
    DUE_SOON,
    /** A deadline passed without the step being recorded: sent once, the day after. */
    OVERDUE,
    /** A window opened for the family (comments, mediation, appeal): sent once, when it opens. */
    WINDOW_OPEN
}
