package org.coplan.provision.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseAudience;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseNotices;
import org.coplan.cases.CaseRole;
import org.coplan.people.OrganisationId;
import org.coplan.people.People;
import org.coplan.people.PersonId;
import org.coplan.people.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the plan's writer and the family that an item has fallen short this half-term, once per
 * item per half-term per person, on however many nodes the check runs: each person's message is
 * claimed by inserting its row in {@code provision_shortfall_told}, in the transaction that sends
 * it (as reminders are, ADR 0014). The writer is the EHC coordinator on the team for an EHC plan,
 * the SENCO for an SEN support plan (the school's SENCOs when none is on the team). Messages never
 * name the child.
 */
@Service
public class ShortfallTelling {

    private final CaseAccess access;
    private final CaseNotices notices;
    private final People people;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    ShortfallTelling(CaseAccess access, CaseNotices notices, People people, JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.access = access;
        this.notices = notices;
        this.people = people;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** Tells whoever has not yet been told of this item's shortfall in the half-term starting {@code periodFirst}. */
    public int tell(UUID caseId, UUID lineage, String planKind, UUID school, LocalDate periodFirst) {
        Set<UUID> told = Set.copyOf(jdbc.sql("""
                select person_id from provision_shortfall_told where case_id = ? and item_lineage = ? and period_first = ?""")
                .params(caseId, lineage, periodFirst)
                .query(UUID.class)
                .list());
        CaseRole writer = "EHC".equals(planKind) ? CaseRole.EHC_COORDINATOR : CaseRole.SENCO;
        CaseAudience audience = access.audience(new CaseId(caseId));
        Set<PersonId> to = new LinkedHashSet<>();
        List<PersonId> writers = new ArrayList<>();
        for (CaseAudience.Told t : audience.told()) {
            if (t.role() == writer) {
                writers.add(t.personId());
            }
        }
        if (writers.isEmpty() && writer == CaseRole.SENCO && school != null) {
            people.staffOf(new OrganisationId(school)).stream()
                    .filter(s -> s.role() == StaffRole.SENCO)
                    .forEach(s -> writers.add(s.person().id()));
        }
        to.addAll(writers);
        audience.family().forEach(f -> to.add(f.personId()));
        int n = 0;
        for (PersonId person : to) {
            if (told.contains(person.value())) {
                continue;
            }
            Boolean sent = tx.execute(s -> {
                int claimed = jdbc.sql("""
                        insert into provision_shortfall_told (case_id, item_lineage, period_first, person_id, told_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(caseId, lineage, periodFirst, person.value(), Timestamp.from(clock.instant()))
                        .update();
                if (claimed == 0) {
                    return false;
                }
                notices.tell(new CaseId(caseId), person, "fidelity.email.subject", "fidelity.email.body", List.of(),
                        "/cases/" + caseId + "/provision");
                return true;
            });
            if (Boolean.TRUE.equals(sent)) {
                n++;
            }
        }
        return n;
    }
}
