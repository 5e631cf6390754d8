package org.coplan.resolution.domain;

/** Where a disagreement has got to, in the order people usually go through them (ehc-process.md 7.4 to 7.6). */
public enum DisagreementStage {
    /** Talking it through with the school or council, informally. */
    TALKING,
    /** With help from SENDIASS, the free and impartial advice service. */
    SENDIASS,
    /** Disagreement resolution: an independent person helps (s.57). */
    DISAGREEMENT_RESOLUTION,
    /** Mediation about an appealable decision (ss.52 to 56). */
    MEDIATION,
    /** An appeal to the First-tier Tribunal (SEND) (s.51). */
    TRIBUNAL,
    /** Closed, with an outcome. */
    CLOSED;

    public boolean open() {
        return this != CLOSED;
    }

    /** Mediation and the Tribunal are only for what the law lets the family appeal against. */
    public boolean needsRightOfAppeal() {
        return this == MEDIATION || this == TRIBUNAL;
    }
}
