package org.coplan.provision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseId;

/**
 * How far each provision item in force was delivered over a period, for the pages that open an
 * annual review with evidence. Callers have opened the case through the case access policy.
 */
public interface FidelitySince {

    /**
     * One item's sessions over the period: {@code expected} from its amount and the school's term
     * dates (null when the item cannot be counted), then delivered, not delivered, not yet
     * accounted for and made up; {@code plainWords} says it as the family reads it;
     * {@code shortfall} is true past the authority's threshold.
     */
    record ItemFidelity(
            UUID lineage, String section, String description, Integer expected, int delivered, int notDelivered,
            int notAccounted, int madeUp, String plainWords, boolean shortfall, String link) {}

    List<ItemFidelity> fidelity(CaseId caseId, LocalDate from, LocalDate to);
}
