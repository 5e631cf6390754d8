package org.coplan.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.coplan.meetings.domain.SchoolFigures.Figure;
import org.coplan.plans.domain.SectionCode;
import org.junit.jupiter.api.Test;

/**
 * Each attack a reader could make on a school's published figures: a hidden count must not be
 * found again by taking the shown counts away from a total.
 */
class SmallNumberSuppressionTest {

    /** What a reader sees in each cell: the number, or "hidden". */
    private static String seen(SchoolFigures f, String figure) {
        SchoolFigures.Shown s = f.shown(figure);
        return s.suppressed() ? "hidden" : String.valueOf(s.value());
    }

    private static String seen(SchoolFigures f, Figure figure) {
        return seen(f, figure.name());
    }

    private static Map<String, Integer> figures(Object... pairs) {
        Map<String, Integer> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i] instanceof Figure f ? f.name() : (String) pairs[i], (Integer) pairs[i + 1]);
        }
        return values;
    }

    @Test
    void theIssuesExampleNoLongerShowsThatOneContributionWasPutIn() {
        // "Contributions 7, not put in 0, waiting 6, put in fewer than 5" gave away that 1 was put in.
        SchoolFigures f = new SchoolFigures(figures(
                Figure.CONTRIBUTIONS_MADE, 7, Figure.CONTRIBUTIONS_INCLUDED, 1, Figure.CONTRIBUTIONS_NOT_INCLUDED, 0,
                Figure.CONTRIBUTIONS_WAITING, 6, SchoolFigures.made(SectionCode.F), 7, SchoolFigures.included(SectionCode.F), 1), 5);

        assertThat(seen(f, Figure.CONTRIBUTIONS_MADE)).isEqualTo("7");
        assertThat(seen(f, Figure.CONTRIBUTIONS_WAITING)).isEqualTo("6");
        assertThat(seen(f, Figure.CONTRIBUTIONS_INCLUDED)).isEqualTo("hidden");
        assertThat(seen(f, Figure.CONTRIBUTIONS_NOT_INCLUDED)).as("the nought beside it is hidden too").isEqualTo("hidden");
        assertThat(Reader.canWorkOutASmallCount(f)).isEmpty();
    }

    @Test
    void aTotalLessItsShownPartsDoesNotGiveAwayTheHiddenPart() {
        // Disagreements 9, closed 6, open hidden: 9 - 6 = 3.
        SchoolFigures f = new SchoolFigures(figures(
                Figure.DISAGREEMENTS_RAISED, 9, Figure.DISAGREEMENTS_CLOSED, 6, Figure.DISAGREEMENTS_OPEN, 3), 5);

        assertThat(seen(f, Figure.DISAGREEMENTS_OPEN)).isEqualTo("hidden");
        assertThat(seen(f, Figure.DISAGREEMENTS_CLOSED)).isEqualTo("hidden");
        assertThat(seen(f, Figure.DISAGREEMENTS_RAISED)).as("the total stays shown").isEqualTo("9");
        assertThat(Reader.canWorkOutASmallCount(f)).isEmpty();
    }

    @Test
    void aTotalSharedByTwoTablesDoesNotGiveAwayAHiddenRowOfTheOther() {
        // All contributions are 12 in the first table; the parts of the plan show 10 for F, so B's hidden row was 2.
        SchoolFigures f = new SchoolFigures(figures(
                Figure.CONTRIBUTIONS_MADE, 12, Figure.CONTRIBUTIONS_INCLUDED, 7, Figure.CONTRIBUTIONS_NOT_INCLUDED, 5,
                SchoolFigures.made(SectionCode.B), 2, SchoolFigures.made(SectionCode.F), 10,
                SchoolFigures.included(SectionCode.F), 7), 5);

        assertThat(seen(f, SchoolFigures.made(SectionCode.B))).isEqualTo("hidden");
        assertThat(seen(f, SchoolFigures.made(SectionCode.F))).isEqualTo("hidden");
        assertThat(seen(f, Figure.CONTRIBUTIONS_MADE)).isEqualTo("12");
        assertThat(Reader.canWorkOutASmallCount(f)).isEmpty();
    }

    @Test
    void aHiddenCountBesideZerosIsHiddenWithOneOfTheZeros() {
        // Contributions 9, not put in 7, waiting 0: put in (hidden) is 9 - 7 - 0 = 2 unless the 0 is hidden too.
        SchoolFigures f = new SchoolFigures(figures(
                Figure.CONTRIBUTIONS_MADE, 9, Figure.CONTRIBUTIONS_INCLUDED, 2, Figure.CONTRIBUTIONS_NOT_INCLUDED, 7,
                Figure.CONTRIBUTIONS_WAITING, 0, SchoolFigures.made(SectionCode.F), 9, SchoolFigures.included(SectionCode.F), 2), 5);

        assertThat(seen(f, Figure.CONTRIBUTIONS_INCLUDED)).isEqualTo("hidden");
        assertThat(seen(f, Figure.CONTRIBUTIONS_WAITING)).isEqualTo("hidden");
        assertThat(seen(f, Figure.CONTRIBUTIONS_NOT_INCLUDED)).isEqualTo("7");
        assertThat(Reader.canWorkOutASmallCount(f)).isEmpty();
    }

    @Test
    void aCountThePageDoesNotShowCannotBeWorkedOutEither() {
        // 7 views, 6 acted on: 1 view led to nothing.
        SchoolFigures f = new SchoolFigures(figures(Figure.VIEWS_GIVEN, 7, Figure.VIEWS_ACTED_ON, 6), 5);

        assertThat(seen(f, Figure.VIEWS_ACTED_ON)).isEqualTo("hidden");
        assertThat(seen(f, Figure.VIEWS_GIVEN)).isEqualTo("7");
        assertThat(Reader.canWorkOutASmallCount(f)).isEmpty();
    }

    @Test
    void listedRowsThatLeaveNoRoomAreProtected() {
        // 7 contributions, 5 to K: B and F are listed, so each has at least 1, and 7 - 5 = 2 leaves exactly 1 each.
        SchoolFigures f = new SchoolFigures(figures(
                Figure.CONTRIBUTIONS_MADE, 7, Figure.CONTRIBUTIONS_NOT_INCLUDED, 7,
                SchoolFigures.made(SectionCode.B), 1, SchoolFigures.made(SectionCode.F), 1, SchoolFigures.made(SectionCode.K), 5), 5);

        assertThat(seen(f, SchoolFigures.made(SectionCode.K))).isEqualTo("hidden");
        assertThat(Reader.canWorkOutASmallCount(f)).isEmpty();
    }

    @Test
    void nothingIsHiddenWhenNoCountIsSmall() {
        SchoolFigures f = new SchoolFigures(figures(
                Figure.CONTRIBUTIONS_MADE, 12, Figure.CONTRIBUTIONS_INCLUDED, 7, Figure.CONTRIBUTIONS_NOT_INCLUDED, 0,
                Figure.CONTRIBUTIONS_WAITING, 5, SchoolFigures.made(SectionCode.F), 12, SchoolFigures.included(SectionCode.F), 7,
                Figure.DISAGREEMENTS_RAISED, 5, Figure.DISAGREEMENTS_CLOSED, 5), 5);

        assertThat(seen(f, Figure.CONTRIBUTIONS_NOT_INCLUDED)).isEqualTo("0");
        assertThat(seen(f, Figure.CONTRIBUTIONS_WAITING)).isEqualTo("5");
        assertThat(seen(f, Figure.DISAGREEMENTS_OPEN)).isEqualTo("0");
        assertThat(seen(f, SchoolFigures.made(SectionCode.F))).isEqualTo("12");
    }

    @Test
    void noSmallCountCanBeWorkedOutFromAnyOfManyTalliedYears() {
        Random random = new Random(20261123);
        for (int n = 0; n < 100; n++) {
            SchoolFigures.Tally tally = new SchoolFigures.Tally();
            List<SectionCode> sections = List.of(SectionCode.B, SectionCode.F, SectionCode.I);
            int contributions = random.nextInt(12);
            for (int i = 0; i < contributions; i++) {
                SectionCode s = sections.get(random.nextInt(n % 2 == 0 ? 2 : 3));
                tally.add(Figure.CONTRIBUTIONS_MADE).add(SchoolFigures.made(s));
                switch (random.nextInt(3)) {
                    case 0 -> tally.add(Figure.CONTRIBUTIONS_INCLUDED).add(SchoolFigures.included(s));
                    case 1 -> tally.add(Figure.CONTRIBUTIONS_NOT_INCLUDED);
                    default -> tally.add(Figure.CONTRIBUTIONS_WAITING);
                }
            }
            int views = random.nextInt(9);
            for (int i = 0; i < views; i++) {
                tally.add(Figure.VIEWS_GIVEN);
                if (random.nextInt(4) > 0) {
                    tally.add(Figure.VIEWS_ACTED_ON);
                }
            }
            int actions = random.nextInt(10);
            for (int i = 0; i < actions; i++) {
                tally.add(Figure.ACTIONS_AGREED);
                int k = random.nextInt(5);
                if (k < 3) {
                    tally.add(k == 0 ? Figure.ACTIONS_OPEN : Figure.ACTIONS_DONE);
                }
            }
            int disagreements = random.nextInt(8);
            for (int i = 0; i < disagreements; i++) {
                tally.add(Figure.DISAGREEMENTS_RAISED).add(random.nextBoolean() ? Figure.DISAGREEMENTS_OPEN : Figure.DISAGREEMENTS_CLOSED);
            }
            SchoolFigures f = tally.figures(5);
            assertThat(Reader.canWorkOutASmallCount(f)).as("figures %s", new java.util.TreeMap<>(f.values())).isEmpty();
        }
    }

    /**
     * A reader who tries every set of numbers that fits what the page shows, and finds the small
     * counts that have only one possible value. Works independently of {@link Suppression}.
     */
    static final class Reader {

        private static final int MOST = 14;

        static List<String> canWorkOutASmallCount(SchoolFigures f) {
            List<String> found = new ArrayList<>();
            found.addAll(contributions(f));
            found.addAll(group(f, Figure.VIEWS_GIVEN, List.of(Figure.VIEWS_ACTED_ON), true));
            found.addAll(group(f, Figure.ACTIONS_AGREED, List.of(Figure.ACTIONS_DONE, Figure.ACTIONS_OPEN), true));
            found.addAll(group(f, Figure.DISAGREEMENTS_RAISED, List.of(Figure.DISAGREEMENTS_CLOSED, Figure.DISAGREEMENTS_OPEN), false));
            return found;
        }

        private static boolean small(int v, SchoolFigures f) {
            return v > 0 && v < f.smallestShown();
        }

        private static boolean fits(SchoolFigures f, String figure, int value) {
            SchoolFigures.Shown s = f.shown(figure);
            return s.suppressed() || s.value() == value;
        }

        /** A total and its parts, with perhaps one more part the page does not show. */
        private static List<String> group(SchoolFigures f, Figure total, List<Figure> parts, boolean unshownPart) {
            Map<String, Set<Integer>> possible = new HashMap<>();
            int[] v = new int[parts.size()];
            enumerate(v, 0, () -> {
                int sum = 0;
                for (int i = 0; i < v.length; i++) {
                    if (!fits(f, parts.get(i).name(), v[i])) {
                        return;
                    }
                    sum += v[i];
                }
                for (int other = 0; other <= (unshownPart ? MOST : 0); other++) {
                    if (fits(f, total.name(), sum + other) && sum + other <= MOST) {
                        possible.computeIfAbsent(total.name(), k -> new HashSet<>()).add(sum + other);
                        for (int i = 0; i < v.length; i++) {
                            possible.computeIfAbsent(parts.get(i).name(), k -> new HashSet<>()).add(v[i]);
                        }
                        possible.computeIfAbsent("unshown", k -> new HashSet<>()).add(other);
                    }
                }
            });
            List<String> found = new ArrayList<>();
            if (possible.isEmpty()) {
                found.add("no numbers fit " + total + ": the reader is wrong");
            }
            List<String> all = new ArrayList<>(parts.stream().map(Figure::name).toList());
            all.add(total.name());
            for (String name : all) {
                if (small(f.value(name), f) && possible.getOrDefault(name, Set.of()).size() < 2) {
                    found.add(name);
                }
            }
            int unshown = f.value(total) - parts.stream().mapToInt(f::value).sum();
            if (unshownPart && small(unshown, f) && possible.getOrDefault("unshown", Set.of()).size() < 2) {
                found.add("unshown part of " + total);
            }
            return found;
        }

        private static void enumerate(int[] v, int i, Runnable each) {
            if (i == v.length) {
                each.run();
                return;
            }
            for (int x = 0; x <= MOST; x++) {
                v[i] = x;
                enumerate(v, i + 1, each);
            }
        }

        /**
         * Contributions: in each listed part of the plan, some were put in and the rest were not
         * (or wait); over all parts, the rest split into "not put in" and "waiting".
         */
        private static List<String> contributions(SchoolFigures f) {
            List<SectionCode> sections = f.sections();
            int most = Math.min(MOST, f.value(Figure.CONTRIBUTIONS_MADE) + 4);
            List<List<int[]>> pairs = new ArrayList<>();
            for (SectionCode s : sections) {
                List<int[]> fitting = new ArrayList<>();
                for (int in = 0; in <= most; in++) {
                    for (int other = 0; in + other <= most; other++) {
                        if (in + other >= 1 && fits(f, SchoolFigures.made(s), in + other) && fits(f, SchoolFigures.included(s), in)) {
                            fitting.add(new int[] {in, other});
                        }
                    }
                }
                pairs.add(fitting);
            }
            Map<String, Set<Integer>> possible = new HashMap<>();
            int[][] chosen = new int[sections.size()][];
            choose(pairs, chosen, 0, () -> {
                int made = 0, included = 0, rest = 0;
                for (int[] c : chosen) {
                    made += c[0] + c[1];
                    included += c[0];
                    rest += c[1];
                }
                if (!fits(f, Figure.CONTRIBUTIONS_MADE.name(), made) || !fits(f, Figure.CONTRIBUTIONS_INCLUDED.name(), included)) {
                    return;
                }
                for (int notIncluded = 0; notIncluded <= rest; notIncluded++) {
                    if (!fits(f, Figure.CONTRIBUTIONS_NOT_INCLUDED.name(), notIncluded)
                            || !fits(f, Figure.CONTRIBUTIONS_WAITING.name(), rest - notIncluded)) {
                        continue;
                    }
                    Map<String, Integer> seen = new HashMap<>();
                    for (int i = 0; i < sections.size(); i++) {
                        seen.put(SchoolFigures.made(sections.get(i)), chosen[i][0] + chosen[i][1]);
                        seen.put(SchoolFigures.included(sections.get(i)), chosen[i][0]);
                        seen.put("rest of " + sections.get(i), chosen[i][1]);
                    }
                    seen.put(Figure.CONTRIBUTIONS_MADE.name(), made);
                    seen.put(Figure.CONTRIBUTIONS_INCLUDED.name(), included);
                    seen.put(Figure.CONTRIBUTIONS_NOT_INCLUDED.name(), notIncluded);
                    seen.put(Figure.CONTRIBUTIONS_WAITING.name(), rest - notIncluded);
                    seen.forEach((k, x) -> possible.computeIfAbsent(k, key -> new HashSet<>()).add(x));
                }
            });
            List<String> found = new ArrayList<>();
            if (possible.isEmpty() && !sections.isEmpty()) {
                found.add("no numbers fit the contributions: the reader is wrong");
            }
            for (Map.Entry<String, Set<Integer>> e : possible.entrySet()) {
                String name = e.getKey();
                int value = name.startsWith("rest of ")
                        ? f.value(SchoolFigures.made(SectionCode.valueOf(name.substring(8))))
                                - f.value(SchoolFigures.included(SectionCode.valueOf(name.substring(8))))
                        : f.value(name);
                if (small(value, f) && e.getValue().size() < 2) {
                    found.add(name);
                }
            }
            return found;
        }

        private static void choose(List<List<int[]>> pairs, int[][] chosen, int i, Runnable each) {
            if (i == chosen.length) {
                each.run();
                return;
            }
            for (int[] p : pairs.get(i)) {
                chosen[i] = p;
                choose(pairs, chosen, i + 1, each);
            }
        }
    }
}
