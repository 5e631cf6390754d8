package org.coplan.notify;

/** Sends email and records every message sent in the audit trail. */
public interface Emails {

    /**
     * Sends the email. A mail server that does not take it never undoes what the person did: the
     * failure is logged and recorded in the audit trail.
     */
    void send(Email email);

    /**
     * Sends the email, or throws {@link EmailNotSent} when the mail server does not take it, so a
     * caller sending inside a transaction (a claimed reminder) rolls back and can try again later.
     * The audit record says {@code auditSubject} and {@code auditDetail} (which message, to whom in
     * which role), never the body. Without an SMTP server the email is kept in the demo mailbox, as
     * {@link #send} does, and counts as sent.
     */
    void sendOrFail(Email email, String auditSubject, String auditDetail);
}
