package org.coplan.provision.domain;

/**
 * The shortfall rule: an item falls short when at least one session was expected so far in the
 * current half-term, and the sessions delivered plus the make-ups are more than {@code percent}
 * per cent below what was expected so far. "So far" ends with the last whole week before the day
 * of the check, so a week's sessions are not missing until the week is over.
 */
public final class Shortfall {

    private Shortfall() {}

    public static boolean flagged(int expectedSoFar, int deliveredWithMakeUps, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("The shortfall threshold is a percentage from 0 to 100");
        }
        return expectedSoFar >= 1 && deliveredWithMakeUps * 100L < (long) expectedSoFar * (100 - percent);
    }

    /** The last day counted as "so far" on {@code today}: the Sunday before this week. */
    public static java.time.LocalDate soFarUntil(java.time.LocalDate today) {
        return today.with(java.time.DayOfWeek.MONDAY).minusDays(1);
    }
}
