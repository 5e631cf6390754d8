package org.coplan.meetings.domain;

/** How people meet: in a place, online (with a link) or by phone (with a number). */
public enum MeetingMode {
    IN_PERSON,
    ONLINE,
    PHONE
}
