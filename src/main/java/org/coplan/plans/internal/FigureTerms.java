package org.coplan.plans.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coplan.cases.CaseFigures;
import org.coplan.cases.CaseFigures.Figure;
import org.coplan.shared.ClockConfiguration;

/**
 * The school terms the plans module's figures are counted in, as {@link CaseFigures#termOf} has
 * them, in SQL so that distinct cases are counted within each term by the database, and the whole
 * terms a request covers.
 */
final class FigureTerms {

    private FigureTerms() {}

    /** The day, in UK time, of a {@code timestamptz} column. */
    static String day(String timestamp) {
        return "(" + timestamp + " at time zone '" + ClockConfiguration.ZONE.getId() + "')::date";
    }

    /**
     * The term a date expression falls in, as a number that sorts and groups fast: the year times 3,
     * plus 0 for spring, 1 for summer and 2 for autumn ({@link #name} turns it into {@code 2026-autumn}).
     * The same rule as {@link CaseFigures#termOf}.
     */
    static String term(String date) {
        return "(extract(year from " + date + ")::int * 3 + case when extract(month from " + date + ") >= 9 then 2"
                + " when extract(month from " + date + ") <= 3 then 0 else 1 end)";
    }

    private static final String[] TERMS = {"spring", "summer", "autumn"};

    /** The term a number from {@link #term} stands for, as {@code 2026-autumn}. */
    static String name(int term) {
        return (term / 3) + "-" + TERMS[term % 3];
    }

    /** The first day of the term holding {@code day}. */
    static LocalDate start(LocalDate day) {
        int month = day.getMonthValue();
        return LocalDate.of(day.getYear(), month >= 9 ? 9 : month <= 3 ? 1 : 4, 1);
    }

    /** The first day of the term after the one holding {@code day}. */
    static LocalDate end(LocalDate day) {
        int month = day.getMonthValue();
        return month >= 9 ? LocalDate.of(day.getYear() + 1, 1, 1) : LocalDate.of(day.getYear(), month <= 3 ? 4 : 9, 1);
    }

    /** The first moment of a day in UK time, for comparing with a {@code timestamptz} column. */
    static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ClockConfiguration.ZONE).toInstant());
    }

    /** The figures in term order (oldest first), keeping the order they were made in within a term. */
    static List<Figure> inTermOrder(List<Figure> figures, LocalDate from, LocalDate to) {
        List<String> terms = CaseFigures.terms(from, to);
        List<Figure> sorted = new ArrayList<>(figures);
        sorted.sort(Comparator.comparingInt(f -> terms.indexOf(f.term())));
        return sorted;
    }
}
