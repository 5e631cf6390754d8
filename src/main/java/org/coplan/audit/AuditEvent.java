package org.coplan.audit;

import java.time.Instant;
import java.util.UUID;

public record AuditEvent(
        long id, Instant occurredAt, UUID actorId, String actorName, String actorRole, UUID caseId,
        AuditAction action, String subject, String detail) {}
