package org.coplan.audit;

public enum AuditAction {
    VIEWED,
    CHANGED,
    EXPORTED,
    SHARED,
    MESSAGE_SENT,
    SIGNED_IN
}
