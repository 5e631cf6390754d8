package org.coplan.cases;

import java.time.LocalTime;

/** A part of the day a family member can say they cannot attend: morning, afternoon or evening. */
public enum PartOfDay {
    /** Until noon. */
    MORNING(LocalTime.MIN, LocalTime.NOON),
    /** Noon until 5pm. */
    AFTERNOON(LocalTime.NOON, LocalTime.of(17, 0)),
    /** From 5pm. */
    EVENING(LocalTime.of(17, 0), LocalTime.MAX);

    private final LocalTime starts;
    private final LocalTime ends;

    PartOfDay(LocalTime starts, LocalTime ends) {
        this.starts = starts;
        this.ends = ends;
    }

    public LocalTime starts() {
        return starts;
    }

    public LocalTime ends() {
        return ends;
    }

    /** Whether the span from {@code from} to {@code to} on one day overlaps this part of it. */
    public boolean overlaps(LocalTime from, LocalTime to) {
        return from.isBefore(ends) && to.isAfter(starts);
    }
}
