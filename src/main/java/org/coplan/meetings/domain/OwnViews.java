package org.coplan.meetings.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coplan.meetings.domain.Refusal.Reason;

/**
 * The rules for a family member's views before a meeting, in their own words. They write and change
 * them until the meeting starts; after that only to correct views someone recorded on their behalf,
 * until the record is complete. A case lead may record views on someone's behalf (said by phone, at a
 * visit) but never over words the person wrote themselves: the lead adds a note beside them instead.
 * Nothing is written for a cancelled meeting.
 */
public final class OwnViews {

    /** Who holds the latest views of a person on a meeting. */
    public enum Latest {
        NONE,
        IN_THEIR_OWN_HAND,
        ON_THEIR_BEHALF
    }

    private OwnViews() {}

    /** The person writes or changes their own views. */
    public static Outcome<MeetingStep.ViewsWritten> write(ArrangedMeeting meeting, LocalDateTime now, Latest latest) {
        List<Refusal> reasons = new ArrayList<>(closed(meeting));
        boolean started = !firstStart(meeting).isAfter(now);
        if (reasons.isEmpty() && started && latest != Latest.ON_THEIR_BEHALF) {
            reasons.add(Refusal.of(Reason.VIEWS_CLOSED));
        }
        return Outcome.unless(reasons, () -> new MeetingStep.ViewsWritten(false));
    }

    /** A case lead records views on the person's behalf. */
    public static Outcome<MeetingStep.ViewsWritten> recordOnBehalf(ArrangedMeeting meeting, Latest latest) {
        List<Refusal> reasons = new ArrayList<>(closed(meeting));
        if (latest == Latest.IN_THEIR_OWN_HAND) {
            reasons.add(Refusal.of(Reason.IN_THEIR_OWN_WORDS));
        }
        return Outcome.unless(reasons, () -> new MeetingStep.ViewsWritten(true));
    }

    /** The person says views recorded on their behalf are right. */
    public static Outcome<MeetingStep.ViewsWritten> confirm(ArrangedMeeting meeting, Latest latest) {
        if (latest != Latest.ON_THEIR_BEHALF) {
            return Outcome.refused(Refusal.of(Reason.CHANGED_MEANWHILE));
        }
        return Outcome.done(new MeetingStep.ViewsWritten(false));
    }

    private static List<Refusal> closed(ArrangedMeeting meeting) {
        if (meeting.cancelled()) {
            return List.of(Refusal.of(Reason.MEETING_CANCELLED));
        }
        if (meeting.status() == ArrangedMeeting.Status.COMPLETE) {
            return List.of(Refusal.of(Reason.RECORD_COMPLETE));
        }
        return List.of();
    }

    private static LocalDateTime firstStart(ArrangedMeeting meeting) {
        return meeting.times().stream().map(ProposedTime::starts).min(Comparator.naturalOrder()).orElseThrow();
    }
}
