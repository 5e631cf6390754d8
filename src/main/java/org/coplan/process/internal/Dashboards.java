package org.coplan.process.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.cases.Stage;
import org.coplan.process.domain.DashboardAccess.Scope;
import org.coplan.process.domain.DeadlineKey;
import org.coplan.process.domain.Responsible;
import org.coplan.process.domain.Share;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures the caseload and local-authority pages show, read from the process module's own
 * read models (one summary row per case, one row per deadline), never from the case tables.
 */
@Repository
public class Dashboards {

    /** Cases due within this many days (from today, inclusive) are "due soon". */
    public static final int SOON_DAYS = 14;

    /** Which deadlines a caseload list shows. */
    public enum Due {
        ANY,
        OVERDUE,
        SOON
    }

    /**
     * What to list: whose cases, and the filters.
     *
     * @param ids the case ids for {@link Scope#MINE}, the local authorities for {@link Scope#AUTHORITY},
     *     the schools for {@link Scope#SCHOOL}
     */
    public record CaseloadQuery(Scope scope, Collection<UUID> ids, Due due, Collection<Stage> stages, LocalDate today) {}

    /** One case in a caseload. */
    public record CaseloadRow(UUID caseId, String childName, Stage stage, DeadlineKey nextKey, LocalDate nextDueOn,
            Responsible nextResponsible, boolean nextExcepted) {}

    /** How many cases in the whole caseload, overdue and due soon, and how many match the filters. */
    public record CaseloadCounts(long all, long overdue, long soon, long matching) {}

    /** The local authority's figures. */
    public record AuthorityFigures(
            Share onTimeWithoutExceptions,
            Share onTimeWithExceptions,
            long reviewsOverdue,
            Map<Stage, Long> byStage,
            Map<DeadlineKey, Long> overdueByKind) {}

    private final JdbcClient jdbc;

    Dashboards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CaseloadCounts counts(CaseloadQuery q) {
        Where scope = scope(q);
        Where filters = filters(q);
        String sql = "select count(*) as all_cases,"
                + " count(*) filter (where next_due_on < ? and not next_excepted) as overdue,"
                + " count(*) filter (where next_due_on between ? and ? and not next_excepted) as soon,"
                + " count(*) filter (where true" + filters.sql + ") as matching"
                + " from process_summary where " + scope.sql;
        List<Object> params = new ArrayList<>(List.of(q.today(), q.today(), q.today().plusDays(SOON_DAYS)));
        params.addAll(filters.params);
        params.addAll(scope.params);
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new CaseloadCounts(rs.getLong("all_cases"), rs.getLong("overdue"), rs.getLong("soon"),
                        rs.getLong("matching")))
                .single();
    }

    /** One page of the caseload, soonest deadline first, cases with no deadline last, then by name. */
    public List<CaseloadRow> page(CaseloadQuery q, int offset, int limit) {
        Where scope = scope(q);
        Where filters = filters(q);
        List<Object> params = new ArrayList<>(scope.params);
        params.addAll(filters.params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select case_id, child_name, stage, next_key, next_due_on, next_responsible, next_excepted"
                        + " from process_summary where " + scope.sql + filters.sql
                        + " order by next_due_on asc nulls last, child_name, case_id limit ? offset ?")
                .params(params)
                .query((rs, n) -> new CaseloadRow(
                        rs.getObject("case_id", UUID.class),
                        rs.getString("child_name"),
                        Stage.valueOf(rs.getString("stage")),
                        value(DeadlineKey.class, rs.getString("next_key")),
                        rs.getObject("next_due_on", LocalDate.class),
                        value(Responsible.class, rs.getString("next_responsible")),
                        rs.getBoolean("next_excepted")))
                .list();
    }

    /** A case where someone else recorded steps since a moment: how many, and when the latest was recorded. */
    public record ChangedCase(UUID caseId, String childName, long steps, java.time.Instant latest) {}

    /** The cases changed since a moment, newest change first, and how many cases changed in all. */
    public record Changes(List<ChangedCase> cases, long total) {}

    /**
     * The cases in the caseload (its scope only, not its filters) where someone other than the
     * person recorded a statutory step after {@code since}: the {@code limit} most recently changed
     * and how many in all, in one query.
     */
    public Changes changedSince(CaseloadQuery q, java.time.Instant since, UUID notBy, int limit) {
        Where scope = scope(q);
        List<Object> params = new ArrayList<>(List.of(java.sql.Timestamp.from(since), notBy));
        params.addAll(scope.params);
        params.add(limit);
        long[] total = {0};
        List<ChangedCase> cases = jdbc.sql("select e.case_id, s.child_name, count(*) as steps, max(e.recorded_at) as latest,"
                        + " count(*) over () as cases"
                        + " from process_event e join process_summary s on s.case_id = e.case_id"
                        + " where e.recorded_at > ? and e.recorded_by <> ? and s." + scope.sql
                        + " group by e.case_id, s.child_name order by latest desc, s.child_name limit ?")
                .params(params)
                .query((rs, n) -> {
                    total[0] = rs.getLong("cases");
                    return new ChangedCase(rs.getObject("case_id", UUID.class), rs.getString("child_name"), rs.getLong("steps"),
                            rs.getTimestamp("latest").toInstant());
                })
                .list();
        return new Changes(cases, total[0]);
    }

    /** The children's names as the caseload shows them, for cases another module's summary lists. */
    public Map<UUID, String> names(Collection<UUID> caseIds) {
        Map<UUID, String> names = new HashMap<>();
        if (caseIds.isEmpty()) {
            return names;
        }
        jdbc.sql("select case_id, child_name from process_summary where case_id = any(?)")
                .param(caseIds.toArray(UUID[]::new))
                .query(rs -> {
                    names.put(rs.getObject("case_id", UUID.class), rs.getString("child_name"));
                });
        return names;
    }

    /**
     * The authority's figures. Final plans count when issued between {@code from} and {@code to}
     * inclusive; on time means issued on or before the day 20 weeks after the request.
     */
    public AuthorityFigures authority(UUID localAuthority, LocalDate from, LocalDate to, LocalDate today) {
        var finals = jdbc.sql("""
                select count(*) filter (where not d.excepted) as without_exceptions,
                       count(*) filter (where not d.excepted and d.met_on <= d.due_on) as on_time_without_exceptions,
                       count(*) as all_finals,
                       count(*) filter (where d.met_on <= d.due_on) as on_time
                from process_deadline d
                where d.local_authority_id = ? and d.deadline_key = 'FINAL_PLAN' and d.met_on between ? and ?""")
                .params(localAuthority, from, to)
                .query((rs, n) -> new Share[] {
                        new Share(rs.getLong("on_time_without_exceptions"), rs.getLong("without_exceptions")),
                        new Share(rs.getLong("on_time"), rs.getLong("all_finals"))})
                .single();
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            byStage.put(s, 0L);
        }
        jdbc.sql("select stage, count(*) as n from process_summary where local_authority_id = ? group by stage")
                .param(localAuthority)
                .query(rs -> {
                    byStage.put(Stage.valueOf(rs.getString("stage")), rs.getLong("n"));
                });
        Map<DeadlineKey, Long> overdue = new EnumMap<>(DeadlineKey.class);
        jdbc.sql("""
                select d.deadline_key, count(*) as n
                from process_deadline d
                where d.local_authority_id = ? and not d.closed and not d.excepted and d.responsible <> 'FAMILY' and d.due_on < ?
                group by d.deadline_key""")
                .params(localAuthority, today)
                .query(rs -> {
                    overdue.put(DeadlineKey.valueOf(rs.getString("deadline_key")), rs.getLong("n"));
                });
        long reviewsOverdue = overdue.getOrDefault(DeadlineKey.ANNUAL_REVIEW, 0L);
        return new AuthorityFigures(finals[0], finals[1], reviewsOverdue, byStage, overdue);
    }

    private record Where(String sql, List<Object> params) {}

    private static Where scope(CaseloadQuery q) {
        String column = switch (q.scope()) {
            case MINE -> "case_id";
            case AUTHORITY -> "local_authority_id";
            case SCHOOL -> "school_id";
        };
        List<UUID> ids = List.copyOf(q.ids());
        if (ids.size() == 1) {
            // a single value keeps the index's order, so a page is read without sorting the whole caseload
            return new Where(column + " = ?", List.<Object>of(ids.get(0)));
        }
        return new Where(column + " = any(?)", List.<Object>of((Object) ids.toArray(UUID[]::new)));
    }

    private static Where filters(CaseloadQuery q) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (q.stages() != null && !q.stages().isEmpty()) {
            sql.append(" and stage = any(?)");
            params.add(q.stages().stream().map(Stage::name).toArray(String[]::new));
        }
        switch (q.due()) {
            case OVERDUE -> {
                sql.append(" and next_due_on < ? and not next_excepted");
                params.add(q.today());
            }
            case SOON -> {
                sql.append(" and next_due_on between ? and ? and not next_excepted");
                params.add(q.today());
                params.add(q.today().plusDays(SOON_DAYS));
            }
            case ANY -> { }
        }
        return new Where(sql.toString(), params);
    }

    private static <E extends Enum<E>> E value(Class<E> type, String s) {
        return s == null ? null : Enum.valueOf(type, s);
    }
}
