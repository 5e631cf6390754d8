package org.coplan.provision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coplan.deadlines.WorkingDays;
import org.coplan.provision.domain.ExpectedSessions.Expected;
import org.junit.jupiter.api.Test;

/** Sessions expected of weekly, half-termly and termly items across term dates, half-terms and bank holidays. */
class ExpectedSessionsTest {

    static final WorkingDays ENGLAND = WorkingDays.england();
    /** The authority's calendar: the built-in dates for England. */
    static final TermCalendar AUTHORITY = new TermCalendar(BuiltInTermDates.ENGLAND, ENGLAND::isBankHoliday);

    static Amount weekly(int sessions) {
        return new Amount(sessions, Per.WEEK, 30, 1, null, null);
    }

    static Amount per(Per per, int sessions) {
        return new Amount(sessions, per, 45, 1, null, null);
    }

    static int sessions(Amount amount, LocalDate first, LocalDate last, TermCalendar calendar, String from, String to) {
        return ExpectedSessions.expected(amount, first, last, calendar, LocalDate.parse(from), LocalDate.parse(to))
                .orElseThrow().sessions();
    }

    static int sessions(Amount amount, String from, String to) {
        return sessions(amount, null, null, AUTHORITY, from, to);
    }

    @Test
    void weeklyAcrossAHalfTermHolidayCountsOnlyTheSchoolWeeksEitherSide() {
        // autumn half-term 2026 is 26 to 30 October
        assertThat(sessions(weekly(2), "2026-10-19", "2026-11-08")).isEqualTo(4);
    }

    @Test
    void weeklyAcrossEasterStillCountsTheWeeksOfGoodFridayAndEasterMonday() {
        // a school whose spring term runs through Easter 2027 (Good Friday 26 March, Easter Monday 29 March)
        SchoolYearTerms own = new SchoolYearTerms(2026, List.of(
                new Term(TermName.AUTUMN, d("2026-09-02"), d("2026-12-18"), d("2026-10-26"), d("2026-10-30")),
                new Term(TermName.SPRING, d("2027-01-04"), d("2027-04-09"), d("2027-02-15"), d("2027-02-19")),
                new Term(TermName.SUMMER, d("2027-04-26"), d("2027-07-21"), d("2027-05-31"), d("2027-06-04"))));
        TermCalendar school = new TermCalendar(List.of(own), ENGLAND::isBankHoliday);
        assertThat(school.isSchoolDay(d("2027-03-26"))).as("Good Friday").isFalse();
        assertThat(school.isSchoolDay(d("2027-03-29"))).as("Easter Monday").isFalse();
        assertThat(sessions(weekly(1), null, null, school, "2027-03-22", "2027-04-04")).isEqualTo(2);
        assertThat(school.schoolDays(d("2027-03-22"), d("2027-04-04"))).isEqualTo(8);
    }

    @Test
    void aWeekWithABankHolidayMondayStillCountsInFull() {
        // early May bank holiday: Monday 3 May 2027
        Optional<Expected> e = ExpectedSessions.expected(weekly(2), null, null, AUTHORITY, d("2027-05-03"), d("2027-05-09"));
        assertThat(e).contains(new Expected(2, 60));
    }

    @Test
    void aTermStartingMidWeekCountsThatWeekButNotTheDaysBeforeIt() {
        // autumn term 2026 starts on Wednesday 2 September
        assertThat(sessions(weekly(1), "2026-08-31", "2026-09-06")).isEqualTo(1);
        assertThat(sessions(weekly(1), "2026-08-31", "2026-09-01")).isZero();
    }

    @Test
    void anItemStartingMidTermCountsFromItsFirstWeek() {
        // second half of autumn 2026: 2 November to 18 December, 7 weeks; the item starts Wednesday 18 November
        assertThat(sessions(weekly(1), d("2026-11-18"), null, AUTHORITY, "2026-11-02", "2026-12-18")).isEqualTo(5);
    }

    @Test
    void anItemEndingMidTermStopsCountingAfterItsLastWeek() {
        assertThat(sessions(weekly(1), null, d("2026-11-10"), AUTHORITY, "2026-11-02", "2026-12-18")).isEqualTo(2);
    }

    @Test
    void halfTermlyAcrossAWholeYearIsSixTimesItsSessions() {
        assertThat(sessions(per(Per.HALF_TERM, 1), "2026-08-01", "2027-07-31")).isEqualTo(6);
        assertThat(sessions(per(Per.HALF_TERM, 2), "2026-08-01", "2027-07-31")).isEqualTo(12);
    }

    @Test
    void termlyAcrossAWholeYearIsThreeTimesItsSessions() {
        assertThat(sessions(per(Per.TERM, 1), "2026-08-01", "2027-07-31")).isEqualTo(3);
    }

    @Test
    void partOfAHalfTermIsItsShareBySchoolDaysRoundedDown() {
        // 2 November to 20 November 2026 is 15 of the half-term's 35 school days: 3 x 15 / 35 = 1.29, so 1
        assertThat(sessions(per(Per.HALF_TERM, 3), "2026-11-02", "2026-11-20")).isEqualTo(1);
        // the whole half-term: all 3
        assertThat(sessions(per(Per.HALF_TERM, 3), "2026-11-02", "2026-12-18")).isEqualTo(3);
    }

    @Test
    void aPeriodThatIsAllHolidayExpectsNothing() {
        assertThat(sessions(weekly(3), "2026-12-19", "2027-01-03")).isZero();
        assertThat(sessions(per(Per.HALF_TERM, 2), "2026-12-19", "2027-01-03")).isZero();
        assertThat(sessions(weekly(3), "2026-10-24", "2026-11-01")).as("the half-term week").isZero();
    }

    @Test
    void aSchoolWithItsOwnDatesCountsByThemNotTheAuthoritys() {
        // the school's autumn half-term is a week later than the authority's
        SchoolYearTerms own = new SchoolYearTerms(2026, List.of(
                new Term(TermName.AUTUMN, d("2026-09-02"), d("2026-12-18"), d("2026-11-02"), d("2026-11-06")),
                new Term(TermName.SPRING, d("2027-01-04"), d("2027-03-25"), d("2027-02-15"), d("2027-02-19")),
                new Term(TermName.SUMMER, d("2027-04-12"), d("2027-07-21"), d("2027-05-31"), d("2027-06-04"))));
        TermCalendar school = new TermCalendar(List.of(own), ENGLAND::isBankHoliday);
        assertThat(sessions(weekly(1), "2026-10-26", "2026-10-30")).as("authority: half-term").isZero();
        assertThat(sessions(weekly(1), null, null, school, "2026-10-26", "2026-10-30")).as("school: a school week").isEqualTo(1);
        assertThat(school.currentHalfTerm(d("2026-11-04")).orElseThrow().term()).isEqualTo(TermName.AUTUMN);
        assertThat(school.currentHalfTerm(d("2026-11-04")).orElseThrow().part()).isEqualTo(1);
        assertThat(AUTHORITY.currentHalfTerm(d("2026-11-04")).orElseThrow().part()).isEqualTo(2);
    }

    @Test
    void aPeriodBeyondTheKnownSchoolYearsOrAVagueAmountCannotBeCounted() {
        assertThat(ExpectedSessions.expected(weekly(1), null, null, AUTHORITY, d("2028-09-01"), d("2028-10-01"))).isEmpty();
        assertThat(ExpectedSessions.expected(null, null, null, AUTHORITY, d("2026-09-01"), d("2026-10-01"))).isEmpty();
    }

    @Test
    void anItemNotYetStartedInThePeriodExpectsNothing() {
        assertThat(sessions(weekly(1), d("2027-01-04"), null, AUTHORITY, "2026-11-02", "2026-12-18")).isZero();
    }

    @Test
    void duringAHolidayThisHalfTermIsTheOneJustEnded() {
        HalfTerm h = AUTHORITY.currentHalfTerm(d("2026-12-24")).orElseThrow();
        assertThat(h.firstDay()).isEqualTo(d("2026-11-02"));
        assertThat(h.lastDay()).isEqualTo(d("2026-12-18"));
        assertThat(AUTHORITY.currentHalfTerm(d("2029-01-10"))).isEmpty();
    }

    @Test
    void termDatesWithALastDayBeforeTheFirstAHalfTermOutsideItsTermOrOverlappingTermsAreRefused() {
        SchoolYearTerms bad = new SchoolYearTerms(2026, List.of(
                new Term(TermName.AUTUMN, d("2026-09-02"), d("2026-08-20"), d("2026-10-26"), d("2026-10-30")),
                new Term(TermName.SPRING, d("2027-01-04"), d("2027-03-25"), d("2027-03-29"), d("2027-04-02")),
                new Term(TermName.SUMMER, d("2027-03-20"), d("2027-07-21"), d("2027-05-31"), d("2027-06-04"))));
        assertThat(bad.problems()).extracting(SchoolYearTerms.Problem::field, SchoolYearTerms.Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("autumnLast", "termdates.error.lastBeforeFirst"),
                org.assertj.core.groups.Tuple.tuple("springHalfFirst", "termdates.error.halfOutside"),
                org.assertj.core.groups.Tuple.tuple("springHalfLast", "termdates.error.halfOutside"),
                org.assertj.core.groups.Tuple.tuple("summerFirst", "termdates.error.overlap"));
        BuiltInTermDates.ENGLAND.forEach(y -> assertThat(y.problems()).as(SchoolYearTerms.label(y.startYear())).isEmpty());
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }
}
