package org.coplan.meetings.domain;

/** Where an action stands. A cancelled action says why. */
public enum ActionStatus {
    OPEN,
    DONE,
    CANCELLED
}
