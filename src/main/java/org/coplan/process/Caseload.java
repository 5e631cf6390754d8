package org.coplan.process;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coplan.process.domain.DashboardAccess.Scope;

/**
 * The cases a member of staff's caseload page lists, whatever its filters, by the rule in
 * {@link org.coplan.process.domain.DashboardAccess}: the cases where they are the EHC coordinator,
 * or every case in their local authorities or at their schools. The person leads every one of
 * them, so a {@link CaseloadSummary} may count and name any of them.
 *
 * @param scope which of the person's caseloads this is
 * @param ids for {@link Scope#MINE} the case ids, for {@link Scope#AUTHORITY} the local authorities,
 *     for {@link Scope#SCHOOL} the schools
 * @param today the day the page is shown, from the application's clock
 */
public record Caseload(Scope scope, List<UUID> ids, LocalDate today) {

    public Caseload {
        ids = List.copyOf(ids);
    }
}
