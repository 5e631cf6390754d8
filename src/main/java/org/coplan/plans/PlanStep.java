package org.coplan.plans;

import java.time.LocalDate;
import org.coplan.cases.CaseId;
import org.coplan.people.PersonId;
import org.coplan.plans.domain.PlanKind;

/**
 * Sending a plan for comment or issuing it, as a statutory step on the case's timeline: a draft
 * EHC plan sent, a final EHC plan issued, an amendment notice sent, an amended plan issued.
 *
 * @param familyFinished the family said they have finished commenting and the setting lets the
 *     plan be issued before the comment window ends
 */
public record PlanStep(CaseId caseId, PersonId by, PlanKind kind, Kind step, boolean amendment, LocalDate on, boolean familyFinished) {

    public enum Kind {
        SENT_FOR_COMMENT,
        ISSUED
    }
}
