package org.coplan.provision.domain;

import java.time.LocalDate;

/**
 * One term: its first and last day, and its half-term break (first and last day of the break),
 * which lies inside the term. The term's first half runs from its first day to the last weekday before
 * the break, its second half from the first weekday after the break to its last day.
 */
public record Term(TermName name, LocalDate firstDay, LocalDate lastDay, LocalDate halfTermFirst, LocalDate halfTermLast) {

    public boolean inBreak(LocalDate day) {
        return !day.isBefore(halfTermFirst) && !day.isAfter(halfTermLast);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public HalfTerm firstHalf(int schoolYear) {
        LocalDate last = halfTermFirst.minusDays(1);
        while (weekend(last) && last.isAfter(firstDay)) {
            last = last.minusDays(1);
        }
        return new HalfTerm(schoolYear, name, 1, firstDay, last);
    }

    public HalfTerm secondHalf(int schoolYear) {
        LocalDate first = halfTermLast.plusDays(1);
        while (weekend(first) && first.isBefore(lastDay)) {
            first = first.plusDays(1);
        }
        return new HalfTerm(schoolYear, name, 2, first, lastDay);
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || d.getDayOfWeek() == java.time.DayOfWeek.SUNDAY;
    }
}
