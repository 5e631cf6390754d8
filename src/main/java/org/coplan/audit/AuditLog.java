package org.coplan.audit;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The append-only record. There is deliberately no way to change or remove an event. */
public interface AuditLog {

    void record(AuditEntry entry);

    /**
     * Records that a page was seen. Within a web request the entry is kept until the page is
     * ready and written with the request's other views in one insert, in the request's own thread,
     * before the response is sent; if that fails the person gets an error page, never a page whose
     * viewing went unrecorded. Outside a web request it is written at once, as {@link #record}.
     */
    void recordView(AuditEntry entry);

    /** The newest events on a case first. */
    List<AuditEvent> forCase(UUID caseId, int limit);

    long countForCase(UUID caseId);

    /**
     * The newest events outside any case (signing in and out, failed sign-ins, lockouts, password
     * resets, role changes) whose actor is one of these people.
     */
    List<AuditEvent> accountEvents(Collection<UUID> actors, int limit);
}
