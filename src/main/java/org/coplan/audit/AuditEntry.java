package org.coplan.audit;

import java.util.UUID;

/**
 * One thing to record: who (and in what role) did what to which case.
 *
 * @param caseId the case concerned, or null for events outside a case (signing in)
 * @param subject what was seen or changed, in words a family would understand
 */
public record AuditEntry(
        UUID actorId, String actorName, String actorRole, UUID caseId, AuditAction action, String subject, String detail) {

    public static AuditEntry system(UUID caseId, AuditAction action, String subject, String detail) {
        return new AuditEntry(null, "Coplan", "SYSTEM", caseId, action, subject, detail);
    }
}
