package org.coplan.deadlines;

import java.time.LocalDate;

/** From one day to another, both included. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A range must not end before it starts");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
