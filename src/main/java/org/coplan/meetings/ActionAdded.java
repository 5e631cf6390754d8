package org.coplan.meetings;

import java.time.LocalDate;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.people.PersonId;

/** An action was added on a case, for its owner to do by a day. */
public record ActionAdded(CaseId caseId, UUID actionId, PersonId owner, PersonId addedBy, String addedByName, LocalDate dueOn) {}
