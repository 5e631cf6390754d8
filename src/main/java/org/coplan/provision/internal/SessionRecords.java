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
}
