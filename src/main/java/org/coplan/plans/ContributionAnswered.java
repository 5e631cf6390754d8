package org.coplan.plans;

import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.people.PersonId;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.ResponseOutcome;

/** The plan writer answered a contribution: included, included with changes, or not included with a reason. */
public record ContributionAnswered(
        CaseId caseId, UUID planId, int versionNumber, PlanKind kind, String sectionSlug, UUID contributionId, PersonId author,
        PersonId answeredBy, String answeredByName, ResponseOutcome outcome) {}
