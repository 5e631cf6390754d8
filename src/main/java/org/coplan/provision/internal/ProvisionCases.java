package org.coplan.provision.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each case's local authority, school and child's name, as the provision module keeps them: a copy
 * kept in step by {@link CaseChanged}, in the same transaction as the change, so figures can be
 * grouped by authority and school without reading the cases module's tables.
 */
@Repository
public class ProvisionCases {

    /** A case as provision figures group it. */
    public record Where(UUID caseId, UUID localAuthority, UUID school, String childName) {}

    private final JdbcClient jdbc;
    private final CaseAccess cases;

    ProvisionCases(JdbcClient jdbc, CaseAccess cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    @EventListener
    void onCaseChanged(CaseChanged changed) {
        cases.child(changed.caseId()).ifPresent(c -> jdbc.sql("""
                insert into provision_case (case_id, local_authority, school, child_name) values (?, ?, ?, ?)
                on conflict (case_id) do update set local_authority = excluded.local_authority, school = excluded.school,
                    child_name = excluded.child_name""")
                .params(c.id().value(), c.localAuthority().value(), c.school() == null ? null : c.school().value(),
                        c.knownAs() + " " + c.familyName())
                .update());
    }

    public Optional<Where> find(UUID caseId) {
        return jdbc.sql("select * from provision_case where case_id = ?").param(caseId).query(ProvisionCases::row).optional();
    }

    public List<Where> findAll(Collection<UUID> caseIds) {
        return jdbc.sql("select * from provision_case where case_id = any(?)")
                .param(caseIds.toArray(UUID[]::new))
                .query(ProvisionCases::row)
                .list();
    }

    /** The cases with provision in force (or once in force), by authority, for the daily check. */
    public List<Where> withProvision(UUID authority) {
        return jdbc.sql("""
                select c.* from provision_case c
                where c.local_authority = ? and exists (select 1 from provision_item i where i.case_id = c.case_id)""")
                .param(authority)
                .query(ProvisionCases::row)
                .list();
    }

    public List<UUID> authoritiesWithProvision() {
        return jdbc.sql("""
                select distinct c.local_authority from provision_case c
                where exists (select 1 from provision_item i where i.case_id = c.case_id)""")
                .query(UUID.class)
                .list();
    }

    private static Where row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Where(rs.getObject("case_id", UUID.class), rs.getObject("local_authority", UUID.class),
                rs.getObject("school", UUID.class), rs.getString("child_name"));
    }
}
