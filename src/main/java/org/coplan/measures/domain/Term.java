package org.coplan.measures.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A school term as the figures are counted by ({@code 2026-autumn}): autumn from September to
 * December, spring from January to March, summer from April to August, as
 * {@code CaseFigures.termOf} gives it.
 */
public record Term(int year, Season season) implements Comparable<Term> {

    public enum Season {
        SPRING(1), SUMMER(4), AUTUMN(9);

        private final int firstMonth;

        Season(int firstMonth) {
            this.firstMonth = firstMonth;
        }
    }

    /** The term a key such as {@code 2026-autumn} names. */
    public static Term parse(String key) {
        int dash = key.indexOf('-');
        return new Term(Integer.parseInt(key.substring(0, dash)), Season.valueOf(key.substring(dash + 1).toUpperCase(java.util.Locale.ROOT)));
    }

    public static Term of(LocalDate day) {
        int m = day.getMonthValue();
        return new Term(day.getYear(), m >= 9 ? Season.AUTUMN : m <= 3 ? Season.SPRING : Season.SUMMER);
    }

    /** The key, as in {@code 2026-autumn}. */
    public String key() {
        return year + "-" + season.name().toLowerCase(java.util.Locale.ROOT);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, season.firstMonth, 1);
    }

    public Term previous() {
        return switch (season) {
            case SPRING -> new Term(year - 1, Season.AUTUMN);
            case SUMMER -> new Term(year, Season.SPRING);
            case AUTUMN -> new Term(year, Season.SUMMER);
        };
    }

    /** This term and the ones before it, {@code count} in all, oldest first. */
    public List<Term> lastOf(int count) {
        List<Term> terms = new ArrayList<>();
        Term t = this;
        for (int i = 0; i < count; i++) {
            terms.add(0, t);
            t = t.previous();
        }
        return terms;
    }

    @Override
    public int compareTo(Term o) {
        return Integer.compare(year * 3 + season.ordinal(), o.year * 3 + o.season.ordinal());
    }
}
