package org.coplan.provision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the provision in force adds up to over a set of cases, for figures that never show a case:
 * per case, the items in force on a day by plan section and by the role that provides them, with the
 * minutes a week of those whose amount is written down. One statement whatever the number of cases.
 * Callers group the cases and suppress small counts; nothing here names a child or a provider.
 */
@Service
public class ProvisionInForceCounts {

    /** A half term is counted as 6 weeks and a term as 12 when an amount is turned into minutes a week. */
    public static final int WEEKS_IN_HALF_TERM = 6;

    public static final int WEEKS_IN_TERM = 12;

    /**
     * The items of one case in force in one plan section with one provider role.
     *
     * @param section the plan section as written, such as {@code F}
     * @param providerRole the case role that provides them (a {@link org.coplan.cases.CaseRole} name), or
     *     null when the plan does not say
     * @param items how many items
     * @param quantified how many of them have an amount (sessions, how often, minutes)
     * @param minutesPerWeek the minutes a week of the quantified items, for the whole group when a session is for a group
     */
    public record InForce(CaseId caseId, String section, String providerRole, int items, int quantified, int minutesPerWeek) {}

    private final JdbcClient jdbc;

    ProvisionInForceCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The items in force on {@code on} (copied from an issued plan on or before it and not stopped by then). */
    @Transactional(readOnly = true)
    public List<InForce> inForce(Collection<CaseId> cases, LocalDate on) {
        if (cases.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select case_id, section, provider_role, count(*) as items,
                       count(*) filter (where sessions is not null and minutes is not null and per is not null) as quantified,
                       coalesce(sum(sessions * minutes / case per when 'WEEK' then 1.0 when 'HALF_TERM' then ?::numeric when 'TERM' then ?::numeric end), 0)
                           as minutes_per_week
                from provision_item
                where case_id = any(?) and in_force_from <= ? and (stopped_on is null or stopped_on > ?)
                group by case_id, section, provider_role""")
                .params(WEEKS_IN_HALF_TERM, WEEKS_IN_TERM, cases.stream().map(CaseId::value).toArray(UUID[]::new), on, on)
                .query((rs, n) -> new InForce(new CaseId(rs.getObject("case_id", UUID.class)), rs.getString("section"),
                        rs.getString("provider_role"), rs.getInt("items"), rs.getInt("quantified"),
                        (int) Math.round(rs.getDouble("minutes_per_week"))))
                .list();
    }
}
