package org.coplan.measures.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coplan.meetings.domain.Suppression;
import org.coplan.meetings.domain.Suppression.Count;
import org.coplan.meetings.domain.Suppression.Sum;

/**
 * How the answers to one statement spread over the scale in one term: the number of answers at each
 * point, how many answers in all, and how many cases they came from. Shown to staff beside the share
 * agreeing, so it is suppressed with it: a point on the scale with 1 to 4 answers is hidden, and so is
 * every other count (the total, the share's "agreeing" and "answered") that would let it be worked
 * out. When the answers come from fewer than the smallest number of cases, the whole row is hidden.
 */
public record ConfidenceSpread(String term, ConfidenceStatement statement, Map<ConfidenceScale, Integer> answers, int cases) {

    /** The name of the total in {@link #hidden}. */
    public static final String ALL = "all";
    /** The answers agreeing (strongly agree or agree), which the share shows. */
    public static final String AGREEING = "agreeing";
    /** The answers other than "don't know", which the share is out of. */
    public static final String KNOWN = "known";

    public ConfidenceSpread {
        Map<ConfidenceScale, Integer> copy = new EnumMap<>(ConfidenceScale.class);
        for (ConfidenceScale s : ConfidenceScale.values()) {
            copy.put(s, answers.getOrDefault(s, 0));
        }
        answers = Map.copyOf(copy);
    }

    public int count(ConfidenceScale s) {
        return answers.get(s);
    }

    public int all() {
        return answers.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int agreeing() {
        return count(ConfidenceScale.STRONGLY_AGREE) + count(ConfidenceScale.AGREE);
    }

    public int known() {
        return all() - count(ConfidenceScale.DONT_KNOW);
    }

    /**
     * What staff may not see of this row: scale points by name, and {@link #ALL}, {@link #AGREEING}
     * and {@link #KNOWN}. When {@link #AGREEING} or {@link #KNOWN} is hidden the share is hidden too.
     */
    public Set<String> hidden(FigureSuppression rule) {
        List<String> points = new ArrayList<>();
        List<String> knownPoints = new ArrayList<>();
        List<Count> counts = new ArrayList<>();
        for (ConfidenceScale s : ConfidenceScale.values()) {
            counts.add(Count.shown(s.name(), count(s)));
            points.add(s.name());
            if (s != ConfidenceScale.DONT_KNOW) {
                knownPoints.add(s.name());
            }
        }
        if (rule.small(cases)) {
            List<String> everything = new ArrayList<>(points);
            everything.addAll(List.of(ALL, AGREEING, KNOWN));
            return Set.copyOf(everything);
        }
        counts.add(Count.shown(ALL, all()));
        counts.add(Count.shown(AGREEING, agreeing()));
        counts.add(Count.shown(KNOWN, known()));
        List<Sum> sums = List.of(
                new Sum(ALL, points),
                new Sum(AGREEING, List.of(ConfidenceScale.STRONGLY_AGREE.name(), ConfidenceScale.AGREE.name())),
                new Sum(KNOWN, knownPoints),
                new Sum(ALL, List.of(KNOWN, ConfidenceScale.DONT_KNOW.name())));
        return Suppression.hidden(counts, sums, rule.smallestShown());
    }
}
