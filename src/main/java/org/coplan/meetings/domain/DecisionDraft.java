package org.coplan.meetings.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.meetings.domain.Refusal.Reason;

/**
 * A decision about to be recorded: each participant's position. A disagreement always gives its
 * reason, and a decision made at a meeting is recorded only once the meeting's record is open.
 */
public record DecisionDraft(List<Stance> positions) {

    /** One participant's position, and their reason (needed when they disagree). */
    public record Stance(UUID memberId, String name, Position position, String reason) {}

    public DecisionDraft {
        positions = List.copyOf(positions);
    }

    /** @param meeting the meeting it was made at, if any */
    public Outcome<MeetingStep.DecisionRecorded> record(Optional<ArrangedMeeting> meeting, LocalDate today) {
        List<Refusal> reasons = new ArrayList<>(meeting.map(m -> m.whyTheRecordIsClosed(today)).orElse(List.of()));
        for (Stance s : positions) {
            if (s.position() == Position.DISAGREE && (s.reason() == null || s.reason().isBlank())) {
                reasons.add(Refusal.about(s.memberId(), Reason.DISAGREEMENT_NEEDS_A_REASON, s.name()));
            }
        }
        return Outcome.unless(reasons, () -> new MeetingStep.DecisionRecorded(positions));
    }

    /** Every decision is looked at again: its review date comes after the day it is made. */
    public static java.util.List<Refusal> reviewDate(LocalDate reviewOn, LocalDate today) {
        return reviewOn != null && !reviewOn.isAfter(today) ? List.of(Refusal.of(Reason.REVIEW_NOT_AFTER_TODAY)) : List.of();
    }

    /** The review date a new decision's form suggests: six months on, the usual gap between reviews of support. */
    public static LocalDate suggestedReview(LocalDate today) {
        return today.plusMonths(6);
    }
}
