package org.coplan.cases;

import java.time.Instant;
import java.util.UUID;
import org.coplan.people.PersonId;

public record CaseMember(UUID id, CaseId caseId, PersonId personId, CaseRole role, Instant addedAt) {}
