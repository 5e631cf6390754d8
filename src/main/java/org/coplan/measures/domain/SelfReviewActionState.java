package org.coplan.measures.domain;

import java.time.LocalDate;

/** Where an action in a self-review's plan stands on a given day. */
public enum SelfReviewActionState {
    OPEN,
    OVERDUE,
    DONE;

    public static SelfReviewActionState of(LocalDate dueOn, LocalDate doneOn, LocalDate today) {
        if (doneOn != null) {
            return DONE;
        }
        return today.isAfter(dueOn) ? OVERDUE : OPEN;
    }
}
