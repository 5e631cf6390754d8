package org.coplan.plans.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.coplan.shared.ClockConfiguration;

/** When a plan step taken "as on" a day is stored as having happened. */
final class StepTime {

    private StepTime() {}

    /** Now, for a step taken today; midday of the day for one entered as history. */
    static Instant at(Clock clock, LocalDate on) {
        return LocalDate.now(clock).equals(on) ? clock.instant() : on.atTime(12, 0).atZone(ClockConfiguration.ZONE).toInstant();
    }
}
