package org.coplan.meetings.domain;

/** An attendee's answer to an invitation. */
public enum Reply {
    ATTENDING,
    NOT_ATTENDING,
    MAYBE
}
