package org.coplan.measures.domain;

/**
 * One figure over the cases of an area for one term, as it may be shown to anyone: the numbers, or
 * none at all when it is hidden. A figure drawn from 1 to {@code smallestShown - 1} cases (or
 * people), or whose numerator lies behind 1 to {@code smallestShown - 1} of them, or (for a share)
 * whose rest does, is hidden, so that no small group of families can be read from it.
 *
 * @param measure {@code SHARE}, {@code AVERAGE}, {@code MEDIAN_DAYS} or {@code COUNT}, as in {@code cases.CaseFigures.Measure}
 * @param drawnFrom how many cases (or, for the confidence measure, people) it is drawn from; null when hidden
 */
public record AreaFigure(String group, String key, String measure, Long numerator, Long denominator, Integer drawnFrom) {

    /** The group of the confidence measure's figures, one per statement. */
    public static final String CONFIDENCE = "confidence";

    public boolean hidden() {
        return numerator == null;
    }

    /** The figure as it may be shown: hidden (no numbers kept) when it could point to a small group. */
    public static AreaFigure shown(String group, String key, String measure, long numerator, long denominator, int drawnFrom,
            int numeratorDrawnFrom, int smallestShown) {
        boolean hide = small(drawnFrom, smallestShown) || small(numeratorDrawnFrom, smallestShown)
                || ("SHARE".equals(measure) && small(drawnFrom - numeratorDrawnFrom, smallestShown));
        return hide ? new AreaFigure(group, key, measure, null, null, null) : new AreaFigure(group, key, measure, numerator, denominator, drawnFrom);
    }

    private static boolean small(long count, int smallestShown) {
        return count >= 1 && count < smallestShown;
    }

    /** Nothing to count: no cases (or no one answered). */
    public boolean empty() {
        return !hidden() && drawnFrom == 0;
    }

    /** A share as a whole percentage; for the page. */
    public long percent() {
        return denominator == null || denominator == 0 ? 0 : Math.round(100.0 * numerator / denominator);
    }

    /** An average to one decimal place; for the page. */
    public String average() {
        return denominator == null || denominator == 0 ? "0" : String.format(java.util.Locale.UK, "%.1f", (double) numerator / denominator);
    }
}
