package org.coplan.process.domain;

/**
 * The reminder a deadline calls for today.
 *
 * @param leadDays for {@link ReminderKind#DUE_SOON}, the lead time this reminder stands for
 *     (the smallest lead time not yet passed); 0 otherwise
 * @param daysLeft days from today to the due date: negative once it has passed
 */
public record ReminderStage(ReminderKind kind, int leadDays, long daysLeft) {}
