package org.coplan.meetings.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coplan.plans.domain.SectionCode;

/**
 * A school's "you said, we did" in numbers, for one school year: what families said (in plans, at
 * meetings, as disagreements) and what came of it, counted over all the school's cases. No names.
 * A count from 1 to {@code smallestShown - 1} is shown as "fewer than {@code smallestShown}", so
 * that a small number cannot point to one child (primary suppression, as official statistics do).
 */
public record SchoolFigures(Map<String, Integer> values, int smallestShown) {

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

    /** A figure as a reader sees it: the number, or "fewer than" when it is too small to show. */
    public record Shown(int value, boolean suppressed) {}

    public SchoolFigures {
        values = Map.copyOf(values);
        if (smallestShown < 1) {
            throw new IllegalArgumentException("smallestShown must be at least 1");
        }
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

    public Shown shown(String figure) {
        int v = value(figure);
        return v > 0 && v < smallestShown ? new Shown(0, true) : new Shown(v, false);
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
