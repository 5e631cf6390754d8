package org.coplan.resolution;

import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.people.PersonId;

/** Someone on the team raised a disagreement on a case. */
public record DisagreementRaised(CaseId caseId, UUID disagreementId, PersonId raisedBy, String raisedByName) {}
