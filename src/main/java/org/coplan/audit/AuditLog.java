package org.coplan.audit;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The append-only record. There is deliberately no way to change or remove an event. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** The newest events on a case first. */
    List<AuditEvent> forCase(UUID caseId, int limit);

    long countForCase(UUID caseId);

    /**
     * The newest events outside any case (signing in and out, failed sign-ins, lockouts, password
     * resets, role changes) whose actor is one of these people.
     */
    List<AuditEvent> accountEvents(Collection<UUID> actors, int limit);
}
