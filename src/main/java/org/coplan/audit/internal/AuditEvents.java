package org.coplan.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditEvent;
import org.coplan.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Service
class AuditEvents implements AuditLog {

    /** The request attribute holding the views recorded in a request and not yet written. */
    static final String PENDING_VIEWS = AuditEvents.class.getName() + ".pendingViews";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditEvents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Joins the caller's transaction, so a change and its audit event are stored together or not at all. */
    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEntry e) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor_id, actor_name, actor_role, case_id, action, subject, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(clock.instant()), e.actorId(), e.actorName(), e.actorRole(), e.caseId(),
                        e.action().name(), e.subject(), e.detail())
                .update();
    }

    @Override
    public void recordView(AuditEntry entry) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            record(entry);
            return;
        }
        HttpServletRequest request = attributes.getRequest();
        @SuppressWarnings("unchecked")
        List<AuditEntry> pending = (List<AuditEntry>) request.getAttribute(PENDING_VIEWS);
        if (pending == null) {
            pending = new ArrayList<>();
            request.setAttribute(PENDING_VIEWS, pending);
        }
        pending.add(entry);
    }

    private void writePendingViewsOfThisRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            writePendingViews(attributes.getRequest());
        }
    }

    /** Writes the views the request has recorded so far, all in one insert (see {@link ViewsWritten}). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void writePendingViews(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        List<AuditEntry> pending = (List<AuditEntry>) request.getAttribute(PENDING_VIEWS);
        if (pending == null || pending.isEmpty()) {
            return;
        }
        List<AuditEntry> entries = List.copyOf(pending);
        Timestamp at = Timestamp.from(clock.instant());
        StringBuilder sql = new StringBuilder(
                "insert into audit_event (occurred_at, actor_id, actor_name, actor_role, case_id, action, subject, detail) values ");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry e = entries.get(i);
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
            params.addAll(java.util.Arrays.asList(
                    at, e.actorId(), e.actorName(), e.actorRole(), e.caseId(), e.action().name(), e.subject(), e.detail()));
        }
        jdbc.sql(sql.toString()).params(params).update();
        pending.subList(0, entries.size()).clear();
    }

    /** The views this request has recorded so far are written first, so a page listing views includes its own. */
    @Override
    @Transactional
    public List<AuditEvent> forCase(UUID caseId, int limit) {
        writePendingViewsOfThisRequest();
        return jdbc.sql("select * from audit_event where case_id = ? order by occurred_at desc, id desc limit ?")
                .params(caseId, limit)
                .query(AuditEvents::event)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEvent> accountEvents(Collection<UUID> actors, int limit) {
        if (actors.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from audit_event
                where case_id is null and actor_id = any(?)
                  and action in ('SIGNED_IN', 'SIGN_IN_FAILED', 'LOCKED_OUT', 'SIGNED_OUT', 'PASSWORD_RESET', 'ROLE_CHANGED')
                order by occurred_at desc, id desc limit ?""")
                .params(actors.toArray(UUID[]::new), limit)
                .query(AuditEvents::event)
                .list();
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"),
                rs.getString("actor_role"),
                rs.getObject("case_id", UUID.class),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("subject"),
                rs.getString("detail"));
    }

    @Override
    @Transactional
    public long countForCase(UUID caseId) {
        writePendingViewsOfThisRequest();
        return jdbc.sql("select count(*) from audit_event where case_id = ?").param(caseId).query(Long.class).single();
    }
}
