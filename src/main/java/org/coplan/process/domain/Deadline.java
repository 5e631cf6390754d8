package org.coplan.process.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A date by which something must (or, for guidance, should) happen.
 *
 * @param subjectId what the deadline is about when a case has several of the kind (an advice
 *     request); otherwise the event that started it
 * @param opensOn for a window the family can use, its first day
 * @param metOn the day the step was done, if it has been
 * @param closed done, or no longer needed
 * @param missed closed without being done when its time had passed (review advice never sent
 *     round before the meeting): it stays on the record as missed
 * @param exceptionReason set while a recorded exception means the limit does not bind; the date
 *     itself never moves
 */
public record Deadline(
        DeadlineKey key,
        UUID subjectId,
        LocalDate dueOn,
        LocalDate opensOn,
        LocalDate metOn,
        boolean closed,
        ExceptionReason exceptionReason,
        String subjectName,
        boolean missed) {

    public Deadline(DeadlineKey key, UUID subjectId, LocalDate dueOn, LocalDate opensOn, LocalDate metOn, boolean closed,
            ExceptionReason exceptionReason, String subjectName) {
        this(key, subjectId, dueOn, opensOn, metOn, closed, exceptionReason, subjectName, false);
    }

    public boolean excepted() {
        return exceptionReason != null;
    }

    public DeadlineStatus status(LocalDate today) {
        if (metOn != null) {
            if (key.forFamily()) {
                return DeadlineStatus.DONE;
            }
            return metOn.isAfter(dueOn) ? (excepted() ? DeadlineStatus.DONE_EXCEPTED : DeadlineStatus.DONE_LATE) : DeadlineStatus.DONE;
        }
        if (missed) {
            return DeadlineStatus.MISSED;
        }
        if (closed) {
            return key.forFamily() ? DeadlineStatus.PASSED : DeadlineStatus.NOT_NEEDED;
        }
        if (key.forFamily()) {
            if (opensOn != null && today.isBefore(opensOn)) {
                return DeadlineStatus.UPCOMING;
            }
            return today.isAfter(dueOn) ? DeadlineStatus.PASSED : DeadlineStatus.OPEN;
        }
        if (excepted()) {
            return DeadlineStatus.EXCEPTED;
        }
        if (today.isAfter(dueOn)) {
            return DeadlineStatus.OVERDUE;
        }
        return DeadlineStatus.DUE;
    }

    /** Still waiting for someone to act. */
    public boolean open() {
        return metOn == null && !closed;
    }

    public Deadline met(LocalDate day) {
        return new Deadline(key, subjectId, dueOn, opensOn, day, true, exceptionReason, subjectName, false);
    }

    public Deadline notNeeded() {
        return new Deadline(key, subjectId, dueOn, opensOn, metOn, true, exceptionReason, subjectName, false);
    }

    /** Closed without being done after its date: kept on the record as missed. */
    public Deadline missedOn() {
        return new Deadline(key, subjectId, dueOn, opensOn, null, true, exceptionReason, subjectName, true);
    }

    /** The same deadline with another due date (a decision not to amend has its own limit). */
    public Deadline due(LocalDate day) {
        return new Deadline(key, subjectId, day, opensOn, metOn, closed, exceptionReason, subjectName, missed);
    }

    public Deadline excepted(ExceptionReason reason) {
        return new Deadline(key, subjectId, dueOn, opensOn, metOn, closed, reason, subjectName, missed);
    }
}
