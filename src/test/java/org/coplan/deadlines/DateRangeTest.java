package org.coplan.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final LocalDate FROM = LocalDate.of(2028, 2, 28);
    private static final LocalDate TO = LocalDate.of(2028, 3, 1);

    @Test
    void bothEndsAreIncluded() {
        DateRange range = new DateRange(FROM, TO);
        assertThat(range.contains(FROM)).isTrue();
        assertThat(range.contains(LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(range.contains(TO)).isTrue();
    }

    @Test
    void daysOutsideAreNotIncluded() {
        DateRange range = new DateRange(FROM, TO);
        assertThat(range.contains(LocalDate.of(2028, 2, 27))).isFalse();
        assertThat(range.contains(LocalDate.of(2028, 3, 2))).isFalse();
    }

    @Test
    void aRangeOfOneDayIsAllowed() {
        DateRange range = new DateRange(FROM, FROM);
        assertThat(range.contains(FROM)).isTrue();
        assertThat(range.contains(FROM.plusDays(1))).isFalse();
    }

    @Test
    void aRangeMustNotEndBeforeItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DateRange(TO, FROM));
    }
}
