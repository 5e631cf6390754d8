package org.coplan.meetings.domain;

/** What a meeting is for. An annual review meeting is also a step on the case's statutory timeline. */
public enum MeetingKind {
    PLANNING,
    ANNUAL_REVIEW,
    STRUCTURED_CONVERSATION
}
