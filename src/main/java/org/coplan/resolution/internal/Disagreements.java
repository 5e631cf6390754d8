package org.coplan.resolution.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseRole;
import org.coplan.plans.domain.SectionCode;
import org.coplan.process.domain.DashboardAccess.Scope;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.resolution.domain.Disagreement;
import org.coplan.resolution.domain.DisagreementStage;
import org.coplan.resolution.domain.Outcome;
import org.coplan.resolution.domain.StageChange;
import org.coplan.resolution.domain.Step;
import org.coplan.resolution.domain.StepKind;
import org.coplan.resolution.domain.Subject;
import org.coplan.resolution.domain.SubjectKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Disagreements, their stage changes and their dated steps. */
@Repository
public class Disagreements {

    /** A step as stored, with who recorded it. */
    public record RecordedStep(Step step, String byName, Instant at) {}

    private final JdbcClient jdbc;

    Disagreements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Disagreement> forCase(UUID caseId) {
        return jdbc.sql("select * from disagreement where case_id = ? order by seq desc").param(caseId).query(Disagreements::row).list();
    }

    public Optional<Disagreement> find(UUID caseId, UUID id) {
        return jdbc.sql("select * from disagreement where case_id = ? and id = ?").params(caseId, id).query(Disagreements::row).optional();
    }

    /** The open disagreements on cases of a local authority, oldest first. */
    public List<Disagreement> openForAuthority(UUID authority) {
        return jdbc.sql("select * from disagreement where local_authority_id = ? and closed_on is null order by raised_on, seq")
                .param(authority).query(Disagreements::row).list();
    }

    /** The open disagreements on cases of a school, oldest first. */
    public List<Disagreement> openForSchool(UUID school) {
        return jdbc.sql("select * from disagreement where school_id = ? and closed_on is null order by raised_on, seq")
                .param(school).query(Disagreements::row).list();
    }

    /** The disagreements raised on cases of a school on days in [from, to), for the school's "you said, we did" figures. */
    public List<Disagreement> raisedAtSchool(UUID school, LocalDate from, LocalDate to) {
        return jdbc.sql("select * from disagreement where school_id = ? and raised_on >= ? and raised_on < ? order by seq")
                .params(school, from, to).query(Disagreements::row).list();
    }

    /**
     * The days the open disagreements on a caseload's cases were raised: all its count by age
     * needs. Read from the copies of each case's authority and school, through the partial indexes
     * of open disagreements.
     *
     * @param ids the case ids for {@link Scope#MINE}, the local authorities for {@link Scope#AUTHORITY},
     *     the schools for {@link Scope#SCHOOL}
     */
    public List<LocalDate> openRaisedOn(Scope scope, Collection<UUID> ids) {
        String column = switch (scope) {
            case MINE -> "case_id";
            case AUTHORITY -> "local_authority_id";
            case SCHOOL -> "school_id";
        };
        return jdbc.sql("select raised_on from disagreement where " + column + " = any(?) and closed_on is null")
                .param(ids.toArray(UUID[]::new)).query(LocalDate.class).list();
    }

    public void insert(Disagreement d, UUID localAuthority, UUID school) {
        Subject s = d.subject();
        jdbc.sql("""
                insert into disagreement (id, case_id, local_authority_id, school_id, subject_kind, subject_ref, about_text,
                    decision_id, decision_kind, disagree_with, would_like, stage, raised_by, raised_by_name, raised_by_role,
                    raised_on, raised_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), d.caseId(), localAuthority, school, s.kind().name(), subjectRef(s), s.aboutText(), s.decisionId(),
                        s.decisionKind() == null ? null : s.decisionKind().name(), d.disagreeWith(), d.wouldLike(), d.stage().name(),
                        d.raisedBy(), d.raisedByName(), d.raisedByRole().name(), d.raisedOn(), Timestamp.from(d.raisedAt()))
                .update();
    }

    /** Moves it to a stage (closing it if the stage is CLOSED), if nobody else changed it since {@code basedOnVersion}. */
    public boolean move(Disagreement d, int basedOnVersion, DisagreementStage to, Outcome outcome, String note, LocalDate today) {
        return jdbc.sql("""
                update disagreement set stage = ?, outcome = ?, outcome_note = ?, closed_on = ?, version = version + 1
                where id = ? and version = ? and closed_on is null""")
                .params(to.name(), outcome == null ? null : outcome.name(), outcome == null ? null : note,
                        to == DisagreementStage.CLOSED ? today : null, d.id(), basedOnVersion)
                .update() == 1;
    }

    public void insertChange(UUID disagreementId, StageChange c, UUID by) {
        jdbc.sql("""
                insert into disagreement_stage_change (id, disagreement_id, from_stage, to_stage, outcome, note, changed_by,
                    changed_by_name, changed_by_role, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), disagreementId, c.from() == null ? null : c.from().name(), c.to().name(),
                        c.outcome() == null ? null : c.outcome().name(), c.note(), by, c.byName(), c.byRole().name(), Timestamp.from(c.at()))
                .update();
    }

    public List<StageChange> changes(UUID disagreementId) {
        return jdbc.sql("select * from disagreement_stage_change where disagreement_id = ? order by seq").param(disagreementId)
                .query((rs, n) -> new StageChange(
                        rs.getString("from_stage") == null ? null : DisagreementStage.valueOf(rs.getString("from_stage")),
                        DisagreementStage.valueOf(rs.getString("to_stage")),
                        rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("note"), rs.getString("changed_by_name"), CaseRole.valueOf(rs.getString("changed_by_role")),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    public void insertStep(UUID disagreementId, Step step, UUID by, String byName, Instant at) {
        jdbc.sql("""
                insert into disagreement_step (id, disagreement_id, kind, occurred_on, recorded_by, recorded_by_name, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), disagreementId, step.kind().name(), step.on(), by, byName, Timestamp.from(at))
                .update();
    }

    public List<RecordedStep> steps(UUID disagreementId) {
        return jdbc.sql("select * from disagreement_step where disagreement_id = ? order by seq").param(disagreementId)
                .query((rs, n) -> new RecordedStep(new Step(StepKind.valueOf(rs.getString("kind")), rs.getObject("occurred_on", LocalDate.class)),
                        rs.getString("recorded_by_name"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** Keeps the dashboards' copy of the case's authority and school in step with the case. */
    public void moveCase(UUID caseId, UUID localAuthority, UUID school) {
        jdbc.sql("update disagreement set local_authority_id = ?, school_id = ? where case_id = ?").params(localAuthority, school, caseId).update();
    }

    private static String subjectRef(Subject s) {
        return switch (s.kind()) {
            case PLAN_SECTION -> s.section().name();
            case STATUTORY_DECISION -> s.decisionId().toString();
            case OTHER -> null;
        };
    }

    static Disagreement row(ResultSet rs, int n) throws SQLException {
        SubjectKind kind = SubjectKind.valueOf(rs.getString("subject_kind"));
        String decisionKind = rs.getString("decision_kind");
        Subject subject = new Subject(kind, kind == SubjectKind.PLAN_SECTION ? SectionCode.valueOf(rs.getString("subject_ref")) : null,
                rs.getObject("decision_id", UUID.class), decisionKind == null ? null : ProcessEventKind.valueOf(decisionKind),
                rs.getString("about_text"));
        String outcome = rs.getString("outcome");
        return new Disagreement(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                subject,
                rs.getString("disagree_with"),
                rs.getString("would_like"),
                DisagreementStage.valueOf(rs.getString("stage")),
                outcome == null ? null : Outcome.valueOf(outcome),
                rs.getString("outcome_note"),
                rs.getObject("raised_by", UUID.class),
                rs.getString("raised_by_name"),
                CaseRole.valueOf(rs.getString("raised_by_role")),
                rs.getObject("raised_on", LocalDate.class),
                rs.getTimestamp("raised_at").toInstant(),
                rs.getObject("closed_on", LocalDate.class),
                rs.getInt("version"));
    }
}
