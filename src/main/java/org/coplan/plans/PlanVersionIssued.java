package org.coplan.plans;

import java.time.LocalDate;
import org.coplan.cases.CaseId;
import org.coplan.people.PersonId;
import org.coplan.plans.domain.PlanKind;

/** Published inside the same transaction when a plan version is issued as final. */
public record PlanVersionIssued(CaseId caseId, PersonId by, PlanKind kind, int number, boolean amendment, LocalDate on) {}
