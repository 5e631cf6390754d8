package org.coplan.cases.domain;

/** Everything a person can do on a case. Every case-scoped page asks the policy for one of these. */
public enum CaseAction {
    VIEW_CASE,
    EDIT_ABOUT_ME,
    EDIT_OWN_PARTICIPATION,
    VIEW_TEAM_PARTICIPATION,
    MANAGE_TEAM,
    EDIT_CASE_DETAILS,
    RECORD_PARENT_ACCESS,
    VIEW_AUDIT,
    /**
     * Add to or change the shared record in any way beyond one's own participation choices:
     * contribute, comment, say whether one agrees, raise or move a disagreement, reply to a meeting,
     * write an account of it, close an action. Everyone who may see the case has it, except a parent
     * whose young person chose "view only" (see, not change).
     */
    ADD_TO_RECORD
}
