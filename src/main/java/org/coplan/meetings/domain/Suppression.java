package org.coplan.meetings.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which counts to hide so that no small count can be read, or worked out from the counts that
 * are shown. A count from 1 to {@code smallestShown - 1} is hidden (primary suppression). Then,
 * while a reader could still work a small count out from totals and their parts, one more count
 * is hidden: the smallest shown part of the sum that gives it away (complementary suppression).
 *
 * <p>A reader is assumed to know every shown count, every sum the page implies (a total and its
 * parts, the same total in two tables, rows that add up to it) and that no count is below its
 * least possible value (0, or 1 for a row that is listed only when it has something in it). A
 * count is worked out when the sums fix it: by taking the shown parts away from a total, by
 * combining several sums, or because a sum leaves its hidden parts no room above their least
 * values. Counts that are never shown (the views not acted on: the views given less those acted
 * on) can be worked out too, and are protected in the same way.
 */
public final class Suppression {

    /** One count: its value, whether the page shows it, and the least value a reader knows it has. */
    public record Count(String name, int value, boolean published, int atLeast) {

        public static Count shown(String name, int value) {
            return new Count(name, value, true, 0);
        }

        /** A count the page shows only in a row that is listed when it is at least 1. */
        public static Count listed(String name, int value) {
            return new Count(name, value, true, 1);
        }

        /** A count the page does not show, but that follows from the others (a total less its shown parts). */
        public static Count implied(String name, int value) {
            return new Count(name, value, false, 0);
        }
    }

    /** A total and the parts that add up to it. */
    public record Sum(String total, List<String> parts) {
        public Sum {
            parts = List.copyOf(parts);
        }

        boolean has(String count) {
            return total.equals(count) || parts.contains(count);
        }

        List<String> counts() {
            List<String> all = new ArrayList<>();
            all.add(total);
            all.addAll(parts);
            return all;
        }
    }

    private final Map<String, Count> counts = new LinkedHashMap<>();
    private final List<Sum> sums;
    private final int smallestShown;

    private Suppression(List<Count> counts, List<Sum> sums, int smallestShown) {
        counts.forEach(c -> this.counts.put(c.name(), c));
        for (Sum s : sums) {
            for (String name : s.counts()) {
                if (!this.counts.containsKey(name)) {
                    throw new IllegalArgumentException("A sum names a count that is not given: " + name);
                }
            }
        }
        this.sums = List.copyOf(sums);
        this.smallestShown = smallestShown;
    }

    /** The shown counts to hide: the small ones, and as many others as it takes to protect them. */
    public static Set<String> hidden(List<Count> counts, List<Sum> sums, int smallestShown) {
        return new Suppression(counts, sums, smallestShown).hide();
    }

    private boolean small(String name) {
        int v = counts.get(name).value();
        return v > 0 && v < smallestShown;
    }

    private Set<String> hide() {
        Set<String> hidden = new LinkedHashSet<>();
        counts.values().stream().filter(c -> c.published() && small(c.name())).forEach(c -> hidden.add(c.name()));
        while (true) {
            Set<String> unknown = new LinkedHashSet<>(hidden);
            counts.values().stream().filter(c -> !c.published()).forEach(c -> unknown.add(c.name()));
            Set<String> workedOut = workedOut(unknown);
            Optional<String> exposed = workedOut.stream().filter(this::small).findFirst();
            if (exposed.isEmpty()) {
                return hidden;
            }
            hidden.add(nextToHide(exposed.get(), hidden, unknown, workedOut));
        }
    }

    /**
     * The shown count to hide next: in the sum that gives the exposed count away with the fewest
     * unknowns, its smallest shown part (a 0 too), or its total when every part is hidden.
     */
    private String nextToHide(String exposed, Set<String> hidden, Set<String> unknown, Set<String> workedOut) {
        Comparator<Sum> fewestUnknown = Comparator.comparingLong(
                s -> s.counts().stream().filter(c -> unknown.contains(c) && !workedOut.contains(c)).count());
        List<Sum> around = sums.stream().filter(s -> s.has(exposed)).sorted(fewestUnknown).toList();
        for (Sum s : around) {
            Optional<String> next = smallestShown(s.parts(), hidden).or(() -> smallestShown(List.of(s.total()), hidden));
            if (next.isPresent()) {
                return next.get();
            }
        }
        // Every count beside the exposed one is hidden already; hide the smallest count still shown.
        return smallestShown(new ArrayList<>(counts.keySet()), hidden)
                .orElseThrow(() -> new IllegalStateException("Nothing left to hide, yet " + exposed + " can be worked out"));
    }

    private Optional<String> smallestShown(List<String> names, Set<String> hidden) {
        return names.stream()
                .filter(n -> counts.get(n).published() && !hidden.contains(n))
                .min(Comparator.comparingInt(n -> counts.get(n).value()));
    }

    /** The unknown counts a reader can work out from the known ones and the sums. */
    private Set<String> workedOut(Set<String> unknown) {
        Set<String> open = new LinkedHashSet<>(unknown);
        boolean changed = true;
        while (changed) {
            changed = false;
            // A sum whose hidden parts have no room above their least values fixes them all.
            for (Sum s : sums) {
                if (open.contains(s.total())) {
                    continue;
                }
                List<String> hiddenParts = s.parts().stream().filter(open::contains).toList();
                if (hiddenParts.isEmpty()) {
                    continue;
                }
                int room = counts.get(s.total()).value();
                for (String p : s.parts()) {
                    room -= hiddenParts.contains(p) ? counts.get(p).atLeast() : counts.get(p).value();
                }
                if (room <= 0) {
                    hiddenParts.forEach(open::remove);
                    changed = true;
                }
            }
            // A count fixed by the sums taken together (its unit row lies in the span of the sums).
            List<String> columns = new ArrayList<>(open);
            List<long[]> rows = new ArrayList<>();
            for (Sum s : sums) {
                long[] row = new long[columns.size()];
                boolean any = false;
                for (String c : s.counts()) {
                    int i = columns.indexOf(c);
                    if (i >= 0) {
                        row[i] += c.equals(s.total()) ? 1 : -1;
                        any = true;
                    }
                }
                if (any) {
                    rows.add(row);
                }
            }
            int rank = rank(rows, columns.size());
            for (int i = 0; i < columns.size(); i++) {
                List<long[]> with = new ArrayList<>(rows);
                long[] unit = new long[columns.size()];
                unit[i] = 1;
                with.add(unit);
                if (rank(with, columns.size()) == rank) {
                    open.remove(columns.get(i));
                    changed = true;
                }
            }
        }
        Set<String> worked = new LinkedHashSet<>(unknown);
        worked.removeAll(open);
        return worked;
    }

    /** The rank of a small integer matrix, by exact elimination. */
    static int rank(List<long[]> input, int width) {
        List<long[]> rows = new ArrayList<>();
        input.forEach(r -> rows.add(r.clone()));
        int rank = 0;
        for (int col = 0; col < width && rank < rows.size(); col++) {
            int pivot = -1;
            for (int r = rank; r < rows.size(); r++) {
                if (rows.get(r)[col] != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long[] p = rows.get(pivot);
            rows.set(pivot, rows.get(rank));
            rows.set(rank, p);
            for (int r = rank + 1; r < rows.size(); r++) {
                long[] row = rows.get(r);
                if (row[col] == 0) {
                    continue;
                }
                long a = p[col];
                long b = row[col];
                long g = 0;
                for (int k = 0; k < width; k++) {
                    row[k] = row[k] * a - p[k] * b;
                    g = gcd(g, Math.abs(row[k]));
                }
                if (g > 1) {
                    for (int k = 0; k < width; k++) {
                        row[k] /= g;
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
