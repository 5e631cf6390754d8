package org.coplan.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.meetings.domain.ActionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Actions: who does what by when, and where each stands. */
@Repository
public class Actions {

    public record Action(
            UUID id, UUID caseId, UUID meetingId, UUID decisionId, String description, UUID ownerMemberId, UUID ownerPersonId,
            String ownerName, String ownerRole, LocalDate dueOn, ActionStatus status, String cancelReason, Instant statusChangedAt,
            String statusChangedBy, String createdByName, Instant createdAt, int version) {

        public boolean overdue(LocalDate today) {
            return status == ActionStatus.OPEN && dueOn.isBefore(today);
        }
    }

    private final JdbcClient jdbc;

    Actions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Action a) {
        jdbc.sql("""
                insert into meeting_action (id, case_id, meeting_id, decision_id, description, owner_member_id, owner_person_id,
                    owner_name, owner_role, due_on, status, created_by_name, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(a.id(), a.caseId(), a.meetingId(), a.decisionId(), a.description(), a.ownerMemberId(), a.ownerPersonId(),
                        a.ownerName(), a.ownerRole(), a.dueOn(), a.createdByName(), Timestamp.from(a.createdAt()))
                .update();
    }

    public Optional<Action> find(UUID caseId, UUID actionId) {
        return jdbc.sql("select * from meeting_action where case_id = ? and id = ?").params(caseId, actionId).query(Actions::row).optional();
    }

    public List<Action> forCase(UUID caseId) {
        return jdbc.sql("select * from meeting_action where case_id = ? order by due_on, created_at").param(caseId).query(Actions::row).list();
    }

    /** Changes the status if nobody changed the action since {@code basedOnVersion}. */
    public boolean changeStatus(UUID actionId, ActionStatus status, String cancelReason, String byName, Instant at, int basedOnVersion) {
        return jdbc.sql("""
                update meeting_action set status = ?, cancel_reason = ?, status_changed_at = ?, status_changed_by = ?, version = version + 1
                where id = ? and version = ?""")
                .params(status.name(), cancelReason, Timestamp.from(at), byName, actionId, basedOnVersion)
                .update() == 1;
    }

    private static Action row(ResultSet rs, int n) throws SQLException {
        return new Action(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getObject("decision_id", UUID.class), rs.getString("description"), rs.getObject("owner_member_id", UUID.class),
                rs.getObject("owner_person_id", UUID.class), rs.getString("owner_name"), rs.getString("owner_role"),
                rs.getObject("due_on", LocalDate.class), ActionStatus.valueOf(rs.getString("status")), rs.getString("cancel_reason"),
                Meetings.instant(rs, "status_changed_at"), rs.getString("status_changed_by"), rs.getString("created_by_name"),
                Meetings.instant(rs, "created_at"), rs.getInt("version"));
    }
}
