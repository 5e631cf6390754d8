package org.coplan.measures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.coplan.measures.domain.OpenTable.Cell;
import org.junit.jupiter.api.Test;

class OpenTableTest {

    private static final List<String> NEEDS = List.of("ASD", "SLCN", "SEMH");
    private static final List<String> PHASES = List.of("PRIMARY", "SECONDARY", "NOT_RECORDED");
    private static final List<String> BANDS = List.of("YOUNG", "OLD");

    @Test
    void aSmallCellIsHiddenAndSoIsEnoughOfItsRowAndColumnThatItCannotBeWorkedOut() {
        OpenTable byPhase = new OpenTable("phase", NEEDS, true, PHASES)
                .add("ASD", "PRIMARY", 20).add("ASD", "SECONDARY", 3).add("ASD", "NOT_RECORDED", 10)
                .add("SLCN", "PRIMARY", 30).add("SLCN", "SECONDARY", 12).add("SLCN", "NOT_RECORDED", 9)
                .add("SEMH", "PRIMARY", 8).add("SEMH", "SECONDARY", 15).add("SEMH", "NOT_RECORDED", 7);
        Set<Cell> hidden = OpenTable.hidden(List.of(byPhase), 5).get(0);
        assertThat(hidden).contains(new Cell("ASD", "SECONDARY"));
        // the row's other cells and the whole-area count: one more hidden in the row, one more in the column
        assertThat(hidden.stream().filter(c -> c.row().equals("ASD")).count()).isGreaterThanOrEqualTo(2);
        assertThat(hidden.stream().filter(c -> c.group().equals("SECONDARY")).count()).isGreaterThanOrEqualTo(2);
        assertThat(byPhase.count("ASD", OpenTable.ALL)).isEqualTo(33);
        assertThat(byPhase.count(OpenTable.TOTAL, OpenTable.ALL)).isEqualTo(114);
    }

    @Test
    void aWholeAreaCountHiddenInOneTableIsHiddenInTheOtherThatSharesIt() {
        OpenTable byPhase = new OpenTable("phase", List.of("ASD", "SLCN"), true, List.of("PRIMARY", "SECONDARY"))
                .add("ASD", "PRIMARY", 2).add("ASD", "SECONDARY", 1).add("SLCN", "PRIMARY", 40).add("SLCN", "SECONDARY", 30);
        OpenTable byAge = new OpenTable("age_band", List.of("ASD", "SLCN"), true, List.of("YOUNG", "OLD"))
                .add("ASD", "YOUNG", 3).add("SLCN", "YOUNG", 50).add("SLCN", "OLD", 20);
        List<Set<Cell>> hidden = OpenTable.hidden(List.of(byPhase, byAge), 5);
        assertThat(hidden.get(0)).contains(new Cell("ASD", OpenTable.ALL));
        assertThat(hidden.get(1)).contains(new Cell("ASD", OpenTable.ALL), new Cell("ASD", "YOUNG"));
    }

    @Test
    void aTableOfAWholeAuthorityWithManySmallCellsIsSuppressedQuickly() {
        Random random = new Random(16);
        List<String> needs = List.of("SPLD", "MLD", "SLD", "PMLD", "SEMH", "SLCN", "HI", "VI", "MSI", "PD", "ASD", "OTH", "NSA", "NOT_RECORDED");
        List<OpenTable> tables = new ArrayList<>();
        List<List<String>> breakdowns = List.of(
                List.of("S1", "S2", "S3", "S4", "S5", "S6"),
                List.of("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"),
                List.of("A1", "A2", "A3", "A4", "A5"));
        int[][] counts = new int[needs.size()][];
        for (int n = 0; n < needs.size(); n++) {
            counts[n] = new int[] {random.nextInt(n % 3 == 0 ? 400 : 12)};
        }
        for (List<String> groups : breakdowns) {
            OpenTable t = new OpenTable(groups.get(0), needs, true, groups);
            for (int n = 0; n < needs.size(); n++) {
                int left = counts[n][0];
                for (int g = 0; g < groups.size(); g++) {
                    int here = g == groups.size() - 1 ? left : Math.min(left, random.nextInt(left / 2 + 2));
                    if (here > 0) {
                        t.add(needs.get(n), groups.get(g), here);
                    }
                    left -= here;
                }
            }
            tables.add(t);
        }
        long start = System.nanoTime();
        List<Set<Cell>> hidden = OpenTable.hidden(tables, 5);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(hidden.stream().mapToInt(Set::size).sum()).isPositive();
        assertThat(ms).as("milliseconds to suppress").isLessThan(5_000);
    }
}
