package org.coplan.strategic.domain;

import java.time.Instant;

/**
 * Where a poll or consultation stands. Closing needs no job: an opened poll is closed from its
 * closing time on, by the clock, or from the moment an officer closed it early.
 */
public enum PollState {
    DRAFT,
    OPEN,
    CLOSED;

    /**
     * @param opened whether an officer opened it
     * @param closesAt when it closes by itself
     * @param closedEarlyAt when an officer closed it early, or null
     */
    public static PollState of(boolean opened, Instant closesAt, Instant closedEarlyAt, Instant now) {
        if (!opened) {
            return DRAFT;
        }
        if (closedEarlyAt != null || !now.isBefore(closesAt)) {
            return CLOSED;
        }
        return OPEN;
    }
}
