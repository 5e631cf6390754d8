package org.coplan.audit;

import java.util.List;
import java.util.UUID;

/** The append-only record. There is deliberately no way to change or remove an event. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** The newest events on a case first. */
    List<AuditEvent> forCase(UUID caseId, int limit);

    long countForCase(UUID caseId);
}
