package org.coplan.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.coplan.deadlines.StatutoryDeadlines.AmendmentDates;
import org.coplan.deadlines.StatutoryDeadlines.CommentWindow;
import org.coplan.deadlines.StatutoryDeadlines.MediationAgreementDates;
import org.coplan.deadlines.StatutoryDeadlines.OrderKind;
import org.coplan.deadlines.StatutoryDeadlines.OrderStep;
import org.coplan.deadlines.StatutoryDeadlines.PhaseTransferDates;
import org.coplan.deadlines.StatutoryDeadlines.TransferDates;
import org.coplan.deadlines.StatutoryDeadlines.TransferKind;
import org.coplan.deadlines.StatutoryDeadlines.UnopposedKind;
import org.coplan.deadlines.StatutoryDeadlines.YoungPersonDates;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule in ehc-process.md section 10, with the expected dates worked out from the
 * calendar and the published England and Wales bank holidays.
 */
class StatutoryDeadlinesTest {

    private final StatutoryDeadlines deadlines = StatutoryDeadlines.withDefaults();

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Nested
    class D1_DecisionWhetherToAssess {

        @ParameterizedTest(name = "received {0}: decision by {1}")
        @CsvSource({
            "2027-01-04, 2027-02-15",
            // across the end of the year
            "2026-11-20, 2027-01-01",
            // across 29 February in a leap year, and 28 February in an ordinary year
            "2028-01-25, 2028-03-07",
            "2027-01-25, 2027-03-08",
            "2027-12-01, 2028-01-12",
        })
        void isSixCalendarWeeksAfterReceipt(LocalDate received, LocalDate expected) {
            assertThat(deadlines.decisionWhetherToAssess(received)).isEqualTo(expected);
        }

        @Test
        void aDeadlineOnABankHolidayIsNotMoved() {
            assertThat(deadlines.decisionWhetherToAssess(date(2027, 2, 12))).isEqualTo(date(2027, 3, 26));
        }
    }

    @Nested
    class D2_NotifyWhileConsidering {

        @Test
        void theBodiesAreToldTheSameDay() {
            assertThat(deadlines.notifyWhileConsidering(date(2027, 2, 3))).isEqualTo(date(2027, 2, 3));
            assertThat(deadlines.notifyWhileConsidering(date(2028, 2, 29))).isEqualTo(date(2028, 2, 29));
        }
    }

    @Nested
    class D3_AdviceDue {

        @ParameterizedTest(name = "adviser received the request {0}: advice due {1}")
        @CsvSource({
            "2027-03-01, 2027-04-12",
            "2028-02-01, 2028-03-14",
            "2027-02-01, 2027-03-15",
            // six weeks after a Saturday is a Saturday: calendar weeks are not moved
            "2027-02-06, 2027-03-20",
        })
        void isSixCalendarWeeksAfterTheAdviserReceivedTheRequest(LocalDate asked, LocalDate expected) {
            assertThat(deadlines.adviceDue(asked)).isEqualTo(expected);
        }
    }

    @Nested
    class D4_DecisionNotToIssue {

        @ParameterizedTest(name = "received {0}: decision not to issue by {1}")
        @CsvSource({
            "2027-01-04, 2027-04-26",
            "2027-12-01, 2028-03-22",
            "2026-12-01, 2027-03-23",
        })
        void isSixteenCalendarWeeksAfterReceipt(LocalDate received, LocalDate expected) {
            assertThat(deadlines.decisionNotToIssue(received)).isEqualTo(expected);
        }
    }

    @Nested
    class D5_DraftPlanComments {

        @Test
        void fifteenDaysBeginningWithTheDaySentEndFourteenDaysLater() {
            CommentWindow window = deadlines.draftPlanComments(date(2027, 2, 1));
            assertThat(window.opens()).isEqualTo(date(2027, 2, 1));
            assertThat(window.lastDay()).isEqualTo(date(2027, 2, 15));
            assertThat(window.finaliseFrom()).isEqualTo(date(2027, 2, 16));
        }

        @Test
        void theWindowRunsOverTwentyNinthFebruaryInALeapYear() {
            CommentWindow leap = deadlines.draftPlanComments(date(2028, 2, 15));
            assertThat(leap.lastDay()).isEqualTo(date(2028, 2, 29));
            assertThat(leap.finaliseFrom()).isEqualTo(date(2028, 3, 1));

            CommentWindow ordinary = deadlines.draftPlanComments(date(2027, 2, 15));
            assertThat(ordinary.lastDay()).isEqualTo(date(2027, 3, 1));
            assertThat(ordinary.finaliseFrom()).isEqualTo(date(2027, 3, 2));
        }

        @Test
        void calendarDaysAreNotMovedForWeekendsOrBankHolidays() {
            CommentWindow christmas = deadlines.draftPlanComments(date(2027, 12, 20));
            assertThat(christmas.lastDay()).isEqualTo(date(2028, 1, 3));
            assertThat(christmas.finaliseFrom()).isEqualTo(date(2028, 1, 4));

            CommentWindow sentOnSaturday = deadlines.draftPlanComments(date(2027, 2, 6));
            assertThat(sentOnSaturday.opens()).isEqualTo(date(2027, 2, 6));
            assertThat(sentOnSaturday.lastDay()).isEqualTo(date(2027, 2, 20));
        }

        @Test
        void aLongerWindowIsASetting() {
            CommentWindow window = SettingsBuilder.defaults().commentWindowDays(20).deadlines()
                    .draftPlanComments(date(2027, 2, 1));
            assertThat(window.opens()).isEqualTo(date(2027, 2, 1));
            assertThat(window.lastDay()).isEqualTo(date(2027, 2, 20));
            assertThat(window.finaliseFrom()).isEqualTo(date(2027, 2, 21));
        }

        @Test
        void postalServiceDaysDelayTheStartOfTheWindow() {
            CommentWindow window = SettingsBuilder.defaults().postalServiceDays(2).deadlines()
                    .draftPlanComments(date(2027, 2, 1));
            assertThat(window.opens()).isEqualTo(date(2027, 2, 3));
            assertThat(window.lastDay()).isEqualTo(date(2027, 2, 17));
            assertThat(window.finaliseFrom()).isEqualTo(date(2027, 2, 18));
        }

        @Test
        void theLocalAuthorityMayGiveMoreDaysButNeverFewer() {
            StatutoryDeadlines byPost = SettingsBuilder.defaults().postalServiceDays(2).deadlines();
            CommentWindow longer = byPost.commentWindow(date(2027, 2, 1), 20);
            assertThat(longer.opens()).isEqualTo(date(2027, 2, 3));
            assertThat(longer.lastDay()).isEqualTo(date(2027, 2, 22));
            assertThat(longer.finaliseFrom()).isEqualTo(date(2027, 2, 23));
            assertThat(byPost.commentWindow(date(2027, 2, 1), 15)).isEqualTo(byPost.commentWindow(date(2027, 2, 1)));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> byPost.commentWindow(date(2027, 2, 1), 14));
        }
    }

    @Nested
    class D6_SchoolConsultation {

        @Test
        void aSchoolIsExpectedToAnswerFifteenDaysAfterItWasAsked() {
            assertThat(deadlines.schoolConsultationResponse(date(2027, 2, 1))).isEqualTo(date(2027, 2, 16));
            assertThat(deadlines.schoolConsultationResponse(date(2028, 2, 20))).isEqualTo(date(2028, 3, 6));
            assertThat(deadlines.schoolConsultationResponse(date(2027, 12, 20))).isEqualTo(date(2028, 1, 4));
        }

        @Test
        void theNumberOfDaysIsASetting() {
            StatutoryDeadlines tenDays = SettingsBuilder.defaults().schoolConsultationDays(10).deadlines();
            assertThat(tenDays.schoolConsultationResponse(date(2027, 2, 1))).isEqualTo(date(2027, 2, 11));
        }
    }

    @Nested
    class D7_FinalPlan {

        @ParameterizedTest(name = "received {0}: final plan by {1}")
        @CsvSource({
            "2027-01-04, 2027-05-24",
            // the leap day makes the deadline one day earlier in the calendar than the year before
            "2027-12-01, 2028-04-19",
            "2026-12-01, 2027-04-20",
        })
        void isTwentyCalendarWeeksAfterReceipt(LocalDate received, LocalDate expected) {
            assertThat(deadlines.finalPlan(received)).isEqualTo(expected);
        }
    }

    @Nested
    class D8_MediationAdvice {

        @ParameterizedTest(name = "notice {0}: contact a mediation adviser by {1}")
        @CsvSource({
            "2027-01-15, 2027-03-15",
            // 31 December plus two months is the end of February
            "2026-12-31, 2027-02-28",
            "2027-12-31, 2028-02-29",
            "2027-08-31, 2027-10-31",
            "2027-07-31, 2027-09-30",
        })
        void isTwoCalendarMonthsAfterTheNotice(LocalDate notice, LocalDate expected) {
            assertThat(deadlines.mediationAdviceBy(notice)).isEqualTo(expected);
        }
    }

    @Nested
    class D9_CertificateWithoutMediation {

        @ParameterizedTest(name = "adviser told {0}: certificate by {1}")
        @CsvSource({
            "2027-02-01, 2027-02-04",
            "2027-02-05, 2027-02-10",
            // told on a Saturday: Monday is the first of the three working days
            "2027-02-06, 2027-02-10",
            // over Good Friday and Easter Monday
            "2027-03-25, 2027-04-01",
            // over the Early May bank holiday
            "2027-04-30, 2027-05-06",
        })
        void isThreeWorkingDaysLater(LocalDate told, LocalDate expected) {
            assertThat(deadlines.certificateWithoutMediation(told)).isEqualTo(expected);
        }
    }

    @Nested
    class D10_NotifyCommissionersOfMediation {

        @ParameterizedTest(name = "LA told {0}: commissioners told by {1}")
        @CsvSource({
            "2027-02-01, 2027-02-04",
            // over the Christmas substitute days in 2027
            "2027-12-23, 2027-12-30",
            "2026-12-23, 2026-12-30",
        })
        void isThreeWorkingDaysLater(LocalDate told, LocalDate expected) {
            assertThat(deadlines.notifyCommissionersOfMediation(told)).isEqualTo(expected);
        }
    }

    @Nested
    class D11_MediationHeld {

        @ParameterizedTest(name = "LA told {0}: mediation held by {1}")
        @CsvSource({
            "2027-02-01, 2027-03-03",
            "2027-01-31, 2027-03-02",
            "2028-01-31, 2028-03-01",
            // calendar days: a Sunday is not moved
            "2027-01-08, 2027-02-07",
        })
        void isThirtyCalendarDaysLater(LocalDate told, LocalDate expected) {
            assertThat(deadlines.mediationHeld(told)).isEqualTo(expected);
        }

        @Test
        void aDelayCertificateIsDueThreeWorkingDaysAfterTheDelayNotice() {
            assertThat(deadlines.certificateAfterDelay(date(2027, 2, 1))).isEqualTo(date(2027, 2, 4));
            assertThat(deadlines.certificateAfterDelay(date(2027, 4, 30))).isEqualTo(date(2027, 5, 6));
            assertThat(deadlines.certificateAfterDelay(date(2027, 3, 26))).isEqualTo(date(2027, 4, 1));
        }
    }

    @Nested
    class D12_CertificateAfterMediation {

        @ParameterizedTest(name = "mediation ended {0}: certificate by {1}")
        @CsvSource({
            "2027-02-03, 2027-02-08",
            "2027-12-24, 2027-12-31",
            // over the New Year substitute day, Monday 3 January 2028
            "2027-12-29, 2028-01-04",
            // ended on a Sunday
            "2027-02-07, 2027-02-10",
        })
        void isThreeWorkingDaysLater(LocalDate concluded, LocalDate expected) {
            assertThat(deadlines.certificateAfterMediation(concluded)).isEqualTo(expected);
        }
    }

    @Nested
    class D13_MediationAgreement {

        @ParameterizedTest(name = "agreed {0}: other actions by {1}, commissioner tells LA by {2}")
        @CsvSource({
            "2027-02-01, 2027-02-15, 2027-02-08",
            "2028-02-18, 2028-03-03, 2028-02-25",
            "2027-02-18, 2027-03-04, 2027-02-25",
            "2027-12-24, 2028-01-07, 2027-12-31",
        })
        void isTwoWeeksForActionsAndOneWeekForTheCommissioner(LocalDate agreed, LocalDate actions, LocalDate commissioner) {
            MediationAgreementDates dates = deadlines.mediationAgreement(agreed);
            assertThat(dates.otherActionsBy()).isEqualTo(actions);
            assertThat(dates.commissionerTellsLaBy()).isEqualTo(commissioner);
        }
    }

    @Nested
    class D14_AppealDeadline {

        private LocalDate appealBy(LocalDate notice, LocalDate certificate) {
            return deadlines.appealBy(notice, Optional.ofNullable(certificate));
        }

        @ParameterizedTest(name = "notice {0}: appeal by {1}")
        @CsvSource({
            // an ordinary working day
            "2027-01-15, 2027-03-15",
            // a Sunday: the next working day
            "2027-01-14, 2027-03-15",
            // Good Friday: over Easter Monday to Tuesday
            "2027-01-26, 2027-03-30",
            // Early May bank holiday
            "2027-03-03, 2027-05-04",
            // 31 December plus two months: Sunday 28 February 2027, so Monday 1 March
            "2026-12-31, 2027-03-01",
            // and in a leap year Tuesday 29 February 2028, a working day
            "2027-12-31, 2028-02-29",
        })
        void isTwoMonthsAfterTheNoticeMovedOffNonWorkingDays(LocalDate notice, LocalDate expected) {
            assertThat(appealBy(notice, null)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "two months end {1}: appeal by {2}")
        @CsvSource({
            // ends on Christmas Day 2027 (a Saturday): Monday 3 January 2028 is the New Year substitute day
            "2027-10-25, 2027-12-25, 2028-01-04",
            // ends on Christmas Day 2028 (a Monday bank holiday); 1 January 2029 is a Monday bank holiday
            "2028-10-25, 2028-12-25, 2029-01-02",
            // ends on 31 December 2026, itself a working day: still moved past New Year
            "2026-10-31, 2026-12-31, 2027-01-04",
            // ends on New Year's Day 2027 (a Friday)
            "2026-11-01, 2027-01-01, 2027-01-04",
            // ends on Boxing Day 2025, a Friday
            "2025-10-26, 2025-12-26, 2026-01-02",
            // ends on 2 January, outside the break: the ordinary rule only
            "2026-11-02, 2027-01-02, 2027-01-04",
            "2028-11-02, 2029-01-02, 2029-01-02",
            // ends on Christmas Eve, a working day
            "2025-10-24, 2025-12-24, 2025-12-24",
        })
        void aDeadlineInTheChristmasBreakMovesPastNewYearAndOneJustOutsideItDoesNot(
                LocalDate notice, LocalDate twoMonths, LocalDate expected) {
            assertThat(notice.plusMonths(2)).isEqualTo(twoMonths);
            assertThat(appealBy(notice, null)).isEqualTo(expected);
        }

        @Test
        void aSundayChristmasEveMovesOnlyToTheNextWorkingDay() {
            assertThat(appealBy(date(2028, 10, 24), null)).isEqualTo(date(2028, 12, 27));
        }

        @ParameterizedTest(name = "two months end {1}: appeal by {2}")
        @CsvSource({
            "2027-06-15, 2027-08-15, 2027-09-01",
            "2027-06-01, 2027-08-01, 2027-09-01",
            // 30 August 2027 is the summer bank holiday; 1 September is a Wednesday
            "2027-06-30, 2027-08-30, 2027-09-01",
            // 1 September 2029 is a Saturday: Monday 3 September
            "2029-06-15, 2029-08-15, 2029-09-03",
            // 1 September 2024 was a Sunday: Monday 2 September
            "2024-06-30, 2024-08-30, 2024-09-02",
        })
        void aDeadlineInAugustMovesToTheFirstWorkingDayAfterThirtyFirstAugust(
                LocalDate notice, LocalDate twoMonths, LocalDate expected) {
            assertThat(notice.plusMonths(2)).isEqualTo(twoMonths);
            assertThat(appealBy(notice, null)).isEqualTo(expected);
        }

        @Test
        void aDeadlineOnASaturdayFirstSeptemberMovesToMonday() {
            assertThat(appealBy(date(2029, 7, 1), null)).isEqualTo(date(2029, 9, 3));
        }

        @Test
        void aDeadlineOnSaturdayThirtyFirstJulyMovesOnlyToTheNextWorkingDay() {
            assertThat(appealBy(date(2027, 5, 31), null)).isEqualTo(date(2027, 8, 2));
        }

        @ParameterizedTest(name = "notice {0}, certificate {1}: appeal by {2}")
        @CsvSource({
            // certificate plus one month (20 May) is later than notice plus two months (10 May)
            "2027-03-10, 2027-04-20, 2027-05-20",
            // certificate plus one month (1 May) is earlier: the two months stand
            "2027-03-10, 2027-04-01, 2027-05-10",
            // the same day either way
            "2027-03-10, 2027-04-10, 2027-05-10",
            // 31 January plus one month is Sunday 28 February 2027, so Monday 1 March
            "2026-12-01, 2027-01-31, 2027-03-01",
            // and Tuesday 29 February in 2028
            "2027-12-01, 2028-01-31, 2028-02-29",
            // the certificate date takes the deadline into August
            "2027-05-01, 2027-07-10, 2027-09-01",
            // the certificate date takes the deadline into the Christmas break
            "2027-10-01, 2027-11-30, 2028-01-04",
            // the certificate date takes the deadline out of August, to Sunday 5 September 2027
            "2027-06-15, 2027-08-05, 2027-09-06",
            // the certificate date takes the deadline past New Year
            "2027-10-30, 2027-12-05, 2028-01-05",
            // the certificate date lands on the summer bank holiday, 31 August 2026
            "2026-06-01, 2026-07-31, 2026-09-01",
        })
        void theLaterOfTwoMonthsAfterTheNoticeAndOneMonthAfterTheCertificate(
                LocalDate notice, LocalDate certificate, LocalDate expected) {
            assertThat(appealBy(notice, certificate)).isEqualTo(expected);
        }
    }

    @Nested
    class D15_AnnualReview {

        @ParameterizedTest(name = "plan or last review {0}: review decision by {1}")
        @CsvSource({
            "2027-03-14, 2028-03-14",
            "2027-01-31, 2028-01-31",
            // 29 February plus twelve months is 28 February
            "2028-02-29, 2029-02-28",
            // a Saturday is not moved
            "2027-03-11, 2028-03-11",
        })
        void isTwelveCalendarMonthsLater(LocalDate from, LocalDate expected) {
            assertThat(deadlines.annualReviewDecision(from)).isEqualTo(expected);
        }
    }

    @Nested
    class D16_UnderFiveReviews {

        @Test
        void aReviewIsConsideredThreeToSixMonthsAfterThePlan() {
            assertThat(deadlines.underFiveReview(date(2022, 10, 10), date(2026, 2, 1)))
                    .contains(new DateRange(date(2026, 5, 1), date(2026, 8, 1)));
        }

        @Test
        void aChildWhoTurnsFiveInsideTheRangeStillGetsTheWholeRange() {
            assertThat(deadlines.underFiveReview(date(2021, 6, 15), date(2026, 2, 1)))
                    .contains(new DateRange(date(2026, 5, 1), date(2026, 8, 1)));
        }

        @Test
        void aChildWhoTurnsFiveTheDayAfterTheRangeStartsGetsTheRange() {
            assertThat(deadlines.underFiveReview(date(2021, 5, 2), date(2026, 2, 1)))
                    .contains(new DateRange(date(2026, 5, 1), date(2026, 8, 1)));
        }

        @Test
        void aChildWhoTurnsFiveOnTheFirstDayOfTheRangeGetsNone() {
            assertThat(deadlines.underFiveReview(date(2021, 5, 1), date(2026, 2, 1))).isEmpty();
        }

        @Test
        void aChildAlreadyFiveGetsNone() {
            assertThat(deadlines.underFiveReview(date(2020, 1, 1), date(2026, 2, 1))).isEmpty();
        }

        @Test
        void monthEndsAreKeptToTheLastDayOfAShorterMonth() {
            assertThat(deadlines.underFiveReview(date(2024, 1, 1), date(2027, 11, 30)))
                    .contains(new DateRange(date(2028, 2, 29), date(2028, 5, 30)));
            assertThat(deadlines.underFiveReview(date(2024, 1, 1), date(2026, 8, 31)))
                    .contains(new DateRange(date(2026, 11, 30), date(2027, 2, 28)));
        }

        @Test
        void theMonthsAreSettings() {
            StatutoryDeadlines fourMonths = SettingsBuilder.defaults().underFiveReviewMonths(4, 4).deadlines();
            assertThat(fourMonths.underFiveReview(date(2024, 1, 1), date(2026, 2, 1)))
                    .contains(new DateRange(date(2026, 6, 1), date(2026, 6, 1)));
        }
    }

    @Nested
    class D17_ReviewNotice {

        @ParameterizedTest(name = "meeting {0}: invitations and advice by {1}")
        @CsvSource({
            "2028-03-10, 2028-02-25",
            "2028-03-01, 2028-02-16",
            "2027-03-01, 2027-02-15",
            "2028-01-05, 2027-12-22",
        })
        void isTwoWeeksBeforeTheMeeting(LocalDate meeting, LocalDate expected) {
            assertThat(deadlines.reviewNoticeBy(meeting)).isEqualTo(expected);
        }

        @Test
        void noticeOnTheLastDayIsEnoughAndADayLaterIsNot() {
            assertThat(deadlines.enoughReviewNotice(date(2027, 2, 14), date(2027, 3, 1))).isTrue();
            assertThat(deadlines.enoughReviewNotice(date(2027, 2, 15), date(2027, 3, 1))).isTrue();
            assertThat(deadlines.enoughReviewNotice(date(2027, 2, 16), date(2027, 3, 1))).isFalse();
        }
    }

    @Nested
    class D18_ReviewReport {

        @ParameterizedTest(name = "meeting {0}: report by {1}")
        @CsvSource({
            "2027-02-01, 2027-02-15",
            "2028-02-20, 2028-03-05",
            // calendar days: a bank holiday is not moved
            "2027-12-20, 2028-01-03",
        })
        void isTwoWeeksAfterTheMeeting(LocalDate meeting, LocalDate expected) {
            assertThat(deadlines.reviewReport(meeting)).isEqualTo(expected);
        }
    }

    @Nested
    class D19_ReviewDecision {

        @Test
        void isFourWeeksAfterTheMeeting() {
            assertThat(deadlines.reviewDecisionAfterMeeting(date(2027, 1, 10), date(2027, 6, 1)))
                    .isEqualTo(date(2027, 2, 7));
            assertThat(deadlines.reviewDecisionAfterMeeting(date(2028, 2, 10), date(2028, 12, 1)))
                    .isEqualTo(date(2028, 3, 9));
        }

        @Test
        void butNoLaterThanTheTwelveMonthDeadline() {
            assertThat(deadlines.reviewDecisionAfterMeeting(date(2027, 5, 20), date(2027, 5, 31)))
                    .isEqualTo(date(2027, 5, 31));
        }

        @Test
        void whenBothFallOnTheSameDayThatDayIsTheDeadline() {
            assertThat(deadlines.reviewDecisionAfterMeeting(date(2027, 5, 3), date(2027, 5, 31)))
                    .isEqualTo(date(2027, 5, 31));
        }
    }

    @Nested
    class D20_Amendment {

        @Test
        void commentsForFifteenDaysAndTheFinalPlanWithinEightWeeks() {
            AmendmentDates dates = deadlines.amendment(date(2027, 2, 1));
            assertThat(dates.comments().opens()).isEqualTo(date(2027, 2, 1));
            assertThat(dates.comments().lastDay()).isEqualTo(date(2027, 2, 15));
            assertThat(dates.comments().finaliseFrom()).isEqualTo(date(2027, 2, 16));
            assertThat(dates.finalPlanBy()).isEqualTo(date(2027, 3, 29));
            assertThat(dates.decisionNotToAmendBy()).isEqualTo(date(2027, 3, 29));
        }

        @Test
        void inALeapYearTheEightWeeksIncludeTwentyNinthFebruary() {
            AmendmentDates dates = deadlines.amendment(date(2028, 2, 1));
            assertThat(dates.finalPlanBy()).isEqualTo(date(2028, 3, 28));
            AmendmentDates lateFebruary = deadlines.amendment(date(2028, 2, 15));
            assertThat(lateFebruary.comments().lastDay()).isEqualTo(date(2028, 2, 29));
            assertThat(lateFebruary.comments().finaliseFrom()).isEqualTo(date(2028, 3, 1));
        }

        @Test
        void anAmendmentSentOnTheLastDayAfterAReviewEndsTwelveWeeksAfterTheMeeting() {
            LocalDate meeting = date(2027, 1, 10);
            LocalDate notice = deadlines.reviewDecisionAfterMeeting(meeting, date(2027, 12, 31));
            assertThat(notice).isEqualTo(date(2027, 2, 7));
            assertThat(deadlines.amendment(notice).finalPlanBy()).isEqualTo(date(2027, 4, 4));
        }

        @Test
        void theDecisionNotToAmendLimitIsASetting() {
            AmendmentDates dates = SettingsBuilder.defaults().decisionNotToAmendWeeks(6).deadlines()
                    .amendment(date(2027, 2, 1));
            assertThat(dates.decisionNotToAmendBy()).isEqualTo(date(2027, 3, 15));
            assertThat(dates.finalPlanBy()).isEqualTo(date(2027, 3, 29));
        }
    }

    @Nested
    class D21_PhaseTransfer {

        @Test
        void otherTransfersEndBefore15FebruaryAndTheSafeDayIsTheDayBefore() {
            PhaseTransferDates dates = deadlines.phaseTransfer(2027, TransferKind.OTHER);
            assertThat(dates.legalLimit()).isEqualTo(date(2027, 2, 15));
            assertThat(dates.lastDay()).isEqualTo(date(2027, 2, 14));
        }

        @Test
        void secondaryToPost16EndsBefore31March() {
            PhaseTransferDates dates = deadlines.phaseTransfer(2027, TransferKind.SECONDARY_TO_POST_16);
            assertThat(dates.legalLimit()).isEqualTo(date(2027, 3, 31));
            assertThat(dates.lastDay()).isEqualTo(date(2027, 3, 30));
        }

        @Test
        void aLeapYearDoesNotChangeTheDates() {
            assertThat(deadlines.phaseTransfer(2028, TransferKind.OTHER).lastDay()).isEqualTo(date(2028, 2, 14));
            assertThat(deadlines.phaseTransfer(2028, TransferKind.SECONDARY_TO_POST_16).lastDay())
                    .isEqualTo(date(2028, 3, 30));
        }

        @Test
        void readingBeforeAsByMakesTheLimitItselfTheLastDay() {
            StatutoryDeadlines by = SettingsBuilder.defaults().phaseTransferDayBefore(false).deadlines();
            assertThat(by.phaseTransfer(2027, TransferKind.OTHER))
                    .isEqualTo(new PhaseTransferDates(date(2027, 2, 15), date(2027, 2, 15)));
            assertThat(by.phaseTransfer(2027, TransferKind.SECONDARY_TO_POST_16))
                    .isEqualTo(new PhaseTransferDates(date(2027, 3, 31), date(2027, 3, 31)));
        }
    }

    @Nested
    class D22_Post16Move {

        @ParameterizedTest(name = "move {0}: review and amend by {1}")
        @CsvSource({
            "2027-09-01, 2027-04-01",
            "2027-08-31, 2027-03-31",
            // five months before 31 July is the end of February
            "2027-07-31, 2027-02-28",
            "2028-07-31, 2028-02-29",
            "2028-01-15, 2027-08-15",
        })
        void isFiveCalendarMonthsBeforeTheMove(LocalDate move, LocalDate expected) {
            assertThat(deadlines.post16Move(move)).isEqualTo(expected);
        }
    }

    @Nested
    class D23_Reassessment {

        @Test
        void theDecisionIsDueFifteenDaysAfterTheRequest() {
            assertThat(deadlines.reassessmentDecision(date(2027, 2, 20))).isEqualTo(date(2027, 3, 7));
            assertThat(deadlines.reassessmentDecision(date(2028, 2, 20))).isEqualTo(date(2028, 3, 6));
        }

        @Test
        void theNumberOfDaysIsASetting() {
            StatutoryDeadlines tenDays = SettingsBuilder.defaults().reassessmentDecisionDays(10).deadlines();
            assertThat(tenDays.reassessmentDecision(date(2027, 2, 20))).isEqualTo(date(2027, 3, 2));
        }

        @Test
        void mayRefuseWhenTheLastAssessmentWasLessThanSixMonthsBefore() {
            assertThat(deadlines.mayRefuseReassessment(date(2027, 1, 10), date(2027, 7, 9))).isTrue();
            assertThat(deadlines.mayRefuseReassessment(date(2027, 1, 10), date(2027, 7, 10))).isFalse();
            assertThat(deadlines.mayRefuseReassessment(date(2027, 1, 10), date(2028, 1, 10))).isFalse();
        }

        @Test
        void sixMonthsAfterThirtyFirstAugustEndsOnTheLastDayOfFebruary() {
            assertThat(deadlines.mayRefuseReassessment(date(2026, 8, 31), date(2027, 2, 27))).isTrue();
            assertThat(deadlines.mayRefuseReassessment(date(2026, 8, 31), date(2027, 2, 28))).isFalse();
            assertThat(deadlines.mayRefuseReassessment(date(2027, 8, 31), date(2028, 2, 28))).isTrue();
            assertThat(deadlines.mayRefuseReassessment(date(2027, 8, 31), date(2028, 2, 29))).isFalse();
        }

        @Test
        void theRefusalPeriodIsASetting() {
            StatutoryDeadlines twelveMonths = SettingsBuilder.defaults().reassessmentRefusalMonths(12).deadlines();
            assertThat(twelveMonths.mayRefuseReassessment(date(2027, 1, 10), date(2027, 7, 10))).isTrue();
            assertThat(twelveMonths.mayRefuseReassessment(date(2027, 1, 10), date(2028, 1, 10))).isFalse();
        }
    }

    @Nested
    class D24_ReassessmentFinalPlan {

        @ParameterizedTest(name = "decision {0}: final plan by {1}")
        @CsvSource({
            "2027-02-01, 2027-05-10",
            "2027-12-01, 2028-03-08",
            "2026-12-01, 2027-03-09",
        })
        void isFourteenCalendarWeeksAfterTheDecision(LocalDate decision, LocalDate expected) {
            assertThat(deadlines.reassessmentFinalPlan(decision)).isEqualTo(expected);
        }
    }

    @Nested
    class D25_PlanTransfer {

        @ParameterizedTest(name = "move {0}, old LA aware {1}: transfer by {2}")
        @CsvSource({
            // aware long before: on the day of the move
            "2027-04-01, 2027-02-01, 2027-04-01",
            // aware exactly 15 working days before a Monday move: on the day of the move
            "2027-02-22, 2027-02-01, 2027-02-22",
            // aware on Monday 1 February; moving on Saturday 20 February leaves 15 working days
            // (1 to 19 February) before the move: on the day of the move
            "2027-02-20, 2027-02-01, 2027-02-20",
            // aware one working day later: the 15th working day counting 2 February, Monday 22 February
            "2027-02-20, 2027-02-02, 2027-02-22",
            // aware only days before: the 15th working day counting the day of awareness
            "2027-02-15, 2027-02-10, 2027-03-02",
            // aware on a Saturday: Monday is day 1
            "2027-02-15, 2027-02-13, 2027-03-05",
            // aware after the family already moved
            "2027-02-20, 2027-03-01, 2027-03-19",
            // aware on the day of the move
            "2027-02-01, 2027-02-01, 2027-02-19",
        })
        void transfersOnTheMoveOrByTheFifteenthWorkingDay(LocalDate move, LocalDate aware, LocalDate expected) {
            assertThat(deadlines.planTransfer(move, aware)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "move {0}, old LA aware {1}: transfer by {2}")
        @CsvSource({
            // Good Friday and Easter Monday are not counted: 15 working days from Thursday 25 March
            // end on Friday 16 April, before a Monday 19 April move
            "2027-04-19, 2027-03-25, 2027-04-19",
            // aware on Good Friday: day 1 is Tuesday 30 March, day 15 is Monday 19 April, the day of the move
            "2027-04-19, 2027-03-26, 2027-04-19",
            // aware Wednesday 31 March: day 15 is Tuesday 20 April, the day after the move
            "2027-04-19, 2027-03-31, 2027-04-20",
            // aware Monday 22 March, moving 1 April: day 15 is Tuesday 13 April
            "2027-04-01, 2027-03-22, 2027-04-13",
        })
        void bankHolidaysAreNotWorkingDays(LocalDate move, LocalDate aware, LocalDate expected) {
            assertThat(deadlines.planTransfer(move, aware)).isEqualTo(expected);
        }
    }

    @Nested
    class D26_AfterTransfer {

        @Test
        void theFamilyIsToldWithinSixWeeksAndTheReviewIsByTheLaterDate() {
            TransferDates dates = deadlines.afterTransfer(date(2027, 1, 31), date(2026, 6, 1));
            assertThat(dates.tellFamilyBy()).isEqualTo(date(2027, 3, 14));
            assertThat(dates.reviewBy()).isEqualTo(date(2027, 6, 1));
        }

        @Test
        void threeMonthsFromTransferWinsWhenTheTwelveMonthsAreAlmostUp() {
            TransferDates dates = deadlines.afterTransfer(date(2027, 11, 30), date(2026, 12, 15));
            assertThat(dates.tellFamilyBy()).isEqualTo(date(2028, 1, 11));
            assertThat(dates.reviewBy()).isEqualTo(date(2028, 2, 29));
        }

        @Test
        void threeMonthsFromThirtyFirstJanuaryIsThirtiethApril() {
            TransferDates dates = deadlines.afterTransfer(date(2027, 1, 31), date(2026, 3, 1));
            assertThat(dates.reviewBy()).isEqualTo(date(2027, 4, 30));
        }
    }

    @Nested
    class D27_CommissionerChange {

        @ParameterizedTest(name = "move {0}, old commissioner knew {1}: new one told by {2}")
        @CsvSource({
            "2027-04-01, 2027-02-01, 2027-04-01",
            "2027-02-22, 2027-02-01, 2027-02-22",
            "2027-02-20, 2027-02-01, 2027-02-20",
            "2027-02-15, 2027-02-10, 2027-03-02",
            "2027-04-19, 2027-03-25, 2027-04-19",
            "2027-04-01, 2027-03-22, 2027-04-13",
            "2027-04-19, 2027-03-31, 2027-04-20",
        })
        void isTheMoveDayOrTheFifteenthWorkingDay(LocalDate move, LocalDate known, LocalDate expected) {
            assertThat(deadlines.commissionerChange(move, known)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "notified {0}: request to the LA by {1}")
        @CsvSource({
            "2027-02-01, 2027-02-19",
            "2027-03-22, 2027-04-13",
            // notified on Saturday 27 March 2027: day 1 is Tuesday 30 March after Easter Monday
            "2027-03-27, 2027-04-19",
        })
        void theNewCommissionerAsksTheLaWithinFifteenWorkingDays(LocalDate notified, LocalDate expected) {
            assertThat(deadlines.newCommissionerRequest(notified)).isEqualTo(expected);
        }

        @Test
        void theNumberOfWorkingDaysIsASetting() {
            StatutoryDeadlines tenDays = SettingsBuilder.defaults().commissionerChangeWorkingDays(10).deadlines();
            assertThat(tenDays.commissionerChange(date(2027, 2, 15), date(2027, 2, 10))).isEqualTo(date(2027, 2, 23));
            assertThat(tenDays.commissionerChange(date(2027, 2, 15), date(2027, 2, 1))).isEqualTo(date(2027, 2, 15));
            assertThat(tenDays.newCommissionerRequest(date(2027, 2, 10))).isEqualTo(date(2027, 2, 23));
        }
    }

    @Nested
    class D28_MaintainedUntil {

        @Test
        void withoutAnAppealThePlanIsKeptUntilTheAppealDeadline() {
            assertThat(deadlines.maintainedUntil(date(2027, 1, 15), Optional.empty(), false))
                    .contains(date(2027, 3, 15));
        }

        @Test
        void theAppealDeadlineIncludesTheChristmasRuleAndTheCertificate() {
            assertThat(deadlines.maintainedUntil(date(2027, 10, 25), Optional.empty(), false))
                    .contains(date(2028, 1, 4));
            assertThat(deadlines.maintainedUntil(date(2027, 3, 10), Optional.of(date(2027, 4, 20)), false))
                    .contains(date(2027, 5, 20));
        }

        @Test
        void whileAnAppealIsWaitingThereIsNoEndDate() {
            assertThat(deadlines.maintainedUntil(date(2027, 1, 15), Optional.empty(), true)).isEmpty();
            assertThat(deadlines.maintainedUntil(date(2027, 1, 15), Optional.of(date(2027, 2, 1)), true)).isEmpty();
        }
    }

    @Nested
    class D29_TribunalOrders {

        @Test
        void anOrderToAssessGivesTwoTenAndFourteenWeeks() {
            assertThat(deadlines.tribunalOrder(date(2027, 2, 1), OrderKind.ASSESS_OR_REASSESS)).containsOnly(
                    entry(OrderStep.NOTIFY, date(2027, 2, 15)),
                    entry(OrderStep.DECISION_NOT_TO_ISSUE, date(2027, 4, 12)),
                    entry(OrderStep.FINAL_PLAN, date(2027, 5, 10)));
        }

        @Test
        void anOrderToMakeAndMaintainGivesFiveAndElevenWeeks() {
            assertThat(deadlines.tribunalOrder(date(2027, 2, 1), OrderKind.MAKE_AND_MAINTAIN)).containsOnly(
                    entry(OrderStep.DRAFT_PLAN, date(2027, 3, 8)),
                    entry(OrderStep.FINAL_PLAN, date(2027, 4, 19)));
        }

        @Test
        void anOrderToAmendGivesFiveWeeksAndNamingASchoolTwo() {
            assertThat(deadlines.tribunalOrder(date(2027, 2, 1), OrderKind.AMEND_CONTENTS))
                    .containsOnly(entry(OrderStep.AMENDED_PLAN, date(2027, 3, 8)));
            assertThat(deadlines.tribunalOrder(date(2027, 2, 1), OrderKind.SCHOOL_NAME_ONLY))
                    .containsOnly(entry(OrderStep.AMENDED_PLAN, date(2027, 2, 15)));
        }

        @Test
        void aDismissedCeaseAppealMeansCeasingAtOnce() {
            assertThat(deadlines.tribunalOrder(date(2027, 2, 1), OrderKind.CEASE_DISMISSED))
                    .containsOnly(entry(OrderStep.CEASE, date(2027, 2, 1)));
        }

        @Test
        void twoWeeksFromFifteenthFebruaryInALeapYearIsTwentyNinthFebruary() {
            assertThat(deadlines.tribunalOrder(date(2028, 2, 15), OrderKind.SCHOOL_NAME_ONLY))
                    .containsOnly(entry(OrderStep.AMENDED_PLAN, date(2028, 2, 29)));
        }

        @Test
        void theAmendAndSchoolNameWeeksAreSettings() {
            StatutoryDeadlines changed = SettingsBuilder.defaults().amendContentsOrderWeeks(6).schoolNameOrderWeeks(3)
                    .deadlines();
            assertThat(changed.tribunalOrder(date(2027, 2, 1), OrderKind.AMEND_CONTENTS))
                    .containsOnly(entry(OrderStep.AMENDED_PLAN, date(2027, 3, 15)));
            assertThat(changed.tribunalOrder(date(2027, 2, 1), OrderKind.SCHOOL_NAME_ONLY))
                    .containsOnly(entry(OrderStep.AMENDED_PLAN, date(2027, 2, 22)));
        }
    }

    @Nested
    class D30_UnopposedAppeals {

        @Test
        void anUnopposedAssessmentAppealGivesTwoTenAndFourteenWeeks() {
            assertThat(deadlines.unopposedAppeal(date(2027, 2, 1), UnopposedKind.ASSESSMENT)).containsOnly(
                    entry(OrderStep.NOTIFY, date(2027, 2, 15)),
                    entry(OrderStep.DECISION_NOT_TO_ISSUE, date(2027, 4, 12)),
                    entry(OrderStep.FINAL_PLAN, date(2027, 5, 10)));
        }

        @Test
        void anUnopposedContentsOrCeaseAppealGivesFiveWeeks() {
            assertThat(deadlines.unopposedAppeal(date(2027, 2, 1), UnopposedKind.CONTENTS_OR_CEASE))
                    .containsOnly(entry(OrderStep.AMENDED_PLAN, date(2027, 3, 8)));
            assertThat(deadlines.unopposedAppeal(date(2027, 12, 20), UnopposedKind.CONTENTS_OR_CEASE))
                    .containsOnly(entry(OrderStep.AMENDED_PLAN, date(2028, 1, 24)));
        }
    }

    @Nested
    class D31_Recommendations {

        @Test
        void reasonsAreDueFiveWeeksAfterTheRecommendation() {
            assertThat(deadlines.recommendationResponse(date(2027, 2, 1))).isEqualTo(date(2027, 3, 8));
            assertThat(deadlines.recommendationResponse(date(2028, 2, 1))).isEqualTo(date(2028, 3, 7));
        }

        @Test
        void theWeeksAreASetting() {
            StatutoryDeadlines fourWeeks = SettingsBuilder.defaults().recommendationResponseWeeks(4).deadlines();
            assertThat(fourWeeks.recommendationResponse(date(2027, 2, 1))).isEqualTo(date(2027, 3, 1));
        }
    }

    @Nested
    class D32_SpecialSchoolStay {

        @ParameterizedTest(name = "notice {0}: may stay until {1}")
        @CsvSource({
            "2027-02-01, 2027-02-15",
            // over Good Friday and Easter Monday
            "2027-03-19, 2027-04-06",
            // over the Christmas substitute days and the New Year substitute day
            "2027-12-20, 2028-01-06",
        })
        void isTenSchoolDaysAfterTheNotice(LocalDate notice, LocalDate expected) {
            assertThat(deadlines.specialSchoolStayUntil(notice)).isEqualTo(expected);
        }
    }

    @Nested
    class D33_YoungPerson {

        @ParameterizedTest(name = "born {0}: young person from {1}, parental responsibility ends {2}, plan may run to {3}")
        @CsvSource({
            // the youngest in the school year: a young person at 15, the day after Friday 26 June 2026
            "2010-08-31, 2026-06-27, 2028-08-31, 2035-08-31",
            // the oldest in the next school year: the day after Friday 25 June 2027
            "2010-09-01, 2027-06-26, 2028-09-01, 2036-08-31",
            // 16th birthday on the last Friday in June itself
            "2010-06-26, 2026-06-27, 2028-06-26, 2035-08-31",
            // 16th birthday the day after the last Friday in June
            "2010-06-27, 2026-06-27, 2028-06-27, 2035-08-31",
            // 30 June 2028 is itself a Friday
            "2012-06-30, 2028-07-01, 2030-06-30, 2037-08-31",
            // born 1 July: still 15 when compulsory school age ends on 30 June
            "2012-07-01, 2028-07-01, 2030-07-01, 2037-08-31",
            // a winter birthday belongs to the school year ending the following summer
            "2011-12-31, 2028-07-01, 2029-12-31, 2037-08-31",
            // born on 29 February: later birthdays in ordinary years are taken as 28 February
            "2012-02-29, 2028-07-01, 2030-02-28, 2037-08-31",
        })
        void followsTheSchoolYearOfTheSixteenthAndTwentyFifthBirthdays(
                LocalDate born, LocalDate youngPerson, LocalDate parentalResponsibilityEnds, LocalDate planMayRunUntil) {
            assertThat(deadlines.youngPerson(born))
                    .isEqualTo(new YoungPersonDates(youngPerson, parentalResponsibilityEnds, planMayRunUntil));
        }

        @Test
        void aTwentyFifthBirthdayOnThirtyFirstAugustEndsThePlanThatDay() {
            assertThat(deadlines.youngPerson(date(2001, 8, 31)).planMayRunUntil()).isEqualTo(date(2026, 8, 31));
            assertThat(deadlines.youngPerson(date(2001, 9, 1)).planMayRunUntil()).isEqualTo(date(2027, 8, 31));
        }

        @Test
        void theAcademicYearEndIsASetting() {
            StatutoryDeadlines july = SettingsBuilder.defaults().academicYearEnd(MonthDay.of(7, 31)).deadlines();
            assertThat(july.youngPerson(date(2010, 8, 15)).planMayRunUntil()).isEqualTo(date(2036, 7, 31));
            assertThat(july.youngPerson(date(2010, 7, 31)).planMayRunUntil()).isEqualTo(date(2035, 7, 31));
        }
    }

    @Nested
    class D34_YearNine {

        @ParameterizedTest(name = "born {0}: year 9 starts {1}")
        @CsvSource({
            // turns 14 on 31 August 2027, the last day of the school year 2026 to 2027
            "2013-08-31, 2026-09-01",
            // turns 14 on 1 September 2027, the first day of the school year 2027 to 2028
            "2013-09-01, 2027-09-01",
            "2013-01-01, 2026-09-01",
            "2012-12-31, 2026-09-01",
            "2013-06-15, 2026-09-01",
            // turns 14 on 28 February 2026
            "2012-02-29, 2025-09-01",
        })
        void isTheFirstSeptemberOfTheSchoolYearInWhichTheChildTurnsFourteen(LocalDate born, LocalDate expected) {
            assertThat(deadlines.yearNineStarts(born)).isEqualTo(expected);
        }

        @Test
        void preparingForAdulthoodStartsOnTheFirstDayOfYearNine() {
            assertThat(deadlines.preparingForAdulthood(date(2013, 8, 31), date(2026, 8, 31))).isFalse();
            assertThat(deadlines.preparingForAdulthood(date(2013, 8, 31), date(2026, 9, 1))).isTrue();
            assertThat(deadlines.preparingForAdulthood(date(2013, 9, 1), date(2027, 8, 31))).isFalse();
            assertThat(deadlines.preparingForAdulthood(date(2013, 9, 1), date(2027, 9, 1))).isTrue();
            assertThat(deadlines.preparingForAdulthood(date(2013, 9, 1), date(2030, 1, 1))).isTrue();
        }
    }

    @Nested
    class D35_Retention {

        @ParameterizedTest(name = "born {0}: destroy after {1}")
        @CsvSource({
            "2010-08-31, 2041-08-31",
            "2010-09-01, 2041-09-01",
            // born on 29 February: 2043 is not a leap year
            "2012-02-29, 2043-02-28",
            // 28 February stays 28 February when the later year is a leap year
            "2013-02-28, 2044-02-28",
        })
        void isThirtyOneYearsAfterTheDateOfBirth(LocalDate born, LocalDate expected) {
            assertThat(deadlines.destroyAfter(born)).isEqualTo(expected);
        }

        @Test
        void theRetentionPeriodIsASetting() {
            StatutoryDeadlines twentyFive = SettingsBuilder.defaults().retentionYears(25).deadlines();
            assertThat(twentyFive.destroyAfter(date(2010, 8, 31))).isEqualTo(date(2035, 8, 31));
        }
    }
}
