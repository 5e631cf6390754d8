package org.coplan.notify;

/**
 * The one way Coplan tells a person something: the words from the messages in the service's
 * language, the service's name, the link to the page, the message and its audit entry. Callers
 * decide who may be told (for a case, through the case's audience) and by which channel; this
 * decides how.
 */
public interface Notices {

    /** Tells the person by email. */
    void tell(Notice notice);

    /**
     * Tells the person by the route given: an email is sent at once; a text message, letter or phone
     * call is saved in the outbox in the caller's transaction and sent from there.
     */
    void tell(Notice notice, Route route);
}
