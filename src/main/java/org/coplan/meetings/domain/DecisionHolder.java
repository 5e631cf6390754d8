package org.coplan.meetings.domain;

/**
 * Who holds a decision in law. The local authority decides whether to assess and what an EHC plan
 * says; the school decides SEN support; health bodies decide health provision; social care decides
 * social care provision. What a family can do if they disagree depends on who decided.
 */
public enum DecisionHolder {
    LOCAL_AUTHORITY(true),
    SCHOOL(false),
    HEALTH(false),
    SOCIAL_CARE(false);

    private final boolean appealable;

    DecisionHolder(boolean appealable) {
        this.appealable = appealable;
    }

    /** Whether the family can go to mediation and appeal to the SEND Tribunal about this decision. */
    public boolean appealable() {
        return appealable;
    }
}
