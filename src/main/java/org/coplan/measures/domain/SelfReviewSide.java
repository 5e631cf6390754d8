package org.coplan.measures.domain;

/** Who gave a rating: the organisation about itself, or parent carer forum members about it. */
public enum SelfReviewSide {
    ORGANISATION,
    FORUM;

    public SelfReviewSide other() {
        return this == ORGANISATION ? FORUM : ORGANISATION;
    }
}
