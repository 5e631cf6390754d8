package org.coplan.plans.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.plans.domain.ProvisionAmount;
import org.coplan.plans.domain.SectionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Needs, outcomes and provision. An item keeps its lineage across edits and versions, so links
 * from an outcome to the needs it addresses, and from provision to its outcomes, survive both.
 */
@Repository
public class PlanItems {

    public enum Kind {
        NEED,
        OUTCOME,
        PROVISION
    }

    public record Item(
            UUID id, UUID versionId, SectionCode section, Kind kind, String description, String byWhen, String provider,
            String frequency, String sessionLength, String groupSize, LocalDate starts, LocalDate ends, List<UUID> links,
            UUID lineage, Instant createdAt, UUID createdBy, String createdByName, ProvisionAmount amount) {

        /** The same item without an amount, for needs and outcomes. */
        public Item(
                UUID id, UUID versionId, SectionCode section, Kind kind, String description, String byWhen, String provider,
                String frequency, String sessionLength, String groupSize, LocalDate starts, LocalDate ends, List<UUID> links,
                UUID lineage, Instant createdAt, UUID createdBy, String createdByName) {
            this(id, versionId, section, kind, description, byWhen, provider, frequency, sessionLength, groupSize, starts, ends, links,
                    lineage, createdAt, createdBy, createdByName, null);
        }

        /** The same item in another version, written at another time: for a new version or amendment. */
        public Item carriedInto(UUID newId, UUID newVersionId, Instant at) {
            return new Item(newId, newVersionId, section, kind, description, byWhen, provider, frequency, sessionLength, groupSize,
                    starts, ends, links, lineage, at, createdBy, createdByName, amount);
        }
    }

    private final JdbcClient jdbc;

    PlanItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current items of a version, in the order they were first added. */
    public List<Item> current(UUID versionId) {
        return jdbc.sql("""
                select i.* from plan_item i
                where i.version_id = ? and i.superseded_at is null and i.removed_at is null
                order by (select min(seq) from plan_item f where f.version_id = i.version_id and f.lineage = i.lineage), i.seq""")
                .param(versionId)
                .query(PlanItems::row)
                .list();
    }

    public Optional<Item> currentByLineage(UUID versionId, UUID lineage) {
        return jdbc.sql("select * from plan_item where version_id = ? and lineage = ? and superseded_at is null and removed_at is null")
                .params(versionId, lineage)
                .query(PlanItems::row)
                .optional();
    }

    public Optional<UUID> lineageOf(UUID versionId, UUID itemId) {
        return jdbc.sql("select lineage from plan_item where version_id = ? and id = ?").params(versionId, itemId).query(UUID.class).optional();
    }

    public List<Item> history(UUID versionId, UUID lineage) {
        return jdbc.sql("select * from plan_item where version_id = ? and lineage = ? order by seq desc")
                .params(versionId, lineage)
                .query(PlanItems::row)
                .list();
    }

    public void insert(Item i) {
        ProvisionAmount a = i.amount();
        jdbc.sql("""
                insert into plan_item (id, version_id, section, kind, description, by_when, provider, frequency, session_length,
                    group_size, starts, ends, links, lineage, created_at, created_by, created_by_name,
                    sessions, per, minutes, group_count, provider_role, provider_person)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(i.id(), i.versionId(), i.section().name(), i.kind().name(), i.description(), i.byWhen(), i.provider(),
                        i.frequency(), i.sessionLength(), i.groupSize(), i.starts(), i.ends(), i.links().toArray(UUID[]::new),
                        i.lineage(), Timestamp.from(i.createdAt()), i.createdBy(), i.createdByName(),
                        a == null ? null : a.sessions(), a == null ? null : a.per().name(), a == null ? null : a.minutes(),
                        a == null ? null : a.groupCount(), a == null ? null : a.providerRole(), a == null ? null : a.providerPerson())
                .update();
    }

    /** Marks the current row of a lineage as replaced. False if it was not the current row any more. */
    public boolean supersede(UUID versionId, UUID itemId, Instant at) {
        return jdbc.sql("update plan_item set superseded_at = ? where version_id = ? and id = ? and superseded_at is null and removed_at is null")
                .params(Timestamp.from(at), versionId, itemId)
                .update() == 1;
    }

    public boolean remove(UUID versionId, UUID itemId, Instant at) {
        return jdbc.sql("update plan_item set removed_at = ? where version_id = ? and id = ? and superseded_at is null and removed_at is null")
                .params(Timestamp.from(at), versionId, itemId)
                .update() == 1;
    }

    static Item row(ResultSet rs, int n) throws SQLException {
        return new Item(
                rs.getObject("id", UUID.class),
                rs.getObject("version_id", UUID.class),
                SectionCode.valueOf(rs.getString("section")),
                Kind.valueOf(rs.getString("kind")),
                rs.getString("description"),
                rs.getString("by_when"),
                rs.getString("provider"),
                rs.getString("frequency"),
                rs.getString("session_length"),
                rs.getString("group_size"),
                rs.getObject("starts", LocalDate.class),
                rs.getObject("ends", LocalDate.class),
                uuids(rs.getArray("links")),
                rs.getObject("lineage", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getObject("created_by", UUID.class),
                rs.getString("created_by_name"),
                amount(rs));
    }

    /** The amount, when the row has a whole one; group size and provider only count beside it. */
    static ProvisionAmount amount(ResultSet rs) throws SQLException {
        Integer sessions = (Integer) rs.getObject("sessions");
        String per = rs.getString("per");
        Integer minutes = (Integer) rs.getObject("minutes");
        if (sessions == null || per == null || minutes == null) {
            return null;
        }
        return new ProvisionAmount(sessions, ProvisionAmount.Per.valueOf(per), minutes, (Integer) rs.getObject("group_count"),
                rs.getString("provider_role"), rs.getObject("provider_person", UUID.class));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
