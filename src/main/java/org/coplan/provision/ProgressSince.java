package org.coplan.provision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseId;

/**
 * Progress on each outcome in force over a period, for the pages that open an annual review
 * with evidence. Callers have opened the case through the case access policy.
 */
public interface ProgressSince {

    /**
     * One outcome's progress over the period. Steps are the authority's scale labels, null when
     * nothing was recorded by then; {@code familyView} is the family's or child's newest words
     * in the period, null when none.
     */
    record OutcomeProgress(
            UUID outcomeLineage, String outcome, String byWhen, String stepAtStart, String stepNow, int records,
            String latestEvidence, String familyView, String link) {}

    List<OutcomeProgress> progress(CaseId caseId, LocalDate from, LocalDate to);
}
