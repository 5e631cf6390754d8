package org.coplan.process.domain;

/** Where a deadline stands today. */
public enum DeadlineStatus {
    DUE,
    OVERDUE,
    EXCEPTED,
    DONE,
    DONE_LATE,
    DONE_EXCEPTED,
    NOT_NEEDED,
    MISSED,
    UPCOMING,
    OPEN,
    PASSED
}
