package org.coplan.meetings.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coplan.meetings.domain.Refusal.Reason;

/**
 * A meeting as its rules see it: its proposed times, whether it is cancelled or its record complete,
 * whether anything is written in its record yet, and how many updates its calendar entry has had.
 * Each step checks the meeting's state and returns what happened or why not.
 *
 * <p>Before the day of the meeting only the agenda and invitations can change: the record, its
 * decisions and actions open on the day of the earliest proposed time (Europe/London). A cancelled
 * meeting has no record. Once something is written in the record the meeting took place, so it can
 * no longer be moved or cancelled.
 */
public record ArrangedMeeting(MeetingKind kind, List<ProposedTime> times, Status status, boolean recordStarted, int sequence) {

    public enum Status {
        ARRANGED,
        CANCELLED,
        COMPLETE
    }

    /**
     * When a meeting is to happen, as the organiser chose it.
     *
     * @param shortNoticeReason why an annual review meeting has less than 2 weeks' notice, or blank
     * @param familyAgreed whether the family agreed to less than 2 weeks' notice
     * @param clashes the proposed times that fall in a time an invited person said they cannot attend
     * @param clashReason why those times are kept, or blank
     */
    public record Timing(List<ProposedTime> times, String shortNoticeReason, boolean familyAgreed, List<Availability.Clash> clashes,
            String clashReason) {
        public Timing {
            times = List.copyOf(times);
            clashes = List.copyOf(clashes);
        }
    }

    public ArrangedMeeting {
        if (times.isEmpty()) {
            throw new IllegalArgumentException("A meeting has at least one proposed time");
        }
        times = List.copyOf(times);
    }

    /**
     * Arranges a meeting: every proposed time in the future; an annual review meeting with less than
     * 2 weeks' notice only with a reason and the family's agreement; a time someone cannot attend
     * only with a reason. {@code kind} may be null while the form is incomplete: then only the times
     * are checked.
     */
    public static Outcome<MeetingStep.Arranged> arrange(MeetingKind kind, Timing timing, LocalDateTime now, ReviewNotice notice) {
        List<Refusal> reasons = new ArrayList<>();
        for (int i = 0; i < timing.times().size(); i++) {
            if (!timing.times().get(i).starts().isAfter(now)) {
                reasons.add(Refusal.about(i, Reason.TIME_IN_THE_PAST));
            }
        }
        List<ProposedTime> future = timing.times().stream().filter(t -> t.starts().isAfter(now)).toList();
        boolean shortNotice = shortNotice(kind, future, now.toLocalDate(), notice, timing, reasons);
        boolean clash = clash(timing, reasons);
        return Outcome.unless(reasons, () -> new MeetingStep.Arranged(kind, timing.times(),
                shortNotice ? timing.shortNoticeReason().strip() : null, shortNotice && timing.familyAgreed(),
                clash ? timing.clashReason().strip() : null));
    }

    /** The day the meeting can first take place: that of its earliest proposed time. */
    public LocalDate day() {
        return times.stream().map(ProposedTime::starts).min(Comparator.naturalOrder()).orElseThrow().toLocalDate();
    }

    public boolean cancelled() {
        return status == Status.CANCELLED;
    }

    /** Why nothing can be written in the record today; empty when it can. */
    public List<Refusal> whyTheRecordIsClosed(LocalDate today) {
        if (cancelled()) {
            return List.of(Refusal.of(Reason.MEETING_CANCELLED));
        }
        if (today.isBefore(day())) {
            return List.of(Refusal.of(Reason.NOT_BEFORE_THE_MEETING, day()));
        }
        return List.of();
    }

    /** Writes in the record: a view in Explore, the Focus, Plan or Review notes, or a family member's account. */
    public Outcome<MeetingStep.RecordWritten> writeRecord(LocalDate today) {
        return Outcome.unless(whyTheRecordIsClosed(today), () -> new MeetingStep.RecordWritten(today));
    }

    /** Marks the record complete, once. */
    public Outcome<MeetingStep.RecordCompleted> completeRecord(LocalDate today) {
        List<Refusal> reasons = new ArrayList<>(whyTheRecordIsClosed(today));
        if (reasons.isEmpty() && status == Status.COMPLETE) {
            reasons.add(Refusal.of(Reason.RECORD_COMPLETE));
        }
        return Outcome.unless(reasons, () -> new MeetingStep.RecordCompleted(today));
    }

    /** Cancels the meeting, telling everyone invited (the reason is optional). */
    public Outcome<MeetingStep.Cancelled> cancel(String reason) {
        return Outcome.unless(whyItCannotChange(), () -> new MeetingStep.Cancelled(times,
                reason == null || reason.isBlank() ? null : reason.strip(), sequence + 1));
    }

    /**
     * Moves the meeting to one new time, with the same rules as arranging it. The agenda and the
     * invitations stay; the replies were to the old time, so each person is asked again.
     */
    public Outcome<MeetingStep.Moved> moveTo(Timing timing, LocalDateTime now, ReviewNotice notice) {
        if (timing.times().size() != 1) {
            throw new IllegalArgumentException("A meeting moves to one time");
        }
        List<Refusal> reasons = new ArrayList<>(whyItCannotChange());
        if (!reasons.isEmpty()) {
            return new Outcome.Refused<>(reasons);
        }
        ProposedTime to = timing.times().get(0);
        if (!to.starts().isAfter(now)) {
            reasons.add(Refusal.about(0, Reason.TIME_IN_THE_PAST));
        } else if (times.equals(List.of(to))) {
            reasons.add(Refusal.about(0, Reason.SAME_TIME));
        }
        List<ProposedTime> future = to.starts().isAfter(now) ? List.of(to) : List.of();
        boolean shortNotice = shortNotice(kind, future, now.toLocalDate(), notice, timing, reasons);
        boolean clash = clash(timing, reasons);
        return Outcome.unless(reasons, () -> new MeetingStep.Moved(times, to, sequence + 1,
                shortNotice ? timing.shortNoticeReason().strip() : null, shortNotice && timing.familyAgreed(),
                clash ? timing.clashReason().strip() : null));
    }

    /** Takes an invited person's answer; a cancelled meeting takes none. */
    public Outcome<MeetingStep.Replied> reply(Reply reply) {
        return cancelled() ? Outcome.refused(Refusal.of(Reason.MEETING_CANCELLED)) : Outcome.done(new MeetingStep.Replied(reply, sequence));
    }

    /** Why the meeting can no longer be moved or cancelled; empty when it can. */
    public List<Refusal> whyItCannotChange() {
        if (status == Status.CANCELLED) {
            return List.of(Refusal.of(Reason.ALREADY_CANCELLED));
        }
        if (status == Status.COMPLETE) {
            return List.of(Refusal.of(Reason.RECORD_COMPLETE));
        }
        if (recordStarted) {
            return List.of(Refusal.of(Reason.RECORD_STARTED));
        }
        return List.of();
    }

    /** D17: adds the reasons an annual review meeting at these times is refused for short notice; true if it is short. */
    private static boolean shortNotice(
            MeetingKind kind, List<ProposedTime> future, LocalDate today, ReviewNotice notice, Timing timing, List<Refusal> reasons) {
        if (kind != MeetingKind.ANNUAL_REVIEW || future.isEmpty()) {
            return false;
        }
        LocalDate earliest = future.stream().map(t -> t.starts().toLocalDate()).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate by = notice.noticeBy(earliest);
        if (!today.isAfter(by)) {
            return false;
        }
        if (timing.shortNoticeReason() == null || timing.shortNoticeReason().isBlank()) {
            reasons.add(Refusal.of(Reason.SHORT_NOTICE_NEEDS_A_REASON, by));
        }
        if (!timing.familyAgreed()) {
            reasons.add(Refusal.of(Reason.SHORT_NOTICE_NEEDS_THE_FAMILYS_AGREEMENT));
        }
        return true;
    }

    private static boolean clash(Timing timing, List<Refusal> reasons) {
        if (timing.clashes().isEmpty()) {
            return false;
        }
        if (timing.clashReason() == null || timing.clashReason().isBlank()) {
            reasons.add(Refusal.of(Reason.CLASH_NEEDS_A_REASON));
        }
        return true;
    }
}
