package org.coplan.notify;

/** Sends email and records every message sent in the audit trail. */
public interface Emails {
    void send(Email email);
}
