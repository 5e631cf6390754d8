package org.coplan.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Working days: Monday to Friday, not an England and Wales bank holiday (ehc-process.md 0.2). */
class WorkingDaysTest {

    private static final WorkingDays ENGLAND = WorkingDays.england();
    private static final WorkingDays WALES = new WorkingDays("wls");

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Nested
    class BankHolidays {

        @ParameterizedTest(name = "{0} is a bank holiday in England and Wales")
        @ValueSource(strings = {
            // 2026, as published on gov.uk; Boxing Day falls on a Saturday, substitute Monday 28 December
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
            // 2027: Christmas Day and Boxing Day fall on a weekend, substitutes 27 and 28 December
            "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
            // 2028: New Year's Day falls on a Saturday, substitute Monday 3 January
            "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26",
            // one-off and moved holidays
            "2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08",
        })
        void publishedBankHolidaysAreNotWorkingDays(LocalDate day) {
            assertThat(ENGLAND.isBankHoliday(day)).isTrue();
            assertThat(ENGLAND.isWorkingDay(day)).isFalse();
            assertThat(WALES.isBankHoliday(day)).isTrue();
            assertThat(WALES.isWorkingDay(day)).isFalse();
        }

        @ParameterizedTest(name = "{0} is an ordinary working day in England")
        @ValueSource(strings = {
            // Christmas Eve and New Year's Eve are not bank holidays
            "2026-12-24", "2026-12-31", "2027-12-24", "2027-12-29", "2027-12-31",
            // the first weekday after a substitute day
            "2027-01-04", "2028-01-04",
            // the day after Easter Monday, and the Thursday before Good Friday
            "2027-03-30", "2027-03-25",
            // Scottish bank holidays are working days in England
            "2026-01-02", "2026-08-03", "2026-11-30",
            // the usual Monday when the holiday was moved that year
            "2020-05-04", "2022-05-30",
        })
        void otherWeekdaysAreWorkingDays(LocalDate day) {
            assertThat(ENGLAND.isBankHoliday(day)).isFalse();
            assertThat(ENGLAND.isWorkingDay(day)).isTrue();
        }

        @Test
        void scotlandHasItsOwnCalendarWhichIsNotUsedForEngland() {
            WorkingDays scotland = new WorkingDays("sct");
            assertThat(scotland.isWorkingDay(date(2026, 1, 2))).isFalse();
            assertThat(scotland.isWorkingDay(date(2027, 3, 29))).isTrue();
            assertThat(ENGLAND.isWorkingDay(date(2026, 1, 2))).isTrue();
            assertThat(ENGLAND.isWorkingDay(date(2027, 3, 29))).isFalse();
        }

        @Test
        void weekendsAreNotWorkingDays() {
            assertThat(ENGLAND.isWorkingDay(date(2027, 2, 6))).isFalse();
            assertThat(ENGLAND.isWorkingDay(date(2027, 2, 7))).isFalse();
            assertThat(ENGLAND.isWorkingDay(date(2027, 2, 5))).isTrue();
            assertThat(ENGLAND.isWorkingDay(date(2027, 2, 8))).isTrue();
        }

        @Test
        void christmasDayAndNewYearsDayOnAWeekendAreNotWorkingDays() {
            assertThat(ENGLAND.isWorkingDay(date(2027, 12, 25))).isFalse();
            assertThat(ENGLAND.isWorkingDay(date(2027, 12, 26))).isFalse();
            assertThat(ENGLAND.isWorkingDay(date(2028, 1, 1))).isFalse();
        }
    }

    @Nested
    class OnOrAfter {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "2027-02-03, 2027-02-03",
            "2027-02-06, 2027-02-08",
            "2027-02-07, 2027-02-08",
            // Good Friday, then the weekend, then Easter Monday
            "2027-03-26, 2027-03-30",
            // Christmas Day on a Saturday: substitute days on Monday 27 and Tuesday 28 December
            "2027-12-25, 2027-12-29",
            // New Year's Day on a Saturday: substitute day on Monday 3 January
            "2028-01-01, 2028-01-04",
            // Early May bank holiday
            "2027-05-03, 2027-05-04",
        })
        void isTheDayItselfOrTheNextWorkingDay(LocalDate day, LocalDate expected) {
            assertThat(ENGLAND.onOrAfter(day)).isEqualTo(expected);
        }
    }

    @Nested
    class After {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "2027-02-01, 2027-02-02",
            "2027-02-05, 2027-02-08",
            "2027-02-06, 2027-02-08",
            "2027-03-25, 2027-03-30",
            "2027-12-23, 2027-12-24",
            "2027-12-24, 2027-12-29",
            "2027-12-31, 2028-01-04",
            "2026-12-24, 2026-12-29",
            "2027-04-30, 2027-05-04",
        })
        void isAlwaysALaterWorkingDay(LocalDate day, LocalDate expected) {
            assertThat(ENGLAND.after(day)).isEqualTo(expected);
        }
    }

    @Nested
    class Plus {

        @ParameterizedTest(name = "{0} + {1} working days = {2}")
        @CsvSource({
            "2027-02-01, 1, 2027-02-02",
            "2027-02-01, 5, 2027-02-08",
            "2027-02-01, 10, 2027-02-15",
            // Saturday: the Monday is the first working day after it
            "2027-02-06, 3, 2027-02-10",
            // over Good Friday and Easter Monday
            "2027-03-22, 10, 2027-04-07",
            "2027-03-25, 3, 2027-04-01",
            // over the Christmas substitute days and the New Year substitute day
            "2027-12-24, 1, 2027-12-29",
            "2027-12-29, 3, 2028-01-04",
        })
        void countsWorkingDaysAfterTheStart(LocalDate start, int count, LocalDate expected) {
            assertThat(ENGLAND.plus(start, count)).isEqualTo(expected);
        }

        @Test
        void zeroWorkingDaysIsTheStartItself() {
            assertThat(ENGLAND.plus(date(2027, 2, 3), 0)).isEqualTo(date(2027, 2, 3));
            assertThat(ENGLAND.plus(date(2027, 2, 6), 0)).isEqualTo(date(2027, 2, 6));
        }
    }

    @Nested
    class NthBeginningWith {

        @ParameterizedTest(name = "working day {1} beginning with {0} = {2}")
        @CsvSource({
            "2027-02-01, 1, 2027-02-01",
            "2027-02-01, 15, 2027-02-19",
            // a Saturday is not day 1: the Monday is
            "2027-02-06, 1, 2027-02-08",
            "2027-02-13, 15, 2027-03-05",
            // Good Friday is not day 1: Tuesday 30 March is
            "2027-03-26, 1, 2027-03-30",
            "2027-03-26, 15, 2027-04-19",
            "2027-03-22, 15, 2027-04-13",
            "2027-03-25, 15, 2027-04-16",
        })
        void countsTheStartAsDayOneWhenItIsAWorkingDay(LocalDate start, int count, LocalDate expected) {
            assertThat(ENGLAND.nthBeginningWith(start, count)).isEqualTo(expected);
        }
    }
}
