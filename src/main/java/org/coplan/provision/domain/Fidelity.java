package org.coplan.provision.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * How far one provision item was delivered in a period.
 *
 * <ul>
 *   <li>{@code expected}: sessions expected in the whole period, null when the item cannot be counted;
 *   <li>{@code delivered}: regular sessions that took place (make-ups are counted apart);
 *   <li>{@code notDelivered}: regular sessions that did not take place, by reason;
 *   <li>{@code notAccounted}: sessions expected up to today with nothing recorded for them: expected
 *       up to today less the regular sessions recorded (delivered or not), never below 0;
 *   <li>{@code madeUp}: make-up sessions that took place for a session that did not. They count
 *       towards what was delivered only as make-ups of a missed session.
 * </ul>
 */
public record Fidelity(
        Integer expected, Integer expectedMinutes, Integer expectedToDate, int delivered, int deliveredMinutes,
        Map<NotDeliveredReason, Integer> notDeliveredBy, int madeUp, int madeUpMinutes, LocalDate lastMakeUp) {

    /** The sessions of an item in a period, as counted by the database. */
    public record Counts(int delivered, int deliveredMinutes, Map<NotDeliveredReason, Integer> notDeliveredBy, int madeUp,
            int madeUpMinutes, LocalDate lastMakeUp) {

        public static final Counts NONE = new Counts(0, 0, Map.of(), 0, 0, null);

        public Counts {
            notDeliveredBy = notDeliveredBy.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(notDeliveredBy));
        }
    }

    public Fidelity {
        notDeliveredBy = notDeliveredBy.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(notDeliveredBy));
    }

    /**
     * @param inPeriod expected in the whole period, null when the item cannot be counted
     * @param toDate expected from the period's start up to today (or the period's end, if sooner)
     */
    public static Fidelity of(ExpectedSessions.Expected inPeriod, ExpectedSessions.Expected toDate, Counts counts) {
        return new Fidelity(
                inPeriod == null ? null : inPeriod.sessions(), inPeriod == null ? null : inPeriod.minutes(),
                toDate == null ? null : toDate.sessions(), counts.delivered(), counts.deliveredMinutes(),
                counts.notDeliveredBy(), counts.madeUp(), counts.madeUpMinutes(), counts.lastMakeUp());
    }

    public boolean counted() {
        return expected != null;
    }

    public int notDelivered() {
        return notDeliveredBy.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int notDeliveredFor(NotDeliveredReason reason) {
        return notDeliveredBy.getOrDefault(reason, 0);
    }

    /** Expected up to today less what was recorded, never below 0; 0 when the item cannot be counted. */
    public int notAccounted() {
        return expectedToDate == null ? 0 : Math.max(0, expectedToDate - delivered - notDelivered());
    }

    /** Delivered, with make-ups of missed sessions. */
    public int deliveredWithMakeUps() {
        return delivered + madeUp;
    }
}
