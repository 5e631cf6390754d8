package org.coplan.measures.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coplan.meetings.domain.Suppression;
import org.coplan.meetings.domain.Suppression.Count;
import org.coplan.meetings.domain.Suppression.Sum;

/**
 * One cross-tabulated table of an open-data file: counts of people by a category (the rows) and by
 * one breakdown (the columns: the groups of a stage, school phase or age band), with the whole area's
 * column {@value #ALL}, and, when each person is in exactly one row, a {@value #TOTAL} row. Every
 * group of a breakdown is listed, "not recorded" too, so the groups add up to the whole area.
 *
 * <p>Tables of one file that share the whole area's column (the same counts for the same rows) are
 * suppressed together by {@link #hidden(List, int)}: a count hidden in one is hidden in all, so
 * nothing hidden in one table can be worked out from another.
 */
public final class OpenTable {

    /** The whole-area column, and the group name it has in a file. */
    public static final String ALL = "ALL";

    /** The row that adds up the others. */
    public static final String TOTAL = "TOTAL";

    /** A cell: a row of a table, in one group of its breakdown (or {@value #ALL}). */
    public record Cell(String row, String group) {}

    private final String breakdown;
    private final List<String> rows;
    private final boolean rowsAddUp;
    private final List<String> groups;
    private final Map<Cell, Integer> counts = new LinkedHashMap<>();

    /**
     * @param breakdown what the groups are, such as {@code phase}
     * @param rows the categories, without the total row
     * @param rowsAddUp whether everyone counted is in exactly one row, so a total row is added
     * @param groups every group of the breakdown, without {@value #ALL}
     */
    public OpenTable(String breakdown, List<String> rows, boolean rowsAddUp, List<String> groups) {
        this.breakdown = breakdown;
        this.rows = List.copyOf(rows);
        this.rowsAddUp = rowsAddUp;
        this.groups = List.copyOf(groups);
    }

    /** Adds {@code n} to a row in a group (and to the whole area and the total row). */
    public OpenTable add(String row, String group, int n) {
        if (!rows.contains(row) || !groups.contains(group)) {
            throw new IllegalArgumentException("Not in the table: " + row + " in " + group);
        }
        counts.merge(new Cell(row, group), n, Integer::sum);
        counts.merge(new Cell(row, ALL), n, Integer::sum);
        if (rowsAddUp) {
            counts.merge(new Cell(TOTAL, group), n, Integer::sum);
            counts.merge(new Cell(TOTAL, ALL), n, Integer::sum);
        }
        return this;
    }

    public String breakdown() {
        return breakdown;
    }

    /** The rows as shown: the categories, then the total row when the rows add up. */
    public List<String> shownRows() {
        List<String> shown = new ArrayList<>(rows);
        if (rowsAddUp) {
            shown.add(TOTAL);
        }
        return shown;
    }

    public List<String> groups() {
        return groups;
    }

    public int count(String row, String group) {
        return counts.getOrDefault(new Cell(row, group), 0);
    }

    /**
     * The cells to hide in each table: the counts from 1 to {@code smallestShown - 1}, and as many
     * others as it takes so that none of them can be worked out from a row's groups adding up to its
     * whole-area count, from the rows adding up to the total row, or from another table with the same
     * whole-area counts (all tables go through one {@link Suppression}, the whole-area counts named
     * once). Returns, for each table in the order given, its hidden cells.
     */
    public static List<Set<Cell>> hidden(List<OpenTable> tables, int smallestShown) {
        Map<String, Count> counts = new LinkedHashMap<>();
        List<Sum> sums = new ArrayList<>();
        for (OpenTable t : tables) {
            // A row or a group with nobody in it is 0 throughout, and anyone can see so from its total:
            // its cells are shown and left out, so no count is hidden where hiding it protects nothing.
            List<String> liveRows = t.shownRows().stream().filter(r -> t.count(r, ALL) > 0).toList();
            List<String> liveGroups = t.groups.stream().filter(g -> !t.rowsAddUp || t.count(TOTAL, g) > 0).toList();
            List<String> columns = new ArrayList<>(liveGroups);
            columns.add(ALL);
            for (String row : liveRows) {
                for (String group : columns) {
                    String name = t.cellName(row, group);
                    Count c = Count.shown(name, t.count(row, group));
                    Count before = counts.putIfAbsent(name, c);
                    if (before != null && before.value() != c.value()) {
                        throw new IllegalArgumentException("Tables disagree on the whole area's " + row);
                    }
                }
                sums.add(new Sum(t.cellName(row, ALL), liveGroups.stream().map(g -> t.cellName(row, g)).toList()));
            }
            if (t.rowsAddUp && liveRows.contains(TOTAL)) {
                for (String group : columns) {
                    sums.add(new Sum(t.cellName(TOTAL, group),
                            liveRows.stream().filter(r -> !r.equals(TOTAL)).map(r -> t.cellName(r, group)).toList()));
                }
            }
        }
        Set<String> hidden = Suppression.hidden(new ArrayList<>(counts.values()), sums, smallestShown);
        List<Set<Cell>> result = new ArrayList<>();
        for (OpenTable t : tables) {
            Set<Cell> cells = new LinkedHashSet<>();
            for (String row : t.shownRows()) {
                if (hidden.contains(t.cellName(row, ALL))) {
                    cells.add(new Cell(row, ALL));
                }
                for (String group : t.groups) {
                    if (hidden.contains(t.cellName(row, group))) {
                        cells.add(new Cell(row, group));
                    }
                }
            }
            result.add(cells);
        }
        return result;
    }

    /** A cell's name in the suppression: the whole-area counts are named once for every table. */
    private String cellName(String row, String group) {
        return group.equals(ALL) ? "*|" + row + "|" + ALL : breakdown + "|" + row + "|" + group;
    }
}
