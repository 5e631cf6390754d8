package org.coplan.meetings.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.meetings.domain.NotePart;
import org.coplan.meetings.internal.Actions.Action;
import org.coplan.meetings.internal.Decisions.Decision;
import org.coplan.meetings.internal.MeetingAccess.MeetingCase;
import org.coplan.meetings.internal.Meetings.Attendee;
import org.coplan.meetings.internal.Meetings.Meeting;
import org.coplan.meetings.internal.Meetings.Note;
import org.coplan.meetings.internal.Meetings.View;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the meetings pages show, once the case has been opened through {@link MeetingAccess}: a
 * case's meetings, decisions and actions, one decision or action, and a meeting's attendees, views and
 * notes. {@link MeetingWork} changes them.
 */
@Service
@Transactional(readOnly = true)
public class MeetingReading {

    private final Meetings meetings;
    private final Decisions decisions;
    private final Actions actions;

    MeetingReading(Meetings meetings, Decisions decisions, Actions actions) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.actions = actions;
    }

    /** The case's meetings, the most recently arranged first. */
    public List<Meeting> meetings(MeetingCase mc) {
        return meetings.forCase(mc.caseId());
    }

    /** The case's decisions, from meetings or on their own, the most recent first. */
    public List<Decision> decisions(MeetingCase mc) {
        return decisions.forCase(mc.caseId());
    }

    /** The case's actions, whatever their status, the soonest due first. */
    public List<Action> actions(MeetingCase mc) {
        return actions.forCase(mc.caseId());
    }

    /** The decision if it is one of the case's. */
    public Optional<Decision> decision(MeetingCase mc, UUID decisionId) {
        return decisions.find(mc.caseId(), decisionId);
    }

    /** The action if it is one of the case's. */
    public Optional<Action> action(MeetingCase mc, UUID actionId) {
        return actions.find(mc.caseId(), actionId);
    }

    /** The people invited to the meeting, with their replies. */
    public List<Attendee> attendees(Meeting meeting) {
        return meetings.attendees(meeting.id());
    }

    /** The views recorded at the meeting, in the order they were recorded. */
    public List<View> views(Meeting meeting) {
        return meetings.views(meeting.id());
    }

    /** The latest text of each part of the meeting's record, and of each family member's own account. */
    public List<Note> latestNotes(Meeting meeting) {
        return meetings.latestNotes(meeting.id());
    }

    /** The latest text of one part of the record: an official part, or the account of the family member {@code accountOf}. */
    public Optional<Note> latestNote(Meeting meeting, NotePart part, UUID accountOf) {
        return meetings.latest(meeting.id(), part, accountOf);
    }
}
