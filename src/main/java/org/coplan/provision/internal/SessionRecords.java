package org.coplan.provision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.provision.domain.NotDeliveredReason;
import org.coplan.provision.domain.Session;
import org.coplan.provision.domain.SessionStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sessions of provision as recorded. Corrections add a row and mark the old one replaced; nothing is deleted. */
@Repository
public class SessionRecords {

    private final JdbcClient jdbc;

    SessionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a session. False when the item already has a current session (or make-up) that day. */
    public boolean insert(Session s) {
        try {
            jdbc.sql("""
                    insert into provision_session (id, case_id, item_lineage, session_date, status, minutes, delivered_by, note, reason,
                        reason_words, makes_up, group_session_id, recorded_by, recorded_by_name, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(s.id(), s.caseId(), s.itemLineage(), s.date(), s.status().name(), s.minutes(), s.deliveredBy(), s.note(),
                            s.reason() == null ? null : s.reason().name(), s.reasonWords(), s.makesUp(), s.groupSessionId(),
                            s.recordedBy(), s.recordedByName(), Timestamp.from(s.recordedAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException twice) {
            return false;
        }
    }

    /** Marks a current session replaced by another. False when it was already replaced. */
    public boolean replace(UUID caseId, UUID sessionId, UUID replacement) {
        return jdbc.sql("update provision_session set replaced_by = ? where case_id = ? and id = ? and replaced_by is null")
                .params(replacement, caseId, sessionId)
                .update() == 1;
    }

    public Optional<Session> find(UUID caseId, UUID sessionId) {
        return jdbc.sql("select * from provision_session where case_id = ? and id = ?")
                .params(caseId, sessionId)
                .query(SessionRecords::row)
                .optional();
    }

    /** The current sessions of a case dated from {@code from} to {@code to} inclusive, oldest first. */
    public List<Session> forCase(UUID caseId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select * from provision_session where case_id = ? and session_date between ? and ? and replaced_by is null
                order by session_date, seq""")
                .params(caseId, from, to)
                .query(SessionRecords::row)
                .list();
    }

    /** The current sessions of one item, oldest first. */
    public List<Session> forItem(UUID caseId, UUID lineage) {
        return jdbc.sql("""
                select * from provision_session where case_id = ? and item_lineage = ? and replaced_by is null
                order by session_date, seq""")
                .params(caseId, lineage)
                .query(SessionRecords::row)
                .list();
    }

    static Session row(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("reason");
        return new Session(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("item_lineage", UUID.class),
                rs.getObject("session_date", LocalDate.class),
                SessionStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("minutes"),
                rs.getString("delivered_by"),
                rs.getString("note"),
                reason == null ? null : NotDeliveredReason.valueOf(reason),
                rs.getString("reason_words"),
                rs.getObject("makes_up", UUID.class),
                rs.getObject("group_session_id", UUID.class),
                rs.getObject("recorded_by", UUID.class),
                rs.getString("recorded_by_name"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getObject("replaced_by", UUID.class));
    }

    // ---- delivery records: who recorded in which role, corrections, group sessions, a provider's week

    /** A session as stored, with the role it was recorded in and whether a lead recorded it for the provider. */
    public record Recorded(Session session, String recordedRole, boolean onBehalf) {}

    /**
     * Stores a session with the role it was recorded in. False when the item already has a current
     * session (or make-up) that day; the caller's transaction is then marked to roll back, so
     * nothing else it did stays.
     */
    public boolean insertAs(Session s, String recordedRole, boolean onBehalf) {
        try {
            jdbc.sql("""
                    insert into provision_session (id, case_id, item_lineage, session_date, status, minutes, delivered_by, note, reason,
                        reason_words, makes_up, group_session_id, recorded_by, recorded_by_name, recorded_at, recorded_role, on_behalf)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(s.id(), s.caseId(), s.itemLineage(), s.date(), s.status().name(), s.minutes(), s.deliveredBy(), s.note(),
                            s.reason() == null ? null : s.reason().name(), s.reasonWords(), s.makesUp(), s.groupSessionId(),
                            s.recordedBy(), s.recordedByName(), Timestamp.from(s.recordedAt()), recordedRole, onBehalf)
                    .update();
            return true;
        } catch (DuplicateKeyException twice) {
            org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return false;
        }
    }

    /** Every session of one item, corrected ones too, newest first. */
    public List<Recorded> history(UUID caseId, UUID lineage) {
        return jdbc.sql("""
                select * from provision_session where case_id = ? and item_lineage = ?
                order by session_date desc, seq desc""")
                .params(caseId, lineage)
                .query((rs, n) -> new Recorded(row(rs, n), rs.getString("recorded_role"), rs.getBoolean("on_behalf")))
                .list();
    }

    /** Make-ups of a corrected missed session now make up its correction. */
    public void moveMakeUps(UUID caseId, UUID from, UUID to) {
        jdbc.sql("update provision_session set makes_up = ? where case_id = ? and makes_up = ?")
                .params(to, caseId, from)
                .update();
    }

    /** Stores what a group session's children share. Each child's own row follows through {@link #insertAs}. */
    public void insertGroup(UUID id, java.time.LocalDate date, Integer minutes, String deliveredBy, String note, UUID recordedBy,
            String recordedByName, java.time.Instant recordedAt) {
        jdbc.sql("""
                insert into provision_group_session (id, session_date, minutes, delivered_by, note, recorded_by, recorded_by_name,
                    recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, date, minutes, deliveredBy, note, recordedBy, recordedByName, Timestamp.from(recordedAt))
                .update();
    }

    /** How many current sessions each item of these cases has from {@code from} to {@code to}, and how many were delivered. */
    public record Counted(UUID caseId, UUID lineage, int recorded, int delivered) {}

    /**
     * One statement for any number of items (each a case and a lineage, at the same index of the two
     * lists): each item is a short range of the index on (case, item, day), whatever its history. The
     * lateral join keeps it that way whatever the planner's estimates; a plain join let it read the
     * whole week of every case instead.
     */
    public List<Counted> countsBetween(List<UUID> caseIds, List<UUID> lineages, java.time.LocalDate from, java.time.LocalDate to) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select i.case_id, i.lineage as item_lineage, c.recorded, c.delivered
                from unnest(?::uuid[], ?::uuid[]) as i(case_id, lineage)
                cross join lateral (
                    select count(*) as recorded, count(*) filter (where s.status = 'DELIVERED') as delivered
                    from provision_session s
                    where s.case_id = i.case_id and s.item_lineage = i.lineage and s.session_date between ? and ? and s.replaced_by is null
                ) c
                where c.recorded > 0""")
                .params(caseIds.toArray(UUID[]::new), lineages.toArray(UUID[]::new), from, to)
                .query((rs, n) -> new Counted(rs.getObject("case_id", UUID.class), rs.getObject("item_lineage", UUID.class),
                        rs.getInt("recorded"), rs.getInt("delivered")))
                .list();
    }
}
