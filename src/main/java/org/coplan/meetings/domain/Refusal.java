package org.coplan.meetings.domain;

import java.util.List;

/**
 * Why a step was refused: the rule, what it is about (a proposed time's position, a team member's
 * id, or nothing) and the values the message needs, such as the day the record opens.
 */
public record Refusal(Reason reason, Object about, List<Object> args) {

    /** Each rule a step can break, with the message that explains it in plain words. */
    public enum Reason {
        /** The record (views, notes, decisions, actions) opens on the day of the meeting. */
        NOT_BEFORE_THE_MEETING("meeting.refused.notBeforeTheMeeting"),
        /** A cancelled meeting has no record and takes no replies. */
        MEETING_CANCELLED("meeting.refused.cancelled"),
        ALREADY_CANCELLED("meeting.refused.alreadyCancelled"),
        RECORD_COMPLETE("meeting.refused.recordComplete"),
        /** Something is written in the record, so the meeting took place: it can no longer be moved or cancelled. */
        RECORD_STARTED("meeting.refused.recordStarted"),
        TIME_IN_THE_PAST("meeting.error.past"),
        SAME_TIME("meeting.refused.sameTime"),
        /** D17: an annual review meeting needs 2 weeks' notice, or a reason for less. */
        SHORT_NOTICE_NEEDS_A_REASON("meeting.error.shortNoticeReason"),
        /** D17: and the family's agreement to less. */
        SHORT_NOTICE_NEEDS_THE_FAMILYS_AGREEMENT("meeting.error.familyAgreed"),
        /** A time someone said they cannot attend is kept only with a reason. */
        CLASH_NEEDS_A_REASON("meeting.error.clash"),
        /** Every "no" carries a reason. */
        DISAGREEMENT_NEEDS_A_REASON("decision.error.disagreeReason"),
        DUE_IN_THE_PAST("action.error.duePast"),
        /** An action's owner must be able to mark it done. */
        OWNER_CANNOT_ACT("meeting.error.notOnCase"),
        /** A decision's review date is after the day it is made. */
        REVIEW_NOT_AFTER_TODAY("decision.error.reviewPast"),
        /** Views before a meeting are written until it starts; later only to correct views recorded for the person. */
        VIEWS_CLOSED("views.refused.closed"),
        /** A lead never writes over a family member's own words: a note beside them instead. */
        IN_THEIR_OWN_WORDS("views.refused.ownWords"),
        /** Someone else changed the meeting between reading it and this step. */
        CHANGED_MEANWHILE("meeting.refused.changedMeanwhile");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public Refusal {
        args = List.copyOf(args);
    }

    public static Refusal of(Reason reason, Object... args) {
        return new Refusal(reason, null, List.of(args));
    }

    public static Refusal about(Object about, Reason reason, Object... args) {
        return new Refusal(reason, about, List.of(args));
    }
}
