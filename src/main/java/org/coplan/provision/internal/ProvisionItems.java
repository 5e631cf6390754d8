package org.coplan.provision.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coplan.plans.PlannedProvision;
import org.coplan.provision.domain.Amount;
import org.coplan.provision.domain.Per;
import org.coplan.provision.domain.ProvisionItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The provision in force per case, copied from the newest issued plan version. */
@Repository
public class ProvisionItems {

    private final JdbcClient jdbc;

    ProvisionItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every item the case has had, in force or stopped, in the order first copied. */
    public List<ProvisionItem> forCase(UUID caseId) {
        return jdbc.sql("select * from provision_item where case_id = ? order by in_force_from, section, description")
                .param(caseId)
                .query(ProvisionItems::row)
                .list();
    }

    public Optional<ProvisionItem> find(UUID caseId, UUID lineage) {
        return jdbc.sql("select * from provision_item where case_id = ? and lineage = ?")
                .params(caseId, lineage)
                .query(ProvisionItems::row)
                .optional();
    }

    /**
     * Makes the case's items those of the plan in force: items in it are written (new ones in
     * force from {@code on}), items no longer in it stop on {@code on}. Safe to run twice.
     */
    public void replaceInForce(PlannedProvision.InForce plan, LocalDate on) {
        Set<UUID> kept = new HashSet<>();
        for (PlannedProvision.Item i : plan.provision()) {
            kept.add(i.lineage());
            PlannedProvision.Amount a = i.amount();
            jdbc.sql("""
                    insert into provision_item (case_id, lineage, plan_kind, plan_version_id, section, description, provider, frequency,
                        session_length, sessions, per, minutes, group_count, provider_role, provider_person, starts, ends, outcomes,
                        in_force_from, stopped_on)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null)
                    on conflict (case_id, lineage) do update set plan_kind = excluded.plan_kind,
                        plan_version_id = excluded.plan_version_id, section = excluded.section, description = excluded.description,
                        provider = excluded.provider, frequency = excluded.frequency, session_length = excluded.session_length,
                        sessions = excluded.sessions, per = excluded.per, minutes = excluded.minutes,
                        group_count = excluded.group_count, provider_role = excluded.provider_role,
                        provider_person = excluded.provider_person, starts = excluded.starts, ends = excluded.ends,
                        outcomes = excluded.outcomes, stopped_on = null""")
                    .params(plan.caseId(), i.lineage(), plan.kind().name(), plan.versionId(), i.section(), i.description(),
                            i.provider(), i.frequency(), i.sessionLength(), a == null ? null : a.sessions(),
                            a == null ? null : a.per().name(), a == null ? null : a.minutes(), a == null ? null : a.groupSize(),
                            a == null ? null : a.providerRole(), a == null ? null : a.providerPerson(), i.starts(), i.ends(),
                            i.outcomes().toArray(UUID[]::new), on)
                    .update();
        }
        jdbc.sql("update provision_item set stopped_on = ? where case_id = ? and stopped_on is null and not (lineage = any(?))")
                .params(on, plan.caseId(), kept.toArray(UUID[]::new))
                .update();
    }

    static ProvisionItem row(ResultSet rs, int n) throws SQLException {
        Integer sessions = (Integer) rs.getObject("sessions");
        String per = rs.getString("per");
        Integer minutes = (Integer) rs.getObject("minutes");
        Amount amount = sessions == null || per == null || minutes == null
                ? null
                : new Amount(sessions, Per.valueOf(per), minutes, (Integer) rs.getObject("group_count"), rs.getString("provider_role"),
                        rs.getObject("provider_person", UUID.class));
        return new ProvisionItem(
                rs.getObject("case_id", UUID.class),
                rs.getObject("lineage", UUID.class),
                rs.getString("plan_kind"),
                rs.getObject("plan_version_id", UUID.class),
                rs.getString("section"),
                rs.getString("description"),
                rs.getString("provider"),
                rs.getString("frequency"),
                rs.getString("session_length"),
                amount,
                rs.getObject("starts", LocalDate.class),
                rs.getObject("ends", LocalDate.class),
                uuids(rs.getArray("outcomes")),
                rs.getObject("in_force_from", LocalDate.class),
                rs.getObject("stopped_on", LocalDate.class));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }

    // ---- delivery records

    /** The items of these cases that have not stopped, in one statement whatever the number of cases. */
    public List<ProvisionItem> notStoppedOn(java.util.Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        // one primary-key range per case, whatever the planner thinks of the list's length
        return jdbc.sql("""
                select p.* from unnest(?::uuid[]) as c(id)
                cross join lateral (select * from provision_item i where i.case_id = c.id and i.stopped_on is null) p
                order by p.section, p.description""")
                .param(caseIds.toArray(UUID[]::new))
                .query(ProvisionItems::row)
                .list();
    }

    /** Every item of these cases, in force or stopped, in one query (for checks over many cases). */
    public List<ProvisionItem> forCases(java.util.Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from provision_item where case_id = any(?) order by case_id, in_force_from, section, description")
                .param(caseIds.toArray(UUID[]::new))
                .query(ProvisionItems::row)
                .list();
    }
}
