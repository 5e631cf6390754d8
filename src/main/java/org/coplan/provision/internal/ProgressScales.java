package org.coplan.provision.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coplan.provision.domain.ProgressScale;
import org.coplan.provision.domain.ProgressStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each authority's progress scale. An authority with nothing saved has the default scale (ADR 0042). */
@Repository
public class ProgressScales {

    private final JdbcClient jdbc;

    ProgressScales(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The authority's scale: as saved, or the default. One query. */
    public ProgressScale of(UUID authority) {
        record Row(Integer version, UUID id, String label, Integer position) {}
        List<Row> rows = jdbc.sql("""
                select c.version, s.id, s.label, s.position
                from progress_scale c left join progress_step s on s.authority_id = c.authority_id
                where c.authority_id = ?""")
                .param(authority)
                .query((rs, n) -> new Row(rs.getInt("version"), rs.getObject("id", UUID.class), rs.getString("label"),
                        (Integer) rs.getObject("position")))
                .list();
        if (rows.isEmpty()) {
            return ProgressScale.defaults(authority);
        }
        return new ProgressScale(authority, rows.getFirst().version(), rows.stream().filter(r -> r.id() != null)
                .map(r -> new ProgressStep(r.id(), r.label(), r.position())).toList());
    }

    /**
     * Writes the default scale down for an authority that has none saved, so records can refer to
     * its steps. Safe to run twice, and by two nodes at once.
     */
    public void writeDefaultsIfNone(UUID authority, Instant at) {
        int inserted = jdbc.sql("insert into progress_scale (authority_id, version, changed_at) values (?, 0, ?) on conflict do nothing")
                .params(authority, Timestamp.from(at))
                .update();
        if (inserted == 1) {
            for (ProgressStep s : ProgressScale.defaults(authority).steps()) {
                jdbc.sql("insert into progress_step (id, authority_id, position, label) values (?, ?, ?, ?)")
                        .params(s.id(), authority, s.position(), s.label())
                        .update();
            }
        }
    }

    /** The steps of the authority's scale that a record uses. */
    public Set<UUID> used(UUID authority) {
        return new HashSet<>(jdbc.sql("""
                select s.id from progress_step s
                where s.authority_id = ? and exists (select 1 from progress_record r where r.step_id = s.id)""")
                .param(authority)
                .query(UUID.class)
                .list());
    }

    /**
     * Saves the changed scale if it is still at the version the change was based on. False when
     * someone saved first. The steps already written down must be (see {@link #writeDefaultsIfNone}).
     */
    public boolean save(ProgressScale changed, int basedOn, Set<UUID> removed, UUID by, Instant at) {
        int updated = jdbc.sql("update progress_scale set version = ?, changed_at = ?, changed_by = ? where authority_id = ? and version = ?")
                .params(changed.version(), Timestamp.from(at), by, changed.authorityId(), basedOn)
                .update();
        if (updated == 0) {
            return false;
        }
        if (!removed.isEmpty()) {
            jdbc.sql("delete from progress_step where authority_id = ? and id = any(?)")
                    .params(changed.authorityId(), removed.toArray(UUID[]::new))
                    .update();
        }
        for (ProgressStep s : changed.steps()) {
            jdbc.sql("""
                    insert into progress_step (id, authority_id, position, label) values (?, ?, ?, ?)
                    on conflict (id) do update set position = excluded.position, label = excluded.label""")
                    .params(s.id(), changed.authorityId(), s.position(), s.label())
                    .update();
        }
        return true;
    }

    /** Whether this step is on the authority's saved scale. */
    public Optional<ProgressStep> savedStep(UUID authority, UUID step) {
        return jdbc.sql("select id, label, position from progress_step where authority_id = ? and id = ?")
                .params(authority, step)
                .query((rs, n) -> new ProgressStep(rs.getObject("id", UUID.class), rs.getString("label"), rs.getInt("position")))
                .optional();
    }
}
