package org.coplan.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.meetings.domain.ActionStatus;
import org.coplan.process.domain.DashboardAccess.Scope;
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

    /** A case's open actions past their due date: how many, and the earliest due date among them. */
    public record OverdueOnCase(UUID caseId, long count, LocalDate oldestDueOn) {}

    /** Overdue actions on a set of cases: how many, on how many cases, and the cases overdue the longest. */
    public record OverdueOnCases(long actions, long cases, List<OverdueOnCase> longest) {}

    private final JdbcClient jdbc;

    Actions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds an open action, with a copy of its case's local authority and school for the caseload. */
    public void insert(Action a, UUID localAuthority, UUID school) {
        insertRow(a, null, localAuthority, school);
    }

    /** An open action of a board meeting: owned by a person (no case member), with the area's local authority. */
    public void insertForBoard(UUID boardMeetingId, Action a, UUID localAuthority) {
        insertRow(a, boardMeetingId, localAuthority, null);
    }

    /** The one insert of an action row, for a case or (with {@code boardMeetingId}) a board meeting. */
    private void insertRow(Action a, UUID boardMeetingId, UUID localAuthority, UUID school) {
        jdbc.sql("""
                insert into meeting_action (id, case_id, board_meeting_id, meeting_id, decision_id, description, owner_member_id,
                    owner_person_id, owner_name, owner_role, due_on, status, created_by_name, created_at, local_authority_id, school_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?)""")
                .params(a.id(), a.caseId(), boardMeetingId, a.meetingId(), a.decisionId(), a.description(), a.ownerMemberId(),
                        a.ownerPersonId(), a.ownerName(), a.ownerRole(), a.dueOn(), a.createdByName(), Timestamp.from(a.createdAt()),
                        localAuthority, school)
                .update();
    }

    /** A board meeting's actions, by due date: only rows with that board scope. */
    public List<BoardActionRow> forBoard(UUID boardMeetingId) {
        return jdbc.sql("select * from meeting_action where board_meeting_id = ? and case_id is null order by due_on, created_at, id")
                .param(boardMeetingId).query(Actions::boardRow).list();
    }

    /** Every board action of an area (every meeting), by due date. */
    public List<BoardActionRow> forBoardArea(UUID localAuthority) {
        return jdbc.sql("""
                select * from meeting_action where board_meeting_id is not null and case_id is null and local_authority_id = ?
                order by due_on, created_at, id""")
                .param(localAuthority).query(Actions::boardRow).list();
    }

    /** One board action, if it is a board's (a case's action is never found here). */
    public Optional<BoardActionRow> findForBoard(UUID actionId) {
        return jdbc.sql("select * from meeting_action where id = ? and board_meeting_id is not null and case_id is null")
                .param(actionId).query(Actions::boardRow).optional();
    }

    /** A board action as stored, with the board meeting it belongs to. */
    public record BoardActionRow(UUID boardMeetingId, UUID localAuthorityId, Action action) {}

    private static BoardActionRow boardRow(ResultSet rs, int n) throws SQLException {
        return new BoardActionRow(rs.getObject("board_meeting_id", UUID.class), rs.getObject("local_authority_id", UUID.class), row(rs, n));
    }

    /** Keeps the caseload's copy of the case's authority and school in step with the case. */
    public void moveCase(UUID caseId, UUID localAuthority, UUID school) {
        jdbc.sql("update meeting_action set local_authority_id = ?, school_id = ? where case_id = ?")
                .params(localAuthority, school, caseId).update();
    }

    public Optional<Action> find(UUID caseId, UUID actionId) {
        return jdbc.sql("select * from meeting_action where case_id = ? and id = ?").params(caseId, actionId).query(Actions::row).optional();
    }

    public List<Action> forCase(UUID caseId) {
        return jdbc.sql("select * from meeting_action where case_id = ? order by due_on, created_at").param(caseId).query(Actions::row).list();
    }

    /** How many of the case's actions are still open after their due date. */
    public long overdueCount(UUID caseId, LocalDate today) {
        return jdbc.sql("select count(*) from meeting_action where case_id = ? and status = 'OPEN' and due_on < ?")
                .params(caseId, today).query(Long.class).single();
    }

    /**
     * How many open actions past their due date there are on a caseload's cases, on how many
     * cases, and the {@code shown} cases among them overdue the longest (by their oldest due date).
     * Done and cancelled actions never count, and an action due today is not yet overdue. Counted
     * in the database, from the partial indexes of open actions, so only the cases shown come back.
     *
     * @param ids the case ids for {@link Scope#MINE}, the local authorities for {@link Scope#AUTHORITY},
     *     the schools for {@link Scope#SCHOOL}
     */
    public OverdueOnCases overdueOn(Scope scope, Collection<UUID> ids, LocalDate today, int shown) {
        String column = switch (scope) {
            case MINE -> "case_id";
            case AUTHORITY -> "local_authority_id";
            case SCHOOL -> "school_id";
        };
        List<Ranked> rows = jdbc.sql("""
                with per_case as (
                    select case_id, count(*) as overdue, min(due_on) as oldest from meeting_action
                    where %s = any(?) and case_id is not null and status = 'OPEN' and due_on < ?
                    group by case_id)
                select case_id, overdue, oldest, count(*) over () as cases, sum(overdue) over () as actions
                from per_case
                order by oldest, case_id
                limit ?""".formatted(column))
                .params(ids.toArray(UUID[]::new), today, shown)
                .query((rs, n) -> new Ranked(
                        new OverdueOnCase(rs.getObject("case_id", UUID.class), rs.getLong("overdue"), rs.getObject("oldest", LocalDate.class)),
                        rs.getLong("cases"), rs.getLong("actions")))
                .list();
        if (rows.isEmpty()) {
            return new OverdueOnCases(0, 0, List.of());
        }
        return new OverdueOnCases(rows.get(0).actions(), rows.get(0).cases(), rows.stream().map(Ranked::overdue).toList());
    }

    /** One of the cases shown, with the totals over every case (the same on each row). */
    private record Ranked(OverdueOnCase overdue, long cases, long actions) {}

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
