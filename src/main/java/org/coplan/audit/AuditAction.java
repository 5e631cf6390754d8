package org.coplan.audit;

/** What happened, as the audit trail records it. Every value is allowed by the audit table's check. */
public enum AuditAction {
    VIEWED,
    CHANGED,
    EXPORTED,
    SHARED,
    MESSAGE_SENT,
    SIGNED_IN,
    /** A request for a case page that the person may not see, answered "Page not found". */
    REFUSED,
    /** A sign-in with a wrong password or an unknown email address. */
    SIGN_IN_FAILED,
    /** An account locked after too many wrong passwords, or a source address held back. */
    LOCKED_OUT,
    SIGNED_OUT,
    /** A password reset asked for, or a password changed by a reset link. */
    PASSWORD_RESET,
    /** A staff role given or removed, or a second factor set up or reset. */
    ROLE_CHANGED
}
