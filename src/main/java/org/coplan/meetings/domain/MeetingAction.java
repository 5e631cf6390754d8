package org.coplan.meetings.domain;

/** Everything a person can do with meetings, decisions and actions on a case. */
public enum MeetingAction {
    /** See meetings, their records, decisions and actions. */
    VIEW,
    /** Arrange a meeting and invite people. */
    ARRANGE,
    /** Write the official record: views, Focus, Plan, Review; record decisions and actions; complete the record. */
    RECORD,
    /** Say whether one can come to a meeting one is invited to. */
    REPLY,
    /** Write one's own account of a meeting beside the official notes. */
    WRITE_FAMILY_ACCOUNT
}
