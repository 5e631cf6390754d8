package org.coplan.plans;

import java.time.LocalDate;
import org.coplan.cases.CaseId;
import org.coplan.people.PersonId;
import org.coplan.plans.domain.PlanKind;

/**
 * Published inside the same transaction when a plan version goes to the family: a draft sent
 * for comment, or the proposed changes of an amendment.
 *
 * @param amendment true when the version amends an issued plan
 */
public record PlanVersionSent(CaseId caseId, PersonId by, PlanKind kind, int number, boolean amendment, LocalDate on) {}
