package org.coplan.meetings.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What happened to a meeting, its record, its decisions or its actions: each step, in the past tense. */
public sealed interface MeetingStep {

    /**
     * A meeting was arranged at these times. {@code shortNoticeReason} and {@code familyAgreed} are kept
     * only when an annual review meeting has less than 2 weeks' notice; {@code clashReason} only when a
     * time is one someone said they cannot attend.
     */
    record Arranged(MeetingKind kind, List<ProposedTime> times, String shortNoticeReason, boolean familyAgreed, String clashReason)
            implements MeetingStep {}

    /** The meeting moved from its proposed times to one new time; calendars get the update numbered {@code sequence}. */
    record Moved(List<ProposedTime> from, ProposedTime to, int sequence, String shortNoticeReason, boolean familyAgreed,
            String clashReason) implements MeetingStep {}

    /** The meeting was cancelled, with the organiser's reason if they gave one; calendars get the cancellation numbered {@code sequence}. */
    record Cancelled(List<ProposedTime> times, String reason, int sequence) implements MeetingStep {}

    /** Something was written in the meeting's record (a view, notes, an account) on this day. */
    record RecordWritten(LocalDate on) implements MeetingStep {}

    /** The record was marked complete on this day. */
    record RecordCompleted(LocalDate on) implements MeetingStep {}

    /** An invited person answered the invitation numbered {@code sequence}. */
    record Replied(Reply reply, int sequence) implements MeetingStep {}

    /** A decision was recorded with these positions, every disagreement with its reason. */
    record DecisionRecorded(List<DecisionDraft.Stance> positions) implements MeetingStep {}

    /** An action was added, owned by this team member and due on this day. */
    record ActionAdded(UUID ownerMemberId, LocalDate dueOn) implements MeetingStep {}

    /** A family member's views before a meeting were written, by them or ({@code onBehalf}) by a lead for them. */
    record ViewsWritten(boolean onBehalf) implements MeetingStep {}

    /** A team member's own position on a decision was given or confirmed. */
    record PositionGiven(Position position) implements MeetingStep {}
}
