package org.coplan.plans.domain;

/**
 * The Flesch Reading Ease of a text: 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words).
 * Higher is easier. Most plain English scores 60 to 80; "The cat sat on the mat." scores about
 * 116, and legal text often under 30. The score is not clipped to 0–100.
 *
 * @param score the Flesch Reading Ease score
 * @param band the band the score falls in
 */
public record ReadingEase(double score, ReadingBand band) {

    public static ReadingEase of(int words, int sentences, int syllables) {
        if (words <= 0 || sentences <= 0) {
            throw new IllegalArgumentException("A reading ease score needs at least one word and one sentence");
        }
        double score = 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
        return new ReadingEase(score, ReadingBand.forScore(score));
    }

    /** The score rounded to a whole number, for showing to people. */
    public long rounded() {
        return Math.round(score);
    }
}
