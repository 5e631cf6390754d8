package org.coplan.plans;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.coplan.plans.domain.PlanKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The golden-thread score of each plan, as stored when the plan last changed (ADR 0039), counted
 * for a caseload or an authority in one query each. A plan's score is that of its newest version:
 * the one being written, or the one in force when none is. Callers have decided the person may
 * see these cases (the caseload rule of the process module).
 */
@Service
@Transactional(readOnly = true)
public class PlanThreadScores {

    /** Which copy of a case's place a caseload is chosen by. */
    public enum By {
        CASE("case_id"),
        AUTHORITY("local_authority_id"),
        SCHOOL("school_id");

        private final String column;

        By(String column) {
            this.column = column;
        }
    }

    /** A plan with gaps: its newest version's score. */
    public record PlanWithGaps(UUID caseId, UUID planId, PlanKind kind, int number, int checks, int met, int gaps, Instant changedAt) {}

    /**
     * @param plans how many plans were checked
     * @param withGaps how many of them have at least one gap
     * @param newest the plans with gaps, most recently changed first, at most as many as asked for
     */
    public record OnCaseload(long plans, long withGaps, List<PlanWithGaps> newest) {}

    /** Of the authority's EHC plans in force, how many have no gaps. */
    public record Whole(long whole, long of) {}

    private final JdbcClient jdbc;

    PlanThreadScores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public OnCaseload forCaseload(By by, Collection<UUID> ids, int shown) {
        if (ids.isEmpty()) {
            return new OnCaseload(0, 0, List.of());
        }
        UUID[] array = ids.toArray(UUID[]::new);
        record Counts(long plans, long withGaps) {}
        Counts counts = jdbc.sql("""
                select count(*) as plans, count(*) filter (where gaps > 0) as with_gaps from plan_thread_score
                where latest and %s = any(?)""".formatted(by.column))
                .param(array)
                .query((rs, n) -> new Counts(rs.getLong("plans"), rs.getLong("with_gaps")))
                .single();
        List<PlanWithGaps> lines = counts.withGaps() == 0 ? List.of() : jdbc.sql("""
                select * from plan_thread_score where latest and gaps > 0 and %s = any(?)
                order by computed_at desc, plan_id limit ?""".formatted(by.column))
                .params(array, shown)
                .query((rs, n) -> new PlanWithGaps(rs.getObject("case_id", UUID.class), rs.getObject("plan_id", UUID.class),
                        PlanKind.valueOf(rs.getString("plan_kind")), rs.getInt("number"), rs.getInt("checks"), rs.getInt("met"),
                        rs.getInt("gaps"), rs.getTimestamp("computed_at").toInstant()))
                .list();
        return new OnCaseload(counts.plans(), counts.withGaps(), lines);
    }

    /** The authority's current EHC plans (each plan's newest issued version) and how many of them have no gaps. */
    public Whole currentEhcPlans(UUID authorityId) {
        return jdbc.sql("""
                select count(*) filter (where gaps = 0) as whole, count(*) as plans from plan_thread_score
                where in_force and plan_kind = 'EHC' and local_authority_id = ?""")
                .param(authorityId)
                .query((rs, n) -> new Whole(rs.getLong("whole"), rs.getLong("plans")))
                .single();
    }
}
