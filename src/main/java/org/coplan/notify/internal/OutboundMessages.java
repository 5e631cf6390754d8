package org.coplan.notify.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.notify.OutboundMessage;
import org.coplan.notify.OutboundMessage.Channel;
import org.coplan.notify.OutboundMessage.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox: texts, letters and phone calls, one row each, until they are done. */
@Repository
public class OutboundMessages {

    private final JdbcClient jdbc;

    OutboundMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(OutboundMessage m) {
        jdbc.sql("""
                insert into outbound_message (id, case_id, local_authority_id, recipient_name, channel, phone, address_lines,
                    subject, body, status, attempts, next_try_at, last_error, assignee_id, note, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.id(), m.caseId(), m.localAuthorityId(), m.recipientName(), m.channel().name(), m.phone(),
                        m.addressLines().isEmpty() ? null : m.addressLines().toArray(String[]::new), m.subject(), m.body(),
                        m.status().name(), m.attempts(), ts(m.nextTryAt()), m.lastError(), m.assigneeId(), m.note(),
                        ts(m.createdAt()), ts(m.updatedAt()))
                .update();
    }

    /**
     * Claims the message due soonest, locking its row for the caller's transaction; a row another
     * node has claimed is skipped, so each message is sent by one node at a time.
     */
    public Optional<OutboundMessage> claimDue(Instant now) {
        return jdbc.sql("""
                select * from outbound_message where status = 'QUEUED' and next_try_at <= ?
                order by next_try_at limit 1 for update skip locked""")
                .param(ts(now))
                .query(OutboundMessages::row)
                .optional();
    }

    /** Records a try: the new status, how many tries so far, when to try next and what went wrong. */
    public void tried(UUID id, Status status, int attempts, Instant nextTry, String error, String notifyId, Instant now) {
        jdbc.sql("""
                update outbound_message set status = ?, attempts = ?, next_try_at = ?, last_error = ?,
                    notify_id = coalesce(?, notify_id), updated_at = ? where id = ?""")
                .params(status.name(), attempts, ts(nextTry), error, notifyId, ts(now), id)
                .update();
    }

    /** Moves a message on from one status to the next; false if it was no longer in {@code from}. */
    public boolean move(UUID id, Status from, Status to, String note, Instant now) {
        return jdbc.sql("update outbound_message set status = ?, note = coalesce(?, note), updated_at = ? where id = ? and status = ?")
                .params(to.name(), note, ts(now), id, from.name())
                .update() == 1;
    }

    public Optional<OutboundMessage> find(UUID id) {
        return jdbc.sql("select * from outbound_message where id = ?").param(id).query(OutboundMessages::row).optional();
    }

    public List<OutboundMessage> ofCase(UUID caseId, Status status) {
        return jdbc.sql("select * from outbound_message where case_id = ? and status = ? order by created_at desc, id")
                .params(caseId, status.name())
                .query(OutboundMessages::row)
                .list();
    }

    public long countOfCase(UUID caseId, Status status) {
        return jdbc.sql("select count(*) from outbound_message where case_id = ? and status = ?")
                .params(caseId, status.name())
                .query(Long.class)
                .single();
    }

    public List<OutboundMessage> toPrint(Collection<UUID> authorities) {
        if (authorities.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from outbound_message where status = 'TO_PRINT' and local_authority_id = any(?) order by created_at, id")
                .param(authorities.toArray(UUID[]::new))
                .query(OutboundMessages::row)
                .list();
    }

    public List<OutboundMessage> openCalls(UUID assignee) {
        return jdbc.sql("select * from outbound_message where status = 'CALL_OPEN' and assignee_id = ? order by created_at, id")
                .param(assignee)
                .query(OutboundMessages::row)
                .list();
    }

    public long countToPrint(Collection<UUID> authorities) {
        if (authorities.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from outbound_message where status = 'TO_PRINT' and local_authority_id = any(?)")
                .param(authorities.toArray(UUID[]::new))
                .query(Long.class)
                .single();
    }

    public long countOpenCalls(UUID assignee) {
        return jdbc.sql("select count(*) from outbound_message where status = 'CALL_OPEN' and assignee_id = ?")
                .param(assignee)
                .query(Long.class)
                .single();
    }

    static OutboundMessage row(ResultSet rs, int n) throws SQLException {
        Array lines = rs.getArray("address_lines");
        return new OutboundMessage(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("local_authority_id", UUID.class),
                rs.getString("recipient_name"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("phone"),
                lines == null ? List.of() : Arrays.asList((String[]) lines.getArray()),
                rs.getString("subject"),
                rs.getString("body"),
                Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs.getTimestamp("next_try_at")),
                rs.getString("last_error"),
                rs.getObject("assignee_id", UUID.class),
                rs.getString("note"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")));
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
