package org.coplan.cases;

import org.coplan.people.OrganisationId;
import org.coplan.people.SchoolPhase;

/**
 * What figures about a case are grouped and filtered by: its school and that school's phase, the
 * child's primary need and age band today, and the stage. Never a name. Nulls are "not recorded".
 */
public record CaseFacets(CaseId id, OrganisationId school, SchoolPhase phase, NeedType need, AgeBand ageBand, Stage stage) {}
