package org.coplan.process.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import org.coplan.deadlines.RequestChannel;

/**
 * One recorded step. Only the fields that fit its kind are set: a request has its source and
 * how it arrived; advice has the adviser; a review decision has its outcome; an exception names
 * the deadline it applies to and when it ended.
 *
 * @param relatedId the advice request an advice answer belongs to, or the deadline subject an
 *     exception applies to
 * @param targetOn the planned day of a review meeting, or the day of a phase transfer
 * @param arrivedOn the day a request arrived (for post, the day it was posted or signed for)
 * @param arrivedTime the time a request arrived, or null when none was entered
 */
public record ProcessEvent(
        UUID id,
        ProcessEventKind kind,
        LocalDate occurredOn,
        LocalDate arrivedOn,
        LocalTime arrivedTime,
        RequestChannel channel,
        RequestSource source,
        String outcome,
        AdviceKind adviser,
        String adviserName,
        UUID relatedId,
        DeadlineKey deadlineKey,
        LocalDate targetOn,
        LocalDate endsOn,
        String reasons) {

    public static ProcessEvent of(ProcessEventKind kind, LocalDate on) {
        return new ProcessEvent(UUID.randomUUID(), kind, on, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public ProcessEvent withOutcome(String value) {
        return new ProcessEvent(id, kind, occurredOn, arrivedOn, arrivedTime, channel, source, value, adviser, adviserName, relatedId,
                deadlineKey, targetOn, endsOn, reasons);
    }

    public ProcessEvent withAdviser(AdviceKind kind, String name) {
        return new ProcessEvent(id, this.kind, occurredOn, arrivedOn, arrivedTime, channel, source, outcome, kind, name, relatedId,
                deadlineKey, targetOn, endsOn, reasons);
    }

    public ProcessEvent withRelated(UUID related) {
        return new ProcessEvent(id, kind, occurredOn, arrivedOn, arrivedTime, channel, source, outcome, adviser, adviserName, related,
                deadlineKey, targetOn, endsOn, reasons);
    }

    public ProcessEvent withTarget(LocalDate target) {
        return new ProcessEvent(id, kind, occurredOn, arrivedOn, arrivedTime, channel, source, outcome, adviser, adviserName, relatedId,
                deadlineKey, target, endsOn, reasons);
    }

    public ProcessEvent withException(DeadlineKey key, UUID subject, LocalDate ends) {
        return new ProcessEvent(id, kind, occurredOn, arrivedOn, arrivedTime, channel, source, outcome, adviser, adviserName, subject,
                key, targetOn, ends, reasons);
    }

    public ProcessEvent withReasons(String text) {
        return new ProcessEvent(id, kind, occurredOn, arrivedOn, arrivedTime, channel, source, outcome, adviser, adviserName, relatedId,
                deadlineKey, targetOn, endsOn, text);
    }

    /** A request whose time of arrival is known. */
    public ProcessEvent withRequest(RequestSource from, RequestChannel how, LocalDateTime arrived) {
        return withRequest(from, how, arrived.toLocalDate(), arrived.toLocalTime());
    }

    /** A request, with the time it arrived when one was entered ({@code time} null when not). */
    public ProcessEvent withRequest(RequestSource from, RequestChannel how, LocalDate day, LocalTime time) {
        return new ProcessEvent(id, kind, occurredOn, day, time, how, from, outcome, adviser, adviserName, relatedId,
                deadlineKey, targetOn, endsOn, reasons);
    }

    public ProcessEvent on(LocalDate day) {
        return new ProcessEvent(id, kind, day, arrivedOn, arrivedTime, channel, source, outcome, adviser, adviserName, relatedId,
                deadlineKey, targetOn, endsOn, reasons);
    }

    public boolean is(ProcessEventKind k) {
        return kind == k;
    }
}
