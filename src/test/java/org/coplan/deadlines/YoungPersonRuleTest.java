package org.coplan.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ehc-process.md D33: a young person from the day after the last Friday in June of the school year they turn 16. */
class YoungPersonRuleTest {

    @ParameterizedTest(name = "born {0}: compulsory school age ends {1}, young person from {2}")
    @CsvSource({
        // birthday in the summer term: turns 16 in the school year ending August 2026
        "2010-06-30, 2026-06-26, 2026-06-27",
        "2010-06-26, 2026-06-26, 2026-06-27",
        "2010-06-01, 2026-06-26, 2026-06-27",
        // the oldest in the year, born 1 September, turns 16 at the start of the school year ending 2027
        "2010-09-01, 2027-06-25, 2027-06-26",
        // the youngest in the year, born 31 August, is a young person at 15
        "2010-08-31, 2026-06-26, 2026-06-27",
        "2010-08-01, 2026-06-26, 2026-06-27",
        // autumn and spring birthdays belong to the school year that ends the following summer
        "2009-12-25, 2026-06-26, 2026-06-27",
        "2010-01-01, 2026-06-26, 2026-06-27",
        // 30 June 2028 is itself the last Friday in June
        "2012-03-15, 2028-06-30, 2028-07-01",
        // born on 29 February: the 16th birthday falls on 28 February 2028
        "2012-02-29, 2028-06-30, 2028-07-01",
    })
    void youngPersonDateFollowsTheSchoolYearOfTheSixteenthBirthday(LocalDate born, LocalDate endOfSchoolAge, LocalDate youngPerson) {
        assertThat(YoungPersonRule.endOfCompulsorySchoolAge(born)).isEqualTo(endOfSchoolAge);
        assertThat(YoungPersonRule.becomesYoungPerson(born)).isEqualTo(youngPerson);
    }

    @Test
    void childIsNotAYoungPersonOnTheLastFridayInJuneButIsTheNextDay() {
        LocalDate born = LocalDate.of(2010, 8, 31);
        assertThat(YoungPersonRule.isYoungPerson(born, LocalDate.of(2026, 6, 26))).isFalse();
        assertThat(YoungPersonRule.isYoungPerson(born, LocalDate.of(2026, 6, 27))).isTrue();
        assertThat(YoungPersonRule.isYoungPerson(born, LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void aChildBornOnTheFirstOfSeptemberIsStillAChildAfterTheirSixteenthBirthday() {
        LocalDate born = LocalDate.of(2010, 9, 1);
        assertThat(YoungPersonRule.isYoungPerson(born, LocalDate.of(2026, 9, 2))).isFalse();
        assertThat(YoungPersonRule.isYoungPerson(born, LocalDate.of(2027, 6, 26))).isTrue();
    }
}
