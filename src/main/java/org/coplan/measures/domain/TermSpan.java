package org.coplan.measures.domain;

import java.time.LocalDate;

/**
 * A school term as the figures count it: autumn from September to December, spring from January to
 * March, summer from April to August (holidays count with the term before them). Its key is the
 * same as {@code cases.CaseFigures.termOf}, such as {@code 2026-autumn}.
 *
 * @param endExclusive the first day after the term
 */
public record TermSpan(String key, int year, Season season, LocalDate first, LocalDate endExclusive) {

    public enum Season {
        SPRING, SUMMER, AUTUMN
    }

    public static TermSpan containing(LocalDate day) {
        int m = day.getMonthValue();
        Season season = m >= 9 ? Season.AUTUMN : m <= 3 ? Season.SPRING : Season.SUMMER;
        return of(day.getYear(), season);
    }

    public static TermSpan of(int year, Season season) {
        return switch (season) {
            case SPRING -> new TermSpan(year + "-spring", year, season, LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 1));
            case SUMMER -> new TermSpan(year + "-summer", year, season, LocalDate.of(year, 4, 1), LocalDate.of(year, 9, 1));
            case AUTUMN -> new TermSpan(year + "-autumn", year, season, LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 1, 1));
        };
    }

    /** The term before this one. */
    public TermSpan previous() {
        return containing(first.minusDays(1));
    }

    /** The last term that has ended on this day: the one before the term the day falls in. */
    public static TermSpan lastComplete(LocalDate today) {
        return containing(today).previous();
    }

    /** The term from its key, such as {@code 2026-autumn}. */
    public static TermSpan parse(String key) {
        String[] parts = key.split("-", 2);
        return of(Integer.parseInt(parts[0]), Season.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)));
    }

    /** The last day of the term. */
    public LocalDate last() {
        return endExclusive.minusDays(1);
    }
}
