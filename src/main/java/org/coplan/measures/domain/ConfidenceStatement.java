package org.coplan.measures.domain;

/**
 * The five statements of the confidence measure, one for each thing families said their confidence
 * rests on. The words each shows are in {@code confidence.statement.*} (and {@code confidence.easy.*} for
 * the easy-read version), so an authority can put its own wording in their place.
 */
public enum ConfidenceStatement {
    /** Being kept informed. */
    INFORMED,
    /** Knowing who to contact and how. */
    CONTACT,
    /** Honest communication. */
    HONEST,
    /** Being listened to, with time to discuss. */
    LISTENED,
    /** Clear, without uncertainty. */
    CLEAR;

    /** The form field and message-key name: {@code informed}, {@code contact}, ... */
    public String field() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
