package org.coplan.measures.domain;

/**
 * How far the organisation's own rating of a cornerstone is from the forum's: positive when the
 * organisation rates itself higher than forum members do.
 */
public record RatingGap(int steps) {

    public static RatingGap between(PartnershipRating organisation, PartnershipRating forum) {
        return new RatingGap(organisation.step() - forum.step());
    }

    public boolean same() {
        return steps == 0;
    }

    public boolean higher() {
        return steps > 0;
    }

    public int size() {
        return Math.abs(steps);
    }
}
