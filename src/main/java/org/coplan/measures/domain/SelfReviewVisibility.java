package org.coplan.measures.domain;

/**
 * Whether one side may see the other side's ratings: only once both sides have sent theirs, so
 * neither anchors the other. A year that is over shows both, whatever was sent.
 */
public final class SelfReviewVisibility {

    private SelfReviewVisibility() {}

    public static boolean seesOtherSide(boolean organisationSent, boolean forumSent, boolean yearOver) {
        return yearOver || (organisationSent && forumSent);
    }
}
