package org.coplan.provision.internal;

import java.time.LocalDate;
import java.util.List;
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

    FidelityFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The groups added up: a case is at one school, so cases short add up too. */
    public static Group sum(List<Group> groups) {
        return new Group(null, null, groups.stream().mapToLong(Group::items).sum(), groups.stream().mapToLong(Group::itemsShort).sum(),
                groups.stream().mapToLong(Group::casesShort).sum(), groups.stream().mapToLong(Group::expected).sum(),
                groups.stream().mapToLong(Group::delivered).sum());
    }

    public List<Group> bySchool(UUID authority) {
        return jdbc.sql("""
                select school, count(*) as items, count(*) filter (where shortfall) as items_short,
                    count(distinct case_id) filter (where shortfall) as cases_short,
                    sum(expected) as expected, sum(least(delivered + made_up, expected)) as delivered
                from provision_fidelity_now where local_authority = ? group by school""")
                .param(authority)
                .query((rs, n) -> new Group(rs.getObject("school", UUID.class), null, rs.getLong("items"), rs.getLong("items_short"),
                        rs.getLong("cases_short"), rs.getLong("expected"), rs.getLong("delivered")))
                .list();
    }

    public List<Group> bySection(UUID authority) {
        return jdbc.sql("""
                select section, count(*) as items, count(*) filter (where shortfall) as items_short,
                    count(distinct case_id) filter (where shortfall) as cases_short,
                    sum(expected) as expected, sum(least(delivered + made_up, expected)) as delivered
                from provision_fidelity_now where local_authority = ? group by section order by section""")
                .param(authority)
                .query((rs, n) -> new Group(null, rs.getString("section"), rs.getLong("items"), rs.getLong("items_short"),
                        rs.getLong("cases_short"), rs.getLong("expected"), rs.getLong("delivered")))
                .list();
    }

    /** A page of the authority's cases with a shortfall, most items short first, then by name. */
    public List<ShortCase> shortCases(UUID authority, int offset, int limit) {
        return jdbc.sql("""
                select f.case_id, c.child_name, c.school, count(*) as items_short, min(f.period_first) as since
                from provision_fidelity_now f join provision_case c on c.case_id = f.case_id
                where f.local_authority = ? and f.shortfall
                group by f.case_id, c.child_name, c.school
                order by items_short desc, c.child_name, f.case_id
                offset ? limit ?""")
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
