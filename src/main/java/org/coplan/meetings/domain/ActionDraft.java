package org.coplan.meetings.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.meetings.domain.Refusal.Reason;

/**
 * An action about to be added: who owns it and when it is due. Its owner must be able to mark it
 * done (not someone who may only view the record), it is not due before today, and an action from a
 * meeting is added only once the meeting's record is open. The owner or the due date may be null
 * while a form is incomplete: then the rest is checked.
 */
public record ActionDraft(UUID ownerMemberId, boolean ownerMayAct, LocalDate dueOn) {

    /** @param meeting the meeting it comes from (or that of the decision it carries out), if any */
    public Outcome<MeetingStep.ActionAdded> add(Optional<ArrangedMeeting> meeting, LocalDate today) {
        List<Refusal> reasons = new ArrayList<>(meeting.map(m -> m.whyTheRecordIsClosed(today)).orElse(List.of()));
        if (ownerMemberId != null && !ownerMayAct) {
            reasons.add(Refusal.about(ownerMemberId, Reason.OWNER_CANNOT_ACT));
        }
        if (dueOn != null && dueOn.isBefore(today)) {
            reasons.add(Refusal.of(Reason.DUE_IN_THE_PAST));
        }
        return Outcome.unless(reasons, () -> new MeetingStep.ActionAdded(ownerMemberId, dueOn));
    }
}
