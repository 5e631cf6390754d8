package org.coplan.provision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.coplan.provision.domain.Fidelity;
import org.coplan.provision.domain.NotDeliveredReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sessions counted in the database, per item: regular sessions delivered and not delivered (by
 * reason), and make-ups delivered for a session that did not take place. Only current rows count
 * (a corrected session counts as its correction).
 */
@Repository
public class FidelityCounts {

    /** An item of a case. */
    public record ItemKey(UUID caseId, UUID lineage) {}

    private static final String COUNTS = """
            select s.case_id, s.item_lineage,
                count(*) filter (where s.makes_up is null and s.status = 'DELIVERED') as delivered,
                coalesce(sum(s.minutes) filter (where s.makes_up is null and s.status = 'DELIVERED'), 0) as delivered_minutes,
                count(*) filter (where s.makes_up is null and s.reason = 'CHILD_ABSENT') as child_absent,
                count(*) filter (where s.makes_up is null and s.reason = 'PROVIDER_ABSENT') as provider_absent,
                count(*) filter (where s.makes_up is null and s.reason = 'SETTING_CLOSED') as setting_closed,
                count(*) filter (where s.makes_up is null and s.reason = 'CHILD_DECLINED') as child_declined,
                count(*) filter (where s.makes_up is null and s.reason = 'OTHER') as other,
                count(*) filter (where s.makes_up is not null and s.status = 'DELIVERED' and m.status = 'NOT_DELIVERED') as made_up,
                coalesce(sum(s.minutes) filter (where s.makes_up is not null and s.status = 'DELIVERED' and m.status = 'NOT_DELIVERED'), 0)
                    as made_up_minutes,
                max(s.session_date) filter (where s.makes_up is not null and s.status = 'DELIVERED' and m.status = 'NOT_DELIVERED')
                    as last_make_up
            from provision_session s
            left join provision_session m on m.id = s.makes_up and m.case_id = s.case_id
            where %s and s.session_date between ? and ? and s.replaced_by is null
            group by s.case_id, s.item_lineage""";

    private final JdbcClient jdbc;

    FidelityCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One case's items, sessions dated from {@code from} to {@code to}. */
    public Map<UUID, Fidelity.Counts> forCase(UUID caseId, LocalDate from, LocalDate to) {
        Map<UUID, Fidelity.Counts> counts = new HashMap<>();
        jdbc.sql(COUNTS.formatted("s.case_id = ?"))
                .params(caseId, from, to)
                .query((rs, n) -> {
                    counts.put(rs.getObject("item_lineage", UUID.class), counts(rs));
                    return null;
                })
                .list();
        return counts;
    }

    /** Many cases' items, sessions dated from {@code from} to {@code to}, in one query. */
    public Map<ItemKey, Fidelity.Counts> forCases(Collection<UUID> caseIds, LocalDate from, LocalDate to) {
        Map<ItemKey, Fidelity.Counts> counts = new HashMap<>();
        if (caseIds.isEmpty()) {
            return counts;
        }
        jdbc.sql(COUNTS.formatted("s.case_id = any(?)"))
                .params(caseIds.toArray(UUID[]::new), from, to)
                .query((rs, n) -> {
                    counts.put(new ItemKey(rs.getObject("case_id", UUID.class), rs.getObject("item_lineage", UUID.class)), counts(rs));
                    return null;
                })
                .list();
        return counts;
    }

    private static Fidelity.Counts counts(ResultSet rs) throws SQLException {
        Map<NotDeliveredReason, Integer> by = new EnumMap<>(NotDeliveredReason.class);
        for (NotDeliveredReason r : NotDeliveredReason.values()) {
            int c = rs.getInt(r.name().toLowerCase(java.util.Locale.ROOT));
            if (c > 0) {
                by.put(r, c);
            }
        }
        return new Fidelity.Counts(rs.getInt("delivered"), rs.getInt("delivered_minutes"), by, rs.getInt("made_up"),
                rs.getInt("made_up_minutes"), rs.getObject("last_make_up", LocalDate.class));
    }
}
