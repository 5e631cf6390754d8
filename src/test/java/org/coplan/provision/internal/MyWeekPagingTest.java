package org.coplan.provision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coplan.provision.domain.Amount;
import org.coplan.provision.domain.Per;
import org.coplan.provision.domain.ProvisionItem;
import org.junit.jupiter.api.Test;

/** A provider with hundreds of items sees them a page at a time, those still to record this week first. */
class MyWeekPagingTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    static MyWeekReading.Row row(String what, Integer expected, int recorded) {
        ProvisionItem item = new ProvisionItem(UUID.randomUUID(), UUID.randomUUID(), "EHC", UUID.randomUUID(), "F", what, null, null,
                null, expected == null ? null : new Amount(expected, Per.WEEK, 30, 1, "HEALTH_PROFESSIONAL", null), null, null, List.of(),
                MONDAY.minusMonths(6), null);
        return new MyWeekReading.Row(null, item, expected, recorded, recorded);
    }

    @Test
    void threeHundredItemsComeTwentyFiveAPageWithThoseStillToRecordFirst() {
        List<MyWeekReading.Row> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // every tenth item still has this week's session to record
            rows.add(row("Item " + i, 1, i % 10 == 0 ? 0 : 1));
        }
        MyWeekReading.Week first = MyWeekReading.paged(MONDAY, MONDAY.plusDays(6), rows, 1);
        assertThat(first.total()).isEqualTo(300);
        assertThat(first.toRecord()).isEqualTo(30);
        assertThat(first.pages()).isEqualTo(12);
        assertThat(first.rows()).hasSize(25).allMatch(MyWeekReading::stillToRecord);
        assertThat(first.rows().getFirst().item().description()).isEqualTo("Item 0");

        MyWeekReading.Week second = MyWeekReading.paged(MONDAY, MONDAY.plusDays(6), rows, 2);
        assertThat(second.rows().subList(0, 5)).allMatch(MyWeekReading::stillToRecord);
        assertThat(second.rows().subList(5, 25)).noneMatch(MyWeekReading::stillToRecord);
        assertThat(second.rows().get(5).item().description()).isEqualTo("Item 1");
    }

    @Test
    void aPagePastTheEndShowsTheLastAndItemsNotCountedWeeklyAreNeverWaiting() {
        List<MyWeekReading.Row> rows = List.of(row("Counted", 2, 1), row("Not counted", null, 0), row("Done", 1, 1));
        MyWeekReading.Week week = MyWeekReading.paged(MONDAY, MONDAY.plusDays(6), rows, 9);
        assertThat(week.page()).isEqualTo(1);
        assertThat(week.toRecord()).isEqualTo(1);
        assertThat(week.rows()).extracting(r -> r.item().description()).containsExactly("Counted", "Not counted", "Done");
    }
}
