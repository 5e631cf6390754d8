package org.coplan.process.domain;

/** Each deadline the timeline shows, with the rule in ehc-process.md section 10 it comes from. */
public enum DeadlineKey {
    DECISION_TO_ASSESS("D1", Responsible.LOCAL_AUTHORITY, false),
    ADVICE("D3", Responsible.ADVISER, false),
    DECISION_NOT_TO_ISSUE("D4", Responsible.LOCAL_AUTHORITY, false),
    DRAFT_COMMENTS("D5", Responsible.FAMILY, false),
    SCHOOL_RESPONSE("D6", Responsible.SCHOOL, true),
    FINAL_PLAN("D7", Responsible.LOCAL_AUTHORITY, false),
    MEDIATION_ADVICE("D8", Responsible.FAMILY, false),
    APPEAL("D14", Responsible.FAMILY, false),
    ANNUAL_REVIEW("D15", Responsible.LOCAL_AUTHORITY, false),
    UNDER_FIVE_REVIEW("D16", Responsible.LOCAL_AUTHORITY, true),
    REVIEW_INVITATIONS("D17", Responsible.SCHOOL, false),
    REVIEW_ADVICE("D17", Responsible.SCHOOL, false),
    REVIEW_REPORT("D18", Responsible.SCHOOL, false),
    REVIEW_DECISION("D19", Responsible.LOCAL_AUTHORITY, false),
    AMENDMENT_COMMENTS("D20", Responsible.FAMILY, false),
    AMENDED_PLAN("D20", Responsible.LOCAL_AUTHORITY, false),
    PHASE_TRANSFER("D21", Responsible.LOCAL_AUTHORITY, false),
    REASSESSMENT_DECISION("D23", Responsible.LOCAL_AUTHORITY, false),
    REASSESSED_PLAN("D24", Responsible.LOCAL_AUTHORITY, false),
    BECOMES_YOUNG_PERSON("D33", Responsible.FAMILY, false),
    YEAR_NINE("D34", Responsible.LOCAL_AUTHORITY, false);

    private final String rule;
    private final Responsible responsible;
    private final boolean guidance;

    DeadlineKey(String rule, Responsible responsible, boolean guidance) {
        this.rule = rule;
        this.responsible = responsible;
        this.guidance = guidance;
    }

    public String rule() {
        return rule;
    }

    public Responsible responsible() {
        return responsible;
    }

    /** Guidance ("should") rather than a legal time limit ("must"). */
    public boolean guidance() {
        return guidance;
    }

    /** A window that opens for the family, or a date to know about, rather than a duty. */
    public boolean forFamily() {
        return responsible == Responsible.FAMILY;
    }

    /** Whether a time-limit exception can be recorded against it. */
    public boolean canBeExcepted() {
        return this == DECISION_TO_ASSESS || this == ADVICE || this == DECISION_NOT_TO_ISSUE || this == FINAL_PLAN
                || this == REASSESSED_PLAN;
    }
}
