package org.coplan.cases;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Quality figures one module draws from its own records over a set of cases, term by term, for the
 * co-production dashboards and the open-data export. Nobody types anything in for them. The cases
 * module knows nothing of what is counted: each module that keeps such records offers a Spring bean
 * of this type (it depends on cases, never the other way round), and the dashboards show every
 * figure every bean gives. Callers have chosen the cases through the case access policy; a bean
 * returns counts only, never a person.
 */
public interface CaseFigures {

    /**
     * The figures over {@code cases}, for each term from the one holding {@code from} to the one
     * holding {@code to}. A term with nothing to count may be left out. Must stay fast for a whole
     * authority (20,000 cases): one or a few set-based queries, never one query per case.
     */
    List<Figure> figures(Collection<CaseId> cases, LocalDate from, LocalDate to);

    /** How a figure's value follows from its numerator and denominator. */
    enum Measure {
        /** numerator out of denominator, shown as a percentage */
        SHARE,
        /** numerator per denominator, such as contributions per plan */
        AVERAGE,
        /** the median of a number of days over denominator things; numerator holds the median */
        MEDIAN_DAYS,
        /** a plain count; numerator holds it, denominator is 0 */
        COUNT
    }

    /**
     * One figure in one term.
     *
     * @param group the panel it belongs to: {@code contributions}, {@code agreement}, {@code meetings},
     *     {@code disagreements}, {@code involvement} or {@code fidelity}
     * @param key unique across all beans, such as {@code contributions.answered}; the page reads its
     *     name and one-line definition from the messages {@code figure.<key>.name} and
     *     {@code figure.<key>.definition}
     * @param term the school term, as {@link #termOf(LocalDate)} gives it
     * @param cases how many distinct cases the figure is drawn from (its denominator's cases, or for
     *     a count its numerator's): the dashboards hide any figure drawn from 1 to 4 cases
     * @param numeratorCases how many distinct cases lie behind the numerator: a share is hidden too
     *     when this, or {@code cases} less this, is from 1 to 4, so no small group can be read
     */
    record Figure(String group, String key, String term, Measure measure, long numerator, long denominator,
            int cases, int numeratorCases) {

        /** The figure's value: a share from 0 to 1, an average, a median in days or a count. */
        public double value() {
            return switch (measure) {
                case SHARE, AVERAGE -> denominator == 0 ? 0 : (double) numerator / denominator;
                case MEDIAN_DAYS, COUNT -> numerator;
            };
        }
    }

    /**
     * The school term a day falls in, as {@code 2026-autumn}: autumn from September to December,
     * spring from January to March, summer from April to August (holidays count with the term before
     * them). The same terms the confidence survey is offered by.
     */
    static String termOf(LocalDate day) {
        Month m = day.getMonth();
        String term = m.getValue() >= 9 ? "autumn" : m.getValue() <= 3 ? "spring" : "summer";
        return day.getYear() + "-" + term;
    }

    /** The terms from the one holding {@code from} to the one holding {@code to}, oldest first. */
    static List<String> terms(LocalDate from, LocalDate to) {
        List<String> terms = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to.withDayOfMonth(1)); d = d.plusMonths(1)) {
            String t = termOf(d);
            if (!terms.contains(t)) {
                terms.add(t);
            }
        }
        String last = termOf(to);
        if (!terms.contains(last)) {
            terms.add(last);
        }
        return terms;
    }
}
