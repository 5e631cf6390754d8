package org.coplan.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock the test moves by hand. Shared by the whole application context under test. */
public class SettableClock extends Clock {

    public static final Instant START = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneId.of("Europe/London")).toInstant();

    private volatile Instant now = START;
    private final ZoneId zone;

    public SettableClock(ZoneId zone) {
        this.zone = zone;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void reset() {
        now = START;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        SettableClock other = new SettableClock(zone);
        other.set(now);
        return other;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
