package org.coplan.measures.domain;

import java.util.Optional;

/**
 * The five-point scale, with "don't know". Stored as a number: 1 strongly agree to 5 strongly
 * disagree, 0 for don't know, so figures can be drawn without reading words.
 */
public enum ConfidenceScale {
    STRONGLY_AGREE(1), AGREE(2), NEITHER(3), DISAGREE(4), STRONGLY_DISAGREE(5), DONT_KNOW(0);

    private final int stored;

    ConfidenceScale(int stored) {
        this.stored = stored;
    }

    public int stored() {
        return stored;
    }

    public static ConfidenceScale ofStored(int value) {
        for (ConfidenceScale s : values()) {
            if (s.stored == value) {
                return s;
            }
        }
        throw new IllegalArgumentException("Not on the scale: " + value);
    }

    /** The answer a form sent, if it is on the scale; a tampered or missing value is empty. */
    public static Optional<ConfidenceScale> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (ConfidenceScale s : values()) {
            if (s.name().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
