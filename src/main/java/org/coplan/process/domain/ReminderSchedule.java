package org.coplan.process.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * When reminders go out. Before a deadline someone has to meet, one reminder at each lead time
 * (by default 14, 7 and 1 days before); the day after it passes, one "overdue" reminder; for a
 * window that opens for the family, one message when it opens. Nothing for a deadline that is
 * met, no longer needed or covered by a recorded exception.
 *
 * <p>A run that missed a day (the service was down) sends only the most pressing reminder due by
 * then, never a pile of stale ones; an overdue reminder is not sent more than {@code overdueDays}
 * after the deadline, so old deadlines do not produce a flood of mail the first time this runs.
 */
public final class ReminderSchedule {

    private final List<Integer> leadDays;
    private final int overdueDays;

    /**
     * @param leadDays days before a deadline to remind, in any order; 0 means on the day
     * @param overdueDays the overdue reminder is sent from the day after the deadline, and not
     *     later than this many days after it
     */
    public ReminderSchedule(List<Integer> leadDays, int overdueDays) {
        if (leadDays.stream().anyMatch(d -> d < 0) || overdueDays < 1) {
            throw new IllegalArgumentException("Lead days must be 0 or more, and overdue days at least 1");
        }
        this.leadDays = leadDays.stream().distinct().sorted().toList();
        this.overdueDays = overdueDays;
    }

    public static ReminderSchedule defaults() {
        return new ReminderSchedule(List.of(14, 7, 1), 7);
    }

    /** The longest lead time: no deadline further away than this needs a reminder yet. */
    public int longestLead() {
        return leadDays.isEmpty() ? 0 : leadDays.get(leadDays.size() - 1);
    }

    public int overdueDays() {
        return overdueDays;
    }

    public List<Integer> leadDays() {
        return leadDays;
    }

    /** The reminder this deadline calls for today, if any. */
    public Optional<ReminderStage> stageFor(Deadline d, LocalDate today) {
        if (!d.open()) {
            return Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(today, d.dueOn());
        if (d.key().forFamily()) {
            boolean opened = d.opensOn() != null && !today.isBefore(d.opensOn());
            return opened && daysLeft >= 0
                    ? Optional.of(new ReminderStage(ReminderKind.WINDOW_OPEN, 0, daysLeft))
                    : Optional.empty();
        }
        if (d.excepted()) {
            return Optional.empty();
        }
        if (daysLeft < 0) {
            return -daysLeft <= overdueDays
                    ? Optional.of(new ReminderStage(ReminderKind.OVERDUE, 0, daysLeft))
                    : Optional.empty();
        }
        return leadDays.stream()
                .filter(lead -> daysLeft <= lead)
                .findFirst()
                .map(lead -> new ReminderStage(ReminderKind.DUE_SOON, lead, daysLeft));
    }
}
