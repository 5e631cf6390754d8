package org.coplan.resolution;

import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.people.PersonId;

/**
 * A disagreement moved to another stage, or was closed with an outcome.
 *
 * @param stage the stage it moved to, as named in {@code disagreement.stage.*}
 * @param outcome the outcome it closed with, as named in {@code disagreement.outcome.*}; null if still open
 */
public record DisagreementMoved(
        CaseId caseId, UUID disagreementId, PersonId raisedBy, PersonId movedBy, String movedByName, String stage, String outcome) {}
