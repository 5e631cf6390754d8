package org.coplan.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The day a person is told to act by: never a weekend, an England bank holiday or a day in the
 * closed period around Christmas (24 December to 1 January by default). The legal date is kept.
 */
class ActByTest {

    static final StatutoryDeadlines RULES = StatutoryDeadlines.withDefaults();

    private static LocalDate date(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    @Test
    void christmasDayOnAFridayIsActedOnByTheWednesdayBefore() {
        ActBy by = RULES.actBy(date(2026, 12, 25));
        assertThat(by.legal()).isEqualTo(date(2026, 12, 25));
        assertThat(by.lastWorkingDay()).isEqualTo(date(2026, 12, 23));
        assertThat(by.lastWorkingDay().getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(by.moved()).isTrue();
    }

    @ParameterizedTest(name = "legal {0} is acted on by {1}")
    @CsvSource({
        "2026-12-24, 2026-12-23", // Thursday, the first day of the closed period
        "2026-12-26, 2026-12-23", // Saturday, Boxing Day
        "2026-12-28, 2026-12-23", // Monday, the substitute bank holiday for Boxing Day
        "2026-12-31, 2026-12-23", // Thursday inside the closed period
        "2027-01-01, 2026-12-23", // Friday, New Year's Day: a year earlier
        "2027-01-02, 2026-12-23", // Saturday after the closed period: the days before it are all closed
        "2027-01-03, 2026-12-23", // Sunday
        "2027-03-26, 2027-03-25", // Good Friday 2027
        "2027-03-27, 2027-03-25", // Easter Saturday
        "2027-03-29, 2027-03-25", // Easter Monday 2027
        "2027-05-31, 2027-05-28", // spring bank holiday, the Friday before
        "2027-06-12, 2027-06-11", // an ordinary Saturday: the Friday
        "2027-06-13, 2027-06-11", // an ordinary Sunday: the Friday
    })
    void aDayNobodyCanActOnIsShownAsTheLastWorkingDayBeforeIt(LocalDate legal, LocalDate lastWorkingDay) {
        ActBy by = RULES.actBy(legal);
        assertThat(by.lastWorkingDay()).isEqualTo(lastWorkingDay);
        assertThat(by.legal()).as("the legal date never moves").isEqualTo(legal);
        assertThat(by.moved()).isTrue();
    }

    @ParameterizedTest(name = "{0} stays itself")
    @CsvSource({"2027-06-16", "2026-12-23", "2027-01-04", "2027-03-25", "2027-03-30"})
    void aWorkingDayOutsideTheClosedPeriodStaysItself(LocalDate legal) {
        ActBy by = RULES.actBy(legal);
        assertThat(by.lastWorkingDay()).isEqualTo(legal);
        assertThat(by.moved()).isFalse();
    }

    @Test
    void theDayToActByIsNeverAfterTheLegalDate() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ActBy(date(2026, 12, 23), date(2026, 12, 24)));
    }

    @Nested
    class WithAnotherClosedPeriod {

        @Test
        void aClosedPeriodFromChristmasDayKeepsChristmasEveAsAWorkingDay() {
            StatutoryDeadlines rules = SettingsBuilder.defaults().closedPeriod(MonthDay.of(12, 25), MonthDay.of(1, 1)).deadlines();
            assertThat(rules.actBy(date(2026, 12, 25)).lastWorkingDay()).isEqualTo(date(2026, 12, 24));
            assertThat(rules.actBy(date(2026, 12, 24)).moved()).isFalse();
        }

        @Test
        void theBankHolidaysOfWalesAreUsedWhenTheRegionIsWales() {
            StatutoryDeadlines rules = SettingsBuilder.defaults().region("wls").deadlines();
            assertThat(rules.actBy(date(2027, 3, 29)).lastWorkingDay()).isEqualTo(date(2027, 3, 25));
        }
    }

    @Nested
    class LegalDatesStayAsTheLawSays {

        @Test
        void theMediationDateIsTwoMonthsAfterTheNoticeEvenOnChristmasDay() {
            assertThat(RULES.mediationAdviceBy(date(2026, 10, 25))).isEqualTo(date(2026, 12, 25));
            assertThat(RULES.actBy(RULES.mediationAdviceBy(date(2026, 10, 25))).lastWorkingDay()).isEqualTo(date(2026, 12, 23));
        }

        @Test
        void anAppealDateMovedPastNewYearByTheTribunalRulesIsAlreadyAWorkingDay() {
            LocalDate appeal = RULES.appealBy(date(2026, 10, 25), java.util.Optional.empty());
            assertThat(appeal).isEqualTo(date(2027, 1, 4));
            assertThat(RULES.actBy(appeal).moved()).isFalse();
        }
    }
}
