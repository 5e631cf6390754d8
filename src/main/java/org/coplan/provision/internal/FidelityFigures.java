package org.coplan.provision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures over many cases from {@code provision_fidelity_now} (each item's current half-term as of
 * the last check): for the authority's dashboard and the caseload. Aggregated in the database;
 * never a query per case. A reading service: pages call it.
 */
@Service
@Transactional(readOnly = true)
public class FidelityFigures {

    /**
     * One group (a school, or a section of the plan): items counted, items short, cases with a
     * shortfall, sessions expected so far and sessions delivered with make-ups.
     */
    public record Group(UUID id, String key, long items, long itemsShort, long casesShort, long expected, long delivered) {

        /** Share of expected sessions delivered (with make-ups), in whole per cent, capped at 100; null when nothing was expected. */
        public Integer percentDelivered() {
            return expected == 0 ? null : (int) Math.min(100, delivered * 100 / expected);
        }
    }

    /** A case with a shortfall. */
    public record ShortCase(UUID caseId, String childName, UUID school, long itemsShort, LocalDate since) {}

    private final JdbcClient jdbc;

    /**
     * The authority's figures as of its last check. They change only when the shortfall check
     * writes the snapshot (each morning, and a minute after sessions are recorded), so each node
     * keeps the last figures it read per authority and reads them again only when the authority's
     * newest check time has moved: at 20,000 cases the figures take about 150 ms to add up, and an
     * SEN manager's dashboard would otherwise add them up on every view.
     */
    private final Map<List<Object>, Stamped> lastRead = new java.util.concurrent.ConcurrentHashMap<>();

    private record Stamped(java.sql.Timestamp stamp, Object value) {}

    FidelityFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @SuppressWarnings("unchecked")
    private <T> T asOfLastCheck(UUID authority, List<Object> key, java.util.function.Supplier<T> read) {
        java.sql.Timestamp stamp = jdbc.sql("select max(checked_at) from provision_fidelity_now where local_authority = ?")
                .param(authority).query(java.sql.Timestamp.class).optional().orElse(null);
        Stamped known = lastRead.get(key);
        if (known != null && java.util.Objects.equals(known.stamp(), stamp)) {
            return (T) known.value();
        }
        T value = read.get();
        if (lastRead.size() > 2_000) {
            lastRead.clear();
        }
        lastRead.put(key, new Stamped(stamp, value));
        return value;
    }

    /** The groups added up: a case is at one school, so cases short add up too. */
    public static Group sum(List<Group> groups) {
        return new Group(null, null, groups.stream().mapToLong(Group::items).sum(), groups.stream().mapToLong(Group::itemsShort).sum(),
                groups.stream().mapToLong(Group::casesShort).sum(), groups.stream().mapToLong(Group::expected).sum(),
                groups.stream().mapToLong(Group::delivered).sum());
    }

    /** The authority's figures by school and by section of the plan. */
    public record Groups(List<Group> bySchool, List<Group> bySection) {}

    /**
     * The authority's figures by school and by section, in two scans of its items whatever their
     * number: sums by grouping sets, then the distinct cases short over the (fewer) items short.
     */
    public Groups groups(UUID authority) {
        return asOfLastCheck(authority, List.of("groups", authority), () -> groupsNow(authority));
    }

    private Groups groupsNow(UUID authority) {
        record Key(boolean school, UUID id, String section) {}
        Map<Key, long[]> sums = new LinkedHashMap<>();
        jdbc.sql("""
                select grouping(school) = 0 as by_school, school, section, count(*) as items,
                    count(*) filter (where shortfall) as items_short, sum(expected) as expected,
                    sum(least(delivered + made_up, expected)) as delivered
                from provision_fidelity_now where local_authority = ?
                group by grouping sets ((school), (section))""")
                .param(authority)
                .query((rs, n) -> {
                    boolean bySchool = rs.getBoolean("by_school");
                    sums.put(new Key(bySchool, bySchool ? rs.getObject("school", UUID.class) : null,
                                    bySchool ? null : rs.getString("section")),
                            new long[] {rs.getLong("items"), rs.getLong("items_short"), rs.getLong("expected"), rs.getLong("delivered")});
                    return null;
                })
                .list();
        Map<Key, Long> casesShort = new HashMap<>();
        jdbc.sql("""
                select grouping(school) = 0 as by_school, school, section, count(distinct case_id) as cases_short
                from provision_fidelity_now where local_authority = ? and shortfall
                group by grouping sets ((school), (section))""")
                .param(authority)
                .query((rs, n) -> {
                    boolean bySchool = rs.getBoolean("by_school");
                    casesShort.put(new Key(bySchool, bySchool ? rs.getObject("school", UUID.class) : null,
                            bySchool ? null : rs.getString("section")), rs.getLong("cases_short"));
                    return null;
                })
                .list();
        List<Group> bySchool = new ArrayList<>();
        List<Group> bySection = new ArrayList<>();
        sums.forEach((k, v) -> {
            Group g = new Group(k.id(), k.section(), v[0], v[1], casesShort.getOrDefault(k, 0L), v[2], v[3]);
            (k.school() ? bySchool : bySection).add(g);
        });
        bySection.sort(java.util.Comparator.comparing(Group::key));
        return new Groups(bySchool, bySection);
    }

    /** A page of the authority's cases with a shortfall, most items short first; names are read for that page only. */
    public List<ShortCase> shortCases(UUID authority, int offset, int limit) {
        return asOfLastCheck(authority, List.of("short", authority, offset, limit), () -> shortCasesNow(authority, offset, limit));
    }

    private List<ShortCase> shortCasesNow(UUID authority, int offset, int limit) {
        return jdbc.sql("""
                with short_cases as (
                    select case_id, count(*) as items_short, min(period_first) as since
                    from provision_fidelity_now where local_authority = ? and shortfall
                    group by case_id order by items_short desc, case_id offset ? limit ?)
                select s.case_id, c.child_name, c.school, s.items_short, s.since
                from short_cases s join provision_case c on c.case_id = s.case_id
                order by s.items_short desc, s.case_id""")
                .params(authority, offset, limit)
                .query((rs, n) -> new ShortCase(rs.getObject("case_id", UUID.class), rs.getString("child_name"),
                        rs.getObject("school", UUID.class), rs.getLong("items_short"), rs.getObject("since", LocalDate.class)))
                .list();
    }

    /**
     * For a caseload: its cases with a shortfall, most items short first (at most {@code limit}),
     * and how many there are. {@code scope} is MINE (ids are cases), AUTHORITY or SCHOOL.
     */
    public record Caseload(List<ShortCase> cases, long casesShort, long itemsShort) {}

    public Caseload caseload(String scope, List<UUID> ids, int limit) {
        String column = switch (scope) {
            case "MINE" -> "f.case_id";
            case "AUTHORITY" -> "f.local_authority";
            default -> "f.school";
        };
        UUID[] array = ids.toArray(UUID[]::new);
        List<ShortCase> cases = jdbc.sql("""
                select f.case_id, null as child_name, f.school, count(*) as items_short, min(f.period_first) as since
                from provision_fidelity_now f where %s = any(?) and f.shortfall
                group by f.case_id, f.school order by items_short desc, since, f.case_id limit ?""".formatted(column))
                .params(array, limit)
                .query((rs, n) -> new ShortCase(rs.getObject("case_id", UUID.class), null, rs.getObject("school", UUID.class),
                        rs.getLong("items_short"), rs.getObject("since", LocalDate.class)))
                .list();
        return jdbc.sql("""
                select count(distinct f.case_id) as cases_short, count(*) as items_short
                from provision_fidelity_now f where %s = any(?) and f.shortfall""".formatted(column))
                .param(array)
                .query((rs, n) -> new Caseload(cases, rs.getLong("cases_short"), rs.getLong("items_short")))
                .single();
    }
}
