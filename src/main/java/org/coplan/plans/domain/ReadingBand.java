package org.coplan.plans.domain;

/**
 * How easy a text is to read, in the bands Rudolf Flesch gave for his Reading Ease score (his
 * "very easy" and "easy" are one band here). Plain English aims for {@link #PLAIN} or easier: a
 * score of 60 or more, which most people read without effort.
 */
public enum ReadingBand {
    /** 80 and over: short sentences and short words. */
    EASY(80),
    /** 70 to 80. */
    FAIRLY_EASY(70),
    /** 60 to 70: what plain English aims for. */
    PLAIN(60),
    /** 50 to 60. */
    FAIRLY_DIFFICULT(50),
    /** 30 to 50. */
    DIFFICULT(30),
    /** Under 30: long sentences full of long words. */
    VERY_DIFFICULT(Double.NEGATIVE_INFINITY);

    private final double lowestScore;

    ReadingBand(double lowestScore) {
        this.lowestScore = lowestScore;
    }

    /** The lowest Flesch Reading Ease score in this band. */
    public double lowestScore() {
        return lowestScore;
    }

    public static ReadingBand forScore(double score) {
        for (ReadingBand band : values()) {
            if (score >= band.lowestScore) {
                return band;
            }
        }
        return VERY_DIFFICULT;
    }

    /** True for {@link #PLAIN} and easier. */
    public boolean isPlainEnough() {
        return lowestScore >= PLAIN.lowestScore;
    }
}
