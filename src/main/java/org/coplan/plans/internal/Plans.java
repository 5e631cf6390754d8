package org.coplan.plans.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.VersionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans and their versions. */
@Repository
public class Plans {

    public record Plan(UUID id, UUID caseId, PlanKind kind, Instant createdAt) {

        /** How the audit trail names the plan. */
        public String label() {
            return kind == PlanKind.EHC ? "EHC plan" : "SEN support plan";
        }
    }

    public record Version(
            UUID id, UUID planId, int number, UUID amends, VersionStatus status, boolean professionalsAsked,
            LocalDate commentWindowEnds, LocalDate reviewDate, Instant proposedAt, Instant issuedAt, Instant createdAt,
            int lockVersion) {

        public boolean isAmendment() {
            return amends != null;
        }
    }

    private final JdbcClient jdbc;

    Plans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Plan> forCase(UUID caseId) {
        return jdbc.sql("select * from plan where case_id = ? order by kind").param(caseId).query(Plans::plan).list();
    }

    public Optional<Plan> find(UUID caseId, UUID planId) {
        return jdbc.sql("select * from plan where case_id = ? and id = ?").params(caseId, planId).query(Plans::plan).optional();
    }

    /** False if the case already has a plan of this kind. */
    public boolean insert(Plan plan, UUID by) {
        return jdbc.sql("insert into plan (id, case_id, kind, created_at, created_by) values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(plan.id(), plan.caseId(), plan.kind().name(), Timestamp.from(plan.createdAt()), by)
                .update() == 1;
    }

    public List<Version> versions(UUID planId) {
        return jdbc.sql("select * from plan_version where plan_id = ? order by number").param(planId).query(Plans::version).list();
    }

    public Optional<Version> version(UUID planId, int number) {
        return jdbc.sql("select * from plan_version where plan_id = ? and number = ?")
                .params(planId, number)
                .query(Plans::version)
                .optional();
    }

    /** False if the plan already has a version being written. */
    public boolean insertVersion(UUID id, UUID planId, int number, UUID amends, LocalDate reviewDate, UUID by, Instant at) {
        return jdbc.sql("""
                insert into plan_version (id, plan_id, number, amends, status, review_date, created_at, created_by)
                values (?, ?, ?, ?, 'DRAFT', ?, ?, ?) on conflict do nothing""")
                .params(id, planId, number, amends, reviewDate, Timestamp.from(at), by)
                .update() == 1;
    }

    /** Moves a draft to proposed. False if it was no longer the same draft. */
    public boolean propose(Version v, LocalDate windowEnds, boolean askProfessionals, UUID by, Instant at) {
        return jdbc.sql("""
                update plan_version set status = 'PROPOSED', comment_window_ends = ?, professionals_asked = ?,
                    proposed_at = ?, proposed_by = ?, lock_version = lock_version + 1
                where id = ? and status = 'DRAFT' and lock_version = ?""")
                .params(windowEnds, askProfessionals, Timestamp.from(at), by, v.id(), v.lockVersion())
                .update() == 1;
    }

    public boolean issue(Version v, UUID by, Instant at) {
        return jdbc.sql("""
                update plan_version set status = 'FINAL', issued_at = ?, issued_by = ?, lock_version = lock_version + 1
                where id = ? and status <> 'FINAL' and lock_version = ?""")
                .params(Timestamp.from(at), by, v.id(), v.lockVersion())
                .update() == 1;
    }

    public void setReviewDate(UUID versionId, LocalDate reviewDate) {
        jdbc.sql("update plan_version set review_date = ? where id = ? and status <> 'FINAL'").params(reviewDate, versionId).update();
    }

    static Plan plan(ResultSet rs, int n) throws SQLException {
        return new Plan(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), PlanKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("created_at").toInstant());
    }

    static Version version(ResultSet rs, int n) throws SQLException {
        return new Version(
                rs.getObject("id", UUID.class),
                rs.getObject("plan_id", UUID.class),
                rs.getInt("number"),
                rs.getObject("amends", UUID.class),
                VersionStatus.valueOf(rs.getString("status")),
                rs.getBoolean("professionals_asked"),
                rs.getObject("comment_window_ends", LocalDate.class),
                rs.getObject("review_date", LocalDate.class),
                instant(rs.getTimestamp("proposed_at")),
                instant(rs.getTimestamp("issued_at")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("lock_version"));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
