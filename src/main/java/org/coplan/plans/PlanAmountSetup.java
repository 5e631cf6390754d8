package org.coplan.plans;

import org.coplan.cases.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a provision item of a plan version its countable amount directly: for demo data and
 * set-up, where there is no page to type it in. The item is found by its words.
 */
@Service
@Transactional
public class PlanAmountSetup {

    private final JdbcClient jdbc;

    PlanAmountSetup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Sets the amount of the provision item with these words in the case's plan in force (see
     * {@link PlannedProvision}); false when there is none.
     */
    public boolean quantifyInForce(CaseId caseId, String description, PlannedProvision.Amount amount) {
        return jdbc.sql("""
                update plan_item i set sessions = ?, per = ?, minutes = ?, group_count = ?, provider_role = ?, provider_person = ?
                where i.version_id = (select v.id from plan p join plan_version v on v.plan_id = p.id and v.status = 'FINAL'
                                      where p.case_id = ? order by case p.kind when 'EHC' then 0 else 1 end, v.number desc limit 1)
                  and i.kind = 'PROVISION' and i.description = ? and i.superseded_at is null and i.removed_at is null""")
                .params(amount.sessions(), amount.per().name(), amount.minutes(), amount.groupSize(), amount.providerRole(),
                        amount.providerPerson(), caseId.value(), description)
                .update() > 0;
    }
}
