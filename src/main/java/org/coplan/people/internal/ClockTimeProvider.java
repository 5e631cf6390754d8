package org.coplan.people.internal;

import dev.samstevens.totp.time.TimeProvider;
import java.time.Clock;

/** The TOTP library's idea of "now", taken from the application's clock so tests can set it. */
record ClockTimeProvider(Clock clock) implements TimeProvider {

    @Override
    public long getTime() {
        return clock.instant().getEpochSecond();
    }
}
