package org.coplan.strategic.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PollTallyTest {

    static final List<String> YES_NO = List.of("Yes", "No");

    @Test
    void countsOfFiveOrMoreAreShownWithTheirShare() {
        List<PollTally.Row> rows = PollTally.rows(YES_NO, List.of(30L, 10L), 40, false, 5);
        assertThat(rows).extracting(PollTally.Row::hidden).containsExactly(false, false);
        assertThat(rows).extracting(PollTally.Row::percent).containsExactly(75, 25);
    }

    @Test
    void aSmallCountIsHiddenAndSoIsTheOneThatWouldGiveItAwayBySubtraction() {
        // 37 yes and 3 no of 40: hiding only "no" leaves 40 - 37 = 3 for anyone to work out
        List<PollTally.Row> rows = PollTally.rows(YES_NO, List.of(37L, 3L), 40, false, 5);
        assertThat(rows).extracting(PollTally.Row::hidden).containsExactly(true, true);
        assertThat(rows).extracting(PollTally.Row::count).containsExactly(0L, 0L);
    }

    @Test
    void withThreeOptionsOneSmallCountHidesTheSmallestOtherToo() {
        List<PollTally.Row> rows = PollTally.rows(List.of("A", "B", "C"), List.of(20L, 8L, 2L), 30, false, 5);
        assertThat(rows).extracting(PollTally.Row::hidden).containsExactly(false, true, true);
    }

    @Test
    void fewerAnswersThanTheSmallestShownShowsNoCountAtAll() {
        assertThat(PollTally.rows(YES_NO, List.of(4L, 0L), 4, false, 5)).extracting(PollTally.Row::hidden).containsExactly(true, true);
    }

    @Test
    void withSeveralChoicesAFewWhoDidNotChooseAnOptionAreProtectedToo() {
        // 38 of 40 chose A: the 2 who did not are 40 - 38
        List<PollTally.Row> rows = PollTally.rows(List.of("A", "B"), List.of(38L, 20L), 40, true, 5);
        assertThat(rows).extracting(PollTally.Row::hidden).containsExactly(true, false);
    }

    @Test
    void freeTextIsShownFromFiveWriters() {
        assertThat(PollTally.textsShown(4, 5)).isFalse();
        assertThat(PollTally.textsShown(5, 5)).isTrue();
    }
}
