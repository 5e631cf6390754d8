package org.coplan.provision.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A school's calendar: its school years' term dates and the bank holidays. A school day is a
 * Monday to Friday inside a term, not in the term's half-term break and not a bank holiday.
 * Days outside every school year it knows are not covered: nothing can be counted there.
 */
public final class TermCalendar {

    private final List<SchoolYearTerms> years;
    private final Predicate<LocalDate> bankHoliday;

    public TermCalendar(List<SchoolYearTerms> years, Predicate<LocalDate> bankHoliday) {
        this.years = years.stream().sorted(Comparator.comparingInt(SchoolYearTerms::startYear)).toList();
        this.bankHoliday = bankHoliday;
    }

    public List<SchoolYearTerms> years() {
        return years;
    }

    public boolean isSchoolDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        if (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY || bankHoliday.test(day)) {
            return false;
        }
        for (SchoolYearTerms y : years) {
            for (Term t : y.terms()) {
                if (t.contains(day)) {
                    return !t.inBreak(day);
                }
            }
        }
        return false;
    }

    /** Whether every day from {@code from} to {@code to} lies in a school year this calendar knows (holidays included). */
    public boolean covers(LocalDate from, LocalDate to) {
        for (int y = startYearOf(from); y <= startYearOf(to); y++) {
            int year = y;
            if (years.stream().noneMatch(k -> k.startYear() == year)) {
                return false;
            }
        }
        return true;
    }

    /** The school year a day belongs to runs from 1 August to 31 July: 2026 for 15 March 2027. */
    public static int startYearOf(LocalDate day) {
        return day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
    }

    public List<HalfTerm> halfTerms() {
        List<HalfTerm> halves = new ArrayList<>();
        years.forEach(y -> halves.addAll(y.halfTerms()));
        return halves;
    }

    /** Each term as a period (its half-term break inside it is not school days). */
    public List<HalfTerm> terms() {
        List<HalfTerm> terms = new ArrayList<>();
        for (SchoolYearTerms y : years) {
            for (Term t : y.terms()) {
                terms.add(new HalfTerm(y.startYear(), t.name(), 0, t.firstDay(), t.lastDay()));
            }
        }
        return terms;
    }

    /**
     * "This half-term" on a day: the half-term the day is in, or during a holiday the one that
     * ended last; empty before the first half-term this calendar knows or after its school years.
     */
    public Optional<HalfTerm> currentHalfTerm(LocalDate day) {
        return current(halfTerms(), day);
    }

    /** "This term" on a day, by the same rule as {@link #currentHalfTerm}. */
    public Optional<HalfTerm> currentTerm(LocalDate day) {
        return current(terms(), day);
    }

    /** The school year a day falls in (1 August to 31 July), if this calendar knows it. */
    public Optional<SchoolYearTerms> schoolYear(LocalDate day) {
        int start = startYearOf(day);
        return years.stream().filter(y -> y.startYear() == start).findFirst();
    }

    private Optional<HalfTerm> current(List<HalfTerm> periods, LocalDate day) {
        if (schoolYear(day).isEmpty()) {
            return Optional.empty();
        }
        HalfTerm found = null;
        for (HalfTerm h : periods) {
            if (!h.firstDay().isAfter(day)) {
                found = h;
            }
        }
        return Optional.ofNullable(found);
    }

    /** School days from {@code from} to {@code to}, both included. */
    public int schoolDays(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isSchoolDay(d)) {
                n++;
            }
        }
        return n;
    }
}
