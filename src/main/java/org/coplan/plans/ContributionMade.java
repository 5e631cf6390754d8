package org.coplan.plans;

import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.people.PersonId;
import org.coplan.plans.domain.PlanKind;

/** Someone on the team contributed to a section of a plan version. */
public record ContributionMade(
        CaseId caseId, UUID planId, int versionNumber, PlanKind kind, String sectionSlug, UUID contributionId, PersonId author) {}
