package org.coplan.cases;

import org.coplan.cases.domain.CaseAccessPolicy.Access;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.PersonId;

/** A case as one person may see it, with what they may do on it. */
public record CaseContext(ChildCase child, Access access, PersonId viewerId, String viewerName) {

    public CaseId caseId() {
        return child.id();
    }

    public boolean can(CaseAction action) {
        return access.allows(action);
    }

    public CaseRole role() {
        return access.role();
    }

    /** The role the record shows for this person: their case role, or "SEN manager" (see {@link Access#senManager}). */
    public String recordedRole() {
        return access.recordedRole();
    }

    /** Whether the person may add to or change the record, not only see it ("view only" may not). */
    public boolean mayAct() {
        return access.allows(CaseAction.ADD_TO_RECORD);
    }
}
