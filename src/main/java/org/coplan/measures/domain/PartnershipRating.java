package org.coplan.measures.domain;

import java.util.Optional;

/**
 * A four-step rating against a cornerstone, in plain words: not yet, starting, developing,
 * embedded. The step number is what the gap between two ratings is counted in.
 */
public enum PartnershipRating {
    NOT_YET(1),
    STARTING(2),
    DEVELOPING(3),
    EMBEDDED(4);

    private final int step;

    PartnershipRating(int step) {
        this.step = step;
    }

    public int step() {
        return step;
    }

    public static PartnershipRating ofStep(int step) {
        for (PartnershipRating r : values()) {
            if (r.step == step) {
                return r;
            }
        }
        throw new IllegalArgumentException("No rating step " + step);
    }

    /** The rating named in a form, or empty for a blank or unknown value. */
    public static Optional<PartnershipRating> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
