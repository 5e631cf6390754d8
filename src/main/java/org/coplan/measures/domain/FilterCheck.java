package org.coplan.measures.domain;

import java.util.List;
import org.coplan.cases.CaseFacets;
import org.coplan.cases.CaseFilter;

/**
 * Whether a combination of filters may be shown to staff. It may not when it picks out from 1 to
 * {@code smallestShown - 1} cases, or when taking one of its filters away adds that few: a reader
 * who sets the two selections side by side could subtract one from the other and read the figures
 * of the few cases between them. No filter at all is never refused: the whole school, service or
 * authority is shown, with each small figure hidden by {@link FigureSuppression}.
 */
public final class FilterCheck {

    private FilterCheck() {}

    /** Why a filter was refused, for the message; empty when it may be shown. */
    public enum Outcome {
        SHOWN,
        /** the filters pick out too few cases */
        TOO_FEW,
        /** taking one filter away adds too few cases */
        TOO_FEW_BETWEEN
    }

    public static Outcome check(List<CaseFacets> all, CaseFilter filter, FigureSuppression rule) {
        if (filter.isEmpty()) {
            return Outcome.SHOWN;
        }
        long chosen = all.stream().filter(filter::accepts).count();
        if (rule.small(chosen)) {
            return Outcome.TOO_FEW;
        }
        for (CaseFilter wider : filter.eachWithOneLess()) {
            long between = all.stream().filter(wider::accepts).count() - chosen;
            if (rule.small(between)) {
                return Outcome.TOO_FEW_BETWEEN;
            }
        }
        return Outcome.SHOWN;
    }
}
