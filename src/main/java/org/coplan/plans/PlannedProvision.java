package org.coplan.plans;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.plans.domain.PlanKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a case's plan in force promises: its outcomes and its provision with the structured
 * amount beside the words. The plan in force is the newest issued version of the EHC plan when
 * the case has one, otherwise of the SEN support plan. The provision module copies this when a
 * version is issued (so it never reads the plans module's tables); reviews and progress read
 * the outcomes. Callers have opened the case through the case access policy, or act on an
 * event about it.
 */
@Service
@Transactional(readOnly = true)
public class PlannedProvision {

    /** How often a quantified item happens. */
    public enum Per {
        WEEK,
        HALF_TERM,
        TERM
    }

    /**
     * The countable amount of a provision item: {@code sessions} sessions per {@code per} of
     * {@code minutes} minutes each, in a group of {@code groupSize} (1 for one to one; null when
     * not said). The provider is a role on the child's team ({@code providerRole}, a
     * {@link org.coplan.cases.CaseRole} name) or a named person ({@code providerPerson}), or both.
     */
    public record Amount(int sessions, Per per, int minutes, Integer groupSize, String providerRole, UUID providerPerson) {}

    /** A provision item in force, in the words written, with its amount when it has one (null when vague). */
    public record Item(
            UUID lineage, String section, String description, String provider, String frequency, String sessionLength,
            Amount amount, LocalDate starts, LocalDate ends, List<UUID> outcomes) {}

    /** An outcome in force (section E, or the SEN support plan's outcomes) and the needs it addresses. */
    public record Outcome(UUID lineage, String section, String description, String byWhen, List<UUID> needs) {}

    /** The plan in force for a case. */
    public record InForce(
            UUID caseId, PlanKind kind, UUID planId, UUID versionId, int number, LocalDate issuedOn, List<Outcome> outcomes,
            List<Item> provision) {}

    private final JdbcClient jdbc;
    private final ZoneId zone;

    PlannedProvision(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    public Optional<InForce> inForce(CaseId caseId) {
        record Version(UUID planId, PlanKind kind, UUID versionId, int number, java.sql.Timestamp issuedAt) {}
        Optional<Version> version = jdbc.sql("""
                select p.id as plan_id, p.kind, v.id as version_id, v.number, v.issued_at
                from plan p join plan_version v on v.plan_id = p.id and v.status = 'FINAL'
                where p.case_id = ?
                order by case p.kind when 'EHC' then 0 else 1 end, v.number desc
                limit 1""")
                .param(caseId.value())
                .query((rs, n) -> new Version(rs.getObject("plan_id", UUID.class), PlanKind.valueOf(rs.getString("kind")),
                        rs.getObject("version_id", UUID.class), rs.getInt("number"), rs.getTimestamp("issued_at")))
                .optional();
        return version.map(v -> {
            List<Outcome> outcomes = jdbc.sql("""
                    select * from plan_item i where version_id = ? and kind = 'OUTCOME' and superseded_at is null and removed_at is null
                    order by (select min(seq) from plan_item f where f.version_id = i.version_id and f.lineage = i.lineage)""")
                    .param(v.versionId())
                    .query((rs, n) -> new Outcome(rs.getObject("lineage", UUID.class), rs.getString("section"),
                            rs.getString("description"), rs.getString("by_when"), uuids(rs.getArray("links"))))
                    .list();
            List<Item> provision = jdbc.sql("""
                    select * from plan_item i where version_id = ? and kind = 'PROVISION' and superseded_at is null and removed_at is null
                    order by (select min(seq) from plan_item f where f.version_id = i.version_id and f.lineage = i.lineage)""")
                    .param(v.versionId())
                    .query(PlannedProvision::item)
                    .list();
            LocalDate issuedOn = v.issuedAt() == null ? null : v.issuedAt().toInstant().atZone(zone).toLocalDate();
            return new InForce(caseId.value(), v.kind(), v.planId(), v.versionId(), v.number(), issuedOn, outcomes, provision);
        });
    }

    private static Item item(ResultSet rs, int n) throws SQLException {
        Integer sessions = (Integer) rs.getObject("sessions");
        String per = rs.getString("per");
        Integer minutes = (Integer) rs.getObject("minutes");
        Amount amount = sessions == null || per == null || minutes == null
                ? null
                : new Amount(sessions, Per.valueOf(per), minutes, (Integer) rs.getObject("group_count"), rs.getString("provider_role"),
                        rs.getObject("provider_person", UUID.class));
        return new Item(rs.getObject("lineage", UUID.class), rs.getString("section"), rs.getString("description"),
                rs.getString("provider"), rs.getString("frequency"), rs.getString("session_length"), amount,
                rs.getObject("starts", LocalDate.class), rs.getObject("ends", LocalDate.class), uuids(rs.getArray("links")));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
