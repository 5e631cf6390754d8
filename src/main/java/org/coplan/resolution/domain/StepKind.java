package org.coplan.resolution.domain;

/** A date on the way to mediation or an appeal. */
public enum StepKind {
    /** The decision notice was sent (when the letter went later than the decision on the timeline). */
    NOTICE_SENT,
    /** The family contacted the mediation adviser (D8). */
    ADVISER_CONTACTED,
    /** The family told the adviser they do not want mediation (D9). */
    MEDIATION_NOT_WANTED,
    /** The council heard that the family wants mediation (D11). */
    MEDIATION_WANTED,
    /** Mediation took place and ended (D12). */
    MEDIATION_HELD,
    /** The mediation adviser issued the certificate (D14). */
    CERTIFICATE_ISSUED
}
