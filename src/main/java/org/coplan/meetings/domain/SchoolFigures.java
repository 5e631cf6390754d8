package org.coplan.meetings.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coplan.meetings.domain.Suppression.Count;
import org.coplan.meetings.domain.Suppression.Sum;
import org.coplan.plans.domain.SectionCode;

/**
 * A school's "you said, we did" in numbers, for one school year: what families said (in plans, at
 * meetings, as disagreements) and what came of it, counted over all the school's cases. No names.
 * A count from 1 to {@code smallestShown - 1} is hidden, so that a small number cannot point to one
 * child, and so are as many other counts as it takes that no hidden count can be worked out from
 * the totals (primary and complementary suppression, as official statistics do; see {@link
 * Suppression}). The values are kept whole, so a publication stored before this rule is shown
 * with it too.
 */
public final class SchoolFigures {

    private final Map<String, Integer> values;
    private final int smallestShown;
    private final Set<String> hidden;

    /** The figures, in the order they are shown. Each part of a plan adds its own two, see {@link #made}. */
    public enum Figure {
        CONTRIBUTIONS_MADE,
        CONTRIBUTIONS_INCLUDED,
        CONTRIBUTIONS_NOT_INCLUDED,
        CONTRIBUTIONS_WAITING,
        VIEWS_GIVEN,
        VIEWS_ACTED_ON,
        ACTIONS_AGREED,
        ACTIONS_DONE,
        ACTIONS_OPEN,
        DISAGREEMENTS_RAISED,
        DISAGREEMENTS_CLOSED,
        DISAGREEMENTS_OPEN
    }

    /** The figures as groups on the page: each group's figures, the first being the group's total. */
    public static final List<List<Figure>> GROUPS = List.of(
            List.of(Figure.CONTRIBUTIONS_MADE, Figure.CONTRIBUTIONS_INCLUDED, Figure.CONTRIBUTIONS_NOT_INCLUDED, Figure.CONTRIBUTIONS_WAITING),
            List.of(Figure.VIEWS_GIVEN, Figure.VIEWS_ACTED_ON),
            List.of(Figure.ACTIONS_AGREED, Figure.ACTIONS_DONE, Figure.ACTIONS_OPEN),
            List.of(Figure.DISAGREEMENTS_RAISED, Figure.DISAGREEMENTS_CLOSED, Figure.DISAGREEMENTS_OPEN));

    /** A figure as a reader sees it: the number, or hidden (with no value) when it must not be shown. */
    public record Shown(int value, boolean suppressed) {}

    public SchoolFigures(Map<String, Integer> values, int smallestShown) {
        if (smallestShown < 1) {
            throw new IllegalArgumentException("smallestShown must be at least 1");
        }
        this.values = Map.copyOf(values);
        this.smallestShown = smallestShown;
        this.hidden = Suppression.hidden(counts(), sums(), smallestShown);
    }

    /** Every count, as the tally made it; what is stored when the figures are published. */
    public Map<String, Integer> values() {
        return values;
    }

    public int smallestShown() {
        return smallestShown;
    }

    /**
     * The counts on the page, and those a reader can work out from them (the views not acted on,
     * the actions neither done nor open, and in each part of the plan the contributions not put in).
     */
    private List<Count> counts() {
        List<Count> counts = new ArrayList<>();
        for (Figure f : Figure.values()) {
            counts.add(Count.shown(f.name(), value(f)));
        }
        counts.add(Count.implied("VIEWS_NOT_ACTED_ON", Math.max(0, value(Figure.VIEWS_GIVEN) - value(Figure.VIEWS_ACTED_ON))));
        counts.add(Count.implied("ACTIONS_OTHER",
                Math.max(0, value(Figure.ACTIONS_AGREED) - value(Figure.ACTIONS_DONE) - value(Figure.ACTIONS_OPEN))));
        for (SectionCode s : sections()) {
            counts.add(Count.listed(made(s), value(made(s))));
            counts.add(Count.shown(included(s), value(included(s))));
            counts.add(Count.implied(other(s), Math.max(0, value(made(s)) - value(included(s)))));
        }
        return counts;
    }

    /**
     * What adds up to what: each group's total and its parts, and the parts of the plan, which
     * share their totals with the first group (all contributions, and those put in the plan).
     */
    private List<Sum> sums() {
        List<Sum> sums = new ArrayList<>();
        sums.add(new Sum(Figure.CONTRIBUTIONS_MADE.name(), List.of(
                Figure.CONTRIBUTIONS_INCLUDED.name(), Figure.CONTRIBUTIONS_NOT_INCLUDED.name(), Figure.CONTRIBUTIONS_WAITING.name())));
        sums.add(new Sum(Figure.VIEWS_GIVEN.name(), List.of(Figure.VIEWS_ACTED_ON.name(), "VIEWS_NOT_ACTED_ON")));
        sums.add(new Sum(Figure.ACTIONS_AGREED.name(), List.of(Figure.ACTIONS_DONE.name(), Figure.ACTIONS_OPEN.name(), "ACTIONS_OTHER")));
        sums.add(new Sum(Figure.DISAGREEMENTS_RAISED.name(), List.of(Figure.DISAGREEMENTS_CLOSED.name(), Figure.DISAGREEMENTS_OPEN.name())));
        List<SectionCode> sections = sections();
        if (!sections.isEmpty()) {
            sums.add(new Sum(Figure.CONTRIBUTIONS_MADE.name(), sections.stream().map(SchoolFigures::made).toList()));
            sums.add(new Sum(Figure.CONTRIBUTIONS_INCLUDED.name(), sections.stream().map(SchoolFigures::included).toList()));
            for (SectionCode s : sections) {
                sums.add(new Sum(made(s), List.of(included(s), other(s))));
            }
        }
        return sums;
    }

    /** The figure for contributions a family made to this part of a plan. */
    public static String made(SectionCode section) {
        return "SECTION_" + section.name() + "_MADE";
    }

    /** The figure for those of them put into the plan (with or without changes). */
    public static String included(SectionCode section) {
        return "SECTION_" + section.name() + "_INCLUDED";
    }

    public int value(String figure) {
        return values.getOrDefault(figure, 0);
    }

    public int value(Figure figure) {
        return value(figure.name());
    }

    private static String other(SectionCode section) {
        return "SECTION_" + section.name() + "_OTHER";
    }

    public Shown shown(String figure) {
        return hidden.contains(figure) ? new Shown(0, true) : new Shown(value(figure), false);
    }

    public Shown shown(Figure figure) {
        return shown(figure.name());
    }

    /** The parts of plans families contributed to, in plan order. */
    public List<SectionCode> sections() {
        return java.util.Arrays.stream(SectionCode.values()).filter(s -> value(made(s)) > 0).toList();
    }

    /** Counts each figure from what happened; a builder, so the figures are added up in one place. */
    public static final class Tally {
        private final Map<String, Integer> values = new LinkedHashMap<>();

        public Tally add(String figure) {
            values.merge(figure, 1, Integer::sum);
            return this;
        }

        public Tally add(Figure figure) {
            return add(figure.name());
        }

        public SchoolFigures figures(int smallestShown) {
            return new SchoolFigures(values, smallestShown);
        }
    }
}
