package org.coplan.provision.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * The term dates of one school year, which starts in the autumn of {@code startYear} (2026 for
 * 2026 to 2027): autumn, spring and summer terms in that order.
 */
public record SchoolYearTerms(int startYear, List<Term> terms) {

    /** A problem with dates typed for a school year: the form field it is about and a message key. */
    public record Problem(String field, String key) {}

    public SchoolYearTerms {
        terms = List.copyOf(terms);
        if (terms.size() != 3) {
            throw new IllegalArgumentException("A school year has three terms");
        }
    }

    public Term term(TermName name) {
        return terms.get(name.ordinal());
    }

    public LocalDate firstDay() {
        return terms.getFirst().firstDay();
    }

    public LocalDate lastDay() {
        return terms.getLast().lastDay();
    }

    public List<HalfTerm> halfTerms() {
        List<HalfTerm> halves = new ArrayList<>();
        for (Term t : terms) {
            halves.add(t.firstHalf(startYear));
            halves.add(t.secondHalf(startYear));
        }
        return halves;
    }

    /** "2026 to 2027". */
    public static String label(int startYear) {
        return startYear + " to " + (startYear + 1);
    }

    /**
     * What is wrong with these dates, field by field ({@code autumnFirst}, {@code autumnLast},
     * {@code autumnHalfFirst}, {@code autumnHalfLast}, and so on), at most one problem a field:
     * a last day before its first day; a half-term break not inside its term (a school day is
     * needed on each side of it); a term overlapping the one before; a term outside the school
     * year (1 August to 31 August of the next year).
     */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        LocalDate yearFirst = LocalDate.of(startYear, Month.AUGUST, 1);
        LocalDate yearLast = LocalDate.of(startYear + 1, Month.AUGUST, 31);
        Term previous = null;
        for (Term t : terms) {
            String f = t.name().field();
            if (t.firstDay().isBefore(yearFirst) || t.firstDay().isAfter(yearLast)) {
                problems.add(new Problem(f + "First", "termdates.error.outsideYear"));
            } else if (previous != null && !t.firstDay().isAfter(previous.lastDay())) {
                problems.add(new Problem(f + "First", "termdates.error.overlap"));
            }
            if (t.lastDay().isBefore(t.firstDay())) {
                problems.add(new Problem(f + "Last", "termdates.error.lastBeforeFirst"));
            } else if (t.lastDay().isAfter(yearLast)) {
                problems.add(new Problem(f + "Last", "termdates.error.outsideYear"));
            }
            if (t.lastDay().isBefore(t.firstDay())) {
                // the half-term cannot be placed until the term's own dates are right
            } else if (t.halfTermLast().isBefore(t.halfTermFirst())) {
                problems.add(new Problem(f + "HalfLast", "termdates.error.lastBeforeFirst"));
            } else {
                if (!t.halfTermFirst().isAfter(t.firstDay()) || !t.halfTermFirst().isBefore(t.lastDay())) {
                    problems.add(new Problem(f + "HalfFirst", "termdates.error.halfOutside"));
                }
                if (!t.halfTermLast().isBefore(t.lastDay()) || !t.halfTermLast().isAfter(t.firstDay())) {
                    problems.add(new Problem(f + "HalfLast", "termdates.error.halfOutside"));
                }
            }
            previous = t;
        }
        return problems;
    }
}
