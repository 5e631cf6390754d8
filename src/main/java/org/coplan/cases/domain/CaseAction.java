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
    VIEW_AUDIT
}
