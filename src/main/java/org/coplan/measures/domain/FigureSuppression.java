package org.coplan.measures.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coplan.cases.CaseFigures.Figure;
import org.coplan.cases.CaseFigures.Measure;
import org.coplan.meetings.domain.Suppression;
import org.coplan.meetings.domain.Suppression.Count;
import org.coplan.meetings.domain.Suppression.Sum;

/**
 * Which quality figures staff may not see, so that no figure is drawn from, or lets a reader work
 * out, fewer than {@code smallestShown} families. A share, average or median is hidden when it is
 * drawn from 1 to {@code smallestShown - 1} cases, when the cases behind its numerator are that few,
 * or (a share) when the cases left out of its numerator are that few: "3 of 40 families" and "37 of
 * 40 families" both point at 3. Counts (disagreements by stage) are hidden as a table: the small
 * ones, and then as many others as it takes so that a hidden one cannot be worked out from the total
 * ({@link Suppression}). A figure drawn from no case is never hidden: there is nobody to protect.
 */
public final class FigureSuppression {

    private final int smallestShown;

    public FigureSuppression(int smallestShown) {
        if (smallestShown < 1) {
            throw new IllegalArgumentException("The smallest number shown must be at least 1");
        }
        this.smallestShown = smallestShown;
    }

    public int smallestShown() {
        return smallestShown;
    }

    /** Whether a number of people is small enough to point at someone: from 1 to smallestShown - 1. */
    public boolean small(long n) {
        return n > 0 && n < smallestShown;
    }

    /** Whether a share, average or median must be hidden by itself (a count is judged with its table). */
    public boolean hidesAlone(Figure f) {
        if (small(f.cases()) || small(f.numeratorCases())) {
            return true;
        }
        return f.measure() == Measure.SHARE && small((long) f.cases() - f.numeratorCases());
    }

    /**
     * The keys of the figures to hide among those of one panel in one term. Shares, averages and
     * medians are judged one by one; the counts together, as parts of a total a reader may know.
     */
    public Set<String> hidden(List<Figure> inOneTerm) {
        Set<String> hidden = new LinkedHashSet<>();
        List<Figure> counts = new ArrayList<>();
        for (Figure f : inOneTerm) {
            if (f.measure() == Measure.COUNT) {
                counts.add(f);
            } else if (hidesAlone(f)) {
                hidden.add(f.key());
            }
        }
        hidden.addAll(hiddenCounts(counts));
        return hidden;
    }

    /**
     * The counts to hide in one table: those from 1 to smallestShown - 1, those drawn from that few
     * cases, and then the smallest others until none of them can be worked out from the total of the
     * table (which a reader is taken to know, from this page or another).
     */
    public Set<String> hiddenCounts(List<Figure> counts) {
        if (counts.isEmpty()) {
            return Set.of();
        }
        List<Count> cells = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        long total = 0;
        for (Figure f : counts) {
            cells.add(Count.shown(f.key(), (int) f.numerator()));
            parts.add(f.key());
            total += f.numerator();
        }
        String totalName = "\u0000total";
        cells.add(Count.shown(totalName, (int) total));
        List<Sum> sums = counts.size() > 1 ? List.of(new Sum(totalName, parts)) : List.of();
        Set<String> hidden = new LinkedHashSet<>(Suppression.hidden(cells, sums, smallestShown));
        // a count of enough things can still come from too few cases (one family, five disagreements)
        Set<String> fewCases = new HashSet<>();
        counts.stream().filter(f -> small(f.cases())).forEach(f -> fewCases.add(f.key()));
        hidden.addAll(fewCases);
        hidden.remove(totalName);
        List<String> stillShown = counts.stream().map(Figure::key).filter(k -> !hidden.contains(k)).toList();
        if (hidden.size() == 1 && !stillShown.isEmpty()) {
            // one hidden cell beside a known total is the total less the others: hide the smallest other too
            counts.stream().filter(f -> stillShown.contains(f.key()))
                    .min(java.util.Comparator.comparingLong(Figure::numerator))
                    .ifPresent(f -> hidden.add(f.key()));
        }
        return hidden;
    }
}
