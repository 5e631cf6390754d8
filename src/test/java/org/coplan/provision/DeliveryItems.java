package org.coplan.provision;

import java.time.LocalDate;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Provision items in force for delivery tests, written as the provision module's copy of an issued
 * plan would be, without issuing a plan each time (see {@code ProvisionInForceTest} for that).
 */
final class DeliveryItems {

    private DeliveryItems() {}

    /** A weekly item of one 30-minute session, provided by a case role and/or a named person, in force from {@code from}. */
    static UUID weekly(JdbcClient jdbc, CaseId caseId, String description, String providerRole, UUID providerPerson, LocalDate from) {
        UUID lineage = UUID.randomUUID();
        jdbc.sql("""
                insert into provision_item (case_id, lineage, plan_kind, plan_version_id, section, description, provider, frequency,
                    session_length, sessions, per, minutes, group_count, provider_role, provider_person, in_force_from)
                values (?, ?, 'EHC', ?, 'F', ?, 'NHS speech and language therapist', 'once a week', '30 minutes', 1, 'WEEK', 30, 1, ?, ?, ?)""")
                .params(caseId.value(), lineage, UUID.randomUUID(), description, providerRole, providerPerson, from)
                .update();
        return lineage;
    }

    /** An item whose words could not be counted ("as required"). */
    static UUID vague(JdbcClient jdbc, CaseId caseId, String description, LocalDate from) {
        UUID lineage = UUID.randomUUID();
        jdbc.sql("""
                insert into provision_item (case_id, lineage, plan_kind, plan_version_id, section, description, frequency, in_force_from)
                values (?, ?, 'EHC', ?, 'F', ?, 'as required', ?)""")
                .params(caseId.value(), lineage, UUID.randomUUID(), description, from)
                .update();
        return lineage;
    }
}
