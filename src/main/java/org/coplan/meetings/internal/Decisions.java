package org.coplan.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.meetings.domain.DecisionHolder;
import org.coplan.meetings.domain.Position;
import org.coplan.plans.domain.SectionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Decisions with the plan sections they change and each participant's position. Recorded once, never changed. */
@Repository
public class Decisions {

    public record SectionLink(SectionCode section, UUID planId) {}

    /**
     * A team member's position. {@code onBehalf}: entered by {@code enteredByName} for them, and marked so
     * until they confirm it ({@code confirmedAt}) or give their own; {@code version} refuses a stale change.
     */
    public record PositionTaken(UUID memberId, String memberName, String memberRole, Position position, String reasons,
            boolean onBehalf, String enteredByName, Instant givenAt, Instant confirmedAt, int version) {

        /** A position as the recorder typed it, for the person: on their behalf until they confirm it. */
        public PositionTaken(UUID memberId, String memberName, String memberRole, Position position, String reasons) {
            this(memberId, memberName, memberRole, position, reasons, true, null, null, null, 0);
        }

        public PositionTaken inOwnHand() {
            return new PositionTaken(memberId, memberName, memberRole, position, reasons, false, enteredByName, givenAt, confirmedAt,
                    version);
        }

        /** Entered on the person's behalf and not yet confirmed by them. */
        public boolean awaitingConfirmation() {
            return onBehalf && confirmedAt == null;
        }
    }

    /** @param reviewOn when the decision is to be looked at again; its recorder is reminded on that day */
    public record Decision(
            UUID id, UUID caseId, UUID meetingId, String question, String options, DecisionHolder holder, String decision,
            String reasons, String recordedByName, String recordedByRole, Instant recordedAt, List<SectionLink> sections,
            List<PositionTaken> positions, java.time.LocalDate reviewOn) {

        public java.util.Optional<PositionTaken> positionOf(UUID memberId) {
            return positions.stream().filter(p -> p.memberId().equals(memberId)).findFirst();
        }
    }

    /** A decision whose review is due and whose recorder has not yet been reminded. */
    public record ReviewDue(UUID id, UUID caseId, String question, UUID ownerId, java.time.LocalDate reviewOn) {}

    private final JdbcClient jdbc;

    Decisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param authorityId and {@code schoolId}: the case's, copied so a caseload can count reviews due */
    public void insert(Decision d, UUID recordedById, UUID authorityId, UUID schoolId) {
        insertRow(d, null, d.holder().name(), recordedById, authorityId, schoolId);
        for (SectionLink s : d.sections()) {
            jdbc.sql("insert into decision_section (decision_id, section, plan_id) values (?, ?, ?)")
                    .params(d.id(), s.section().name(), s.planId())
                    .update();
        }
        for (PositionTaken p : d.positions()) {
            jdbc.sql("""
                    insert into decision_position (decision_id, member_id, member_name, member_role, position, reasons, on_behalf,
                        entered_by_name, given_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(d.id(), p.memberId(), p.memberName(), p.memberRole(), p.position().name(), p.reasons(), p.onBehalf(),
                            d.recordedByName(), Timestamp.from(d.recordedAt()))
                    .update();
        }
    }

    /** The one insert of a decision row, for a case's decision or (with {@code boardMeetingId}, holder BOARD) a board's. */
    private void insertRow(Decision d, UUID boardMeetingId, String holder, UUID recordedById, UUID authorityId, UUID schoolId) {
        jdbc.sql("""
                insert into decision (id, case_id, board_meeting_id, meeting_id, question, options, holder, decision, reasons,
                    recorded_by_id, recorded_by_name, recorded_by_role, recorded_at, review_on, review_owner_id, local_authority_id,
                    school_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), d.caseId(), boardMeetingId, d.meetingId(), d.question(), d.options(), holder, d.decision(), d.reasons(),
                        recordedById, d.recordedByName(), d.recordedByRole(), Timestamp.from(d.recordedAt()), d.reviewOn(), recordedById,
                        authorityId, schoolId)
                .update();
    }

    /**
     * A decision of a board meeting (no case, no positions, no plan sections): held by the board, with
     * the area's local authority copied so the area's reviews due can be listed.
     */
    public void insertForBoard(UUID boardMeetingId, Decision d, UUID recordedById, UUID authorityId) {
        insertRow(d, boardMeetingId, BOARD, recordedById, authorityId, null);
    }

    /** A board meeting's decisions, oldest first: only rows with that board scope, never a case's. */
    public List<BoardDecisionRow> forBoard(UUID boardMeetingId) {
        return jdbc.sql("""
                select * from decision where board_meeting_id = ? and case_id is null and holder = 'BOARD'
                order by recorded_at, id""")
                .param(boardMeetingId).query(Decisions::boardRow).list();
    }

    /** Every board decision of an area (every meeting), oldest first. */
    public List<BoardDecisionRow> forBoardArea(UUID authorityId) {
        return jdbc.sql("""
                select * from decision where board_meeting_id is not null and case_id is null and holder = 'BOARD' and local_authority_id = ?
                order by recorded_at, id""")
                .param(authorityId).query(Decisions::boardRow).list();
    }

    /** The board decisions of an area whose review date has come by {@code today}, earliest first. */
    public List<BoardDecisionRow> boardReviewsDue(UUID authorityId, java.time.LocalDate today) {
        return jdbc.sql("""
                select * from decision where board_meeting_id is not null and local_authority_id = ? and review_on <= ?
                order by review_on, id""")
                .params(authorityId, today).query(Decisions::boardRow).list();
    }

    /** The holder of every board decision: the board itself, not a body that holds a decision in law. */
    public static final String BOARD = "BOARD";

    /** A board's decision as stored. */
    public record BoardDecisionRow(UUID id, UUID boardMeetingId, String question, String decision, String reasons, String recordedByName,
            Instant recordedAt, java.time.LocalDate reviewOn) {}

    private static BoardDecisionRow boardRow(ResultSet rs, int n) throws SQLException {
        return new BoardDecisionRow(rs.getObject("id", UUID.class), rs.getObject("board_meeting_id", UUID.class), rs.getString("question"),
                rs.getString("decision"), rs.getString("reasons"), rs.getString("recorded_by_name"), Meetings.instant(rs, "recorded_at"),
                rs.getObject("review_on", java.time.LocalDate.class));
    }

    /**
     * A team member's own position, given on the decision page: replaces the one they had (or one
     * entered for them) only if it is still version {@code basedOn} (-1: they had none).
     *
     * @return false if it changed meanwhile
     */
    public boolean givePosition(UUID decisionId, PositionTaken p, Instant at, int basedOn) {
        return jdbc.sql("""
                insert into decision_position (decision_id, member_id, member_name, member_role, position, reasons, on_behalf,
                    entered_by_name, given_at, version) values (?, ?, ?, ?, ?, ?, false, ?, ?, 0)
                on conflict (decision_id, member_id) do update set position = excluded.position, reasons = excluded.reasons,
                    on_behalf = false, entered_by_name = excluded.entered_by_name, given_at = excluded.given_at, confirmed_at = null,
                    version = decision_position.version + 1
                where decision_position.version = ?""")
                .params(decisionId, p.memberId(), p.memberName(), p.memberRole(), p.position().name(), p.reasons(), p.memberName(),
                        Timestamp.from(at), basedOn)
                .update() == 1;
    }

    /** The person confirms a position entered on their behalf; false if it changed meanwhile. */
    public boolean confirmPosition(UUID decisionId, UUID memberId, Instant at, int basedOn) {
        return jdbc.sql("""
                update decision_position set confirmed_at = ?, version = version + 1
                where decision_id = ? and member_id = ? and on_behalf and confirmed_at is null and version = ?""")
                .params(Timestamp.from(at), decisionId, memberId, basedOn).update() == 1;
    }

    /** Decisions whose review date has come (up to 200 at a time) and whose owner is not yet reminded. */
    public List<ReviewDue> reviewsDue(java.time.LocalDate today) {
        return jdbc.sql("""
                select id, case_id, question, review_owner_id, review_on from decision
                where case_id is not null and review_on <= ? and review_reminded_at is null and review_owner_id is not null
                order by review_on limit 200""")
                .param(today)
                .query((rs, n) -> new ReviewDue(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("question"),
                        rs.getObject("review_owner_id", UUID.class), rs.getObject("review_on", java.time.LocalDate.class)))
                .list();
    }

    /** Claims the reminder of one decision's review: true for exactly one caller, whichever node it runs on. */
    public boolean claimReviewReminder(UUID decisionId, Instant at) {
        return jdbc.sql("update decision set review_reminded_at = ? where id = ? and review_reminded_at is null")
                .params(Timestamp.from(at), decisionId).update() == 1;
    }

    /** Keeps the copy of the case's authority and school in step when the case moves. */
    public void moveCase(UUID caseId, UUID authorityId, UUID schoolId) {
        jdbc.sql("update decision set local_authority_id = ?, school_id = ? where case_id = ?").params(authorityId, schoolId, caseId)
                .update();
    }

    /** One case with decisions due for review: how many, and the earliest review date. */
    public record DueOnCase(UUID caseId, long count, java.time.LocalDate earliest) {}

    /** The cases with decisions due for review by {@code today}, the longest due first, and the totals. */
    public record DueOnCases(long decisions, long cases, List<DueOnCase> earliest) {}

    /** @param column {@code case_id}, {@code local_authority_id} or {@code school_id}, as the caseload's scope says */
    public DueOnCases reviewsDueOn(String column, java.util.Collection<UUID> ids, java.time.LocalDate today, int shown) {
        if (!List.of("case_id", "local_authority_id", "school_id").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        record Ranked(DueOnCase due, long cases, long decisions) {}
        List<Ranked> rows = jdbc.sql("""
                with per_case as (
                    select case_id, count(*) as due, min(review_on) as earliest from decision
                    where %s = any(?) and case_id is not null and review_on <= ?
                    group by case_id)
                select case_id, due, earliest, count(*) over () as cases, sum(due) over () as decisions
                from per_case order by earliest, case_id limit ?""".formatted(column))
                .params(ids.toArray(UUID[]::new), today, shown)
                .query((rs, n) -> new Ranked(new DueOnCase(rs.getObject("case_id", UUID.class), rs.getLong("due"),
                        rs.getObject("earliest", java.time.LocalDate.class)), rs.getLong("cases"), rs.getLong("decisions")))
                .list();
        if (rows.isEmpty()) {
            return new DueOnCases(0, 0, List.of());
        }
        return new DueOnCases(rows.get(0).decisions(), rows.get(0).cases(), rows.stream().map(Ranked::due).toList());
    }

    public Optional<Decision> find(UUID caseId, UUID decisionId) {
        return jdbc.sql("select * from decision where case_id = ? and id = ?").params(caseId, decisionId).query(this::row).optional();
    }

    public List<Decision> forCase(UUID caseId) {
        return jdbc.sql("select * from decision where case_id = ? order by recorded_at desc").param(caseId).query(this::row).list();
    }

    private Decision row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<SectionLink> sections = jdbc.sql("select section, plan_id from decision_section where decision_id = ? order by section")
                .param(id)
                .query((r, i) -> new SectionLink(SectionCode.valueOf(r.getString(1)), r.getObject(2, UUID.class)))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(SectionLink::section))
                .toList();
        List<PositionTaken> positions = jdbc.sql("select * from decision_position where decision_id = ? order by member_name")
                .param(id)
                .query((r, i) -> new PositionTaken(r.getObject("member_id", UUID.class), r.getString("member_name"),
                        r.getString("member_role"), Position.valueOf(r.getString("position")), r.getString("reasons"),
                        r.getBoolean("on_behalf"), r.getString("entered_by_name"), Meetings.instant(r, "given_at"),
                        Meetings.instant(r, "confirmed_at"), r.getInt("version")))
                .list();
        return new Decision(id, rs.getObject("case_id", UUID.class), rs.getObject("meeting_id", UUID.class), rs.getString("question"),
                rs.getString("options"), DecisionHolder.valueOf(rs.getString("holder")), rs.getString("decision"),
                rs.getString("reasons"), rs.getString("recorded_by_name"), rs.getString("recorded_by_role"),
                Meetings.instant(rs, "recorded_at"), sections, positions, rs.getObject("review_on", java.time.LocalDate.class));
    }
}
