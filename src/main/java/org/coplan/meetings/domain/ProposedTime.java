package org.coplan.meetings.domain;

import java.time.LocalDateTime;
import java.time.LocalTime;

/** One proposed time for a meeting: when it starts (local time) and how long it lasts. */
public record ProposedTime(LocalDateTime starts, int minutes) {

    public LocalDateTime ends() {
        return starts.plusMinutes(minutes);
    }

    /** The end on the same day, or midnight if it runs past it. */
    public LocalTime endsOnTheDay() {
        LocalDateTime end = ends();
        return end.toLocalDate().isAfter(starts.toLocalDate()) ? LocalTime.MAX : end.toLocalTime();
    }
}
