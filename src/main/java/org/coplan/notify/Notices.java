package org.coplan.notify;

/**
 * The one way Coplan tells a person something: the words from the messages in the service's
 * language, the service's name, the link to the page, the email and its audit entry. Callers
 * decide who may be told (for a case, through the case's audience); this decides how.
 */
public interface Notices {

    void tell(Notice notice);
}
