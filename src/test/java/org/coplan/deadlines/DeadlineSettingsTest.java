package org.coplan.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** Settings for the points ehc-process.md section 12 leaves UNCONFIRMED. */
class DeadlineSettingsTest {

    @Test
    void defaultsAreTheOnesDocumentedInTheSpecification() {
        DeadlineSettings defaults = DeadlineSettings.defaults();
        assertThat(defaults.region()).isEqualTo("eng");
        assertThat(defaults.commentWindowDays()).isEqualTo(15);
        assertThat(defaults.postalServiceDays()).isZero();
        assertThat(defaults.phaseTransferDayBefore()).isTrue();
        assertThat(defaults.decisionNotToAmendWeeks()).isEqualTo(8);
        assertThat(defaults.reassessmentDecisionDays()).isEqualTo(15);
        assertThat(defaults.reassessmentRefusalMonths()).isEqualTo(6);
        assertThat(defaults.schoolConsultationDays()).isEqualTo(15);
        assertThat(defaults.amendContentsOrderWeeks()).isEqualTo(5);
        assertThat(defaults.schoolNameOrderWeeks()).isEqualTo(2);
        assertThat(defaults.recommendationResponseWeeks()).isEqualTo(5);
        assertThat(defaults.commissionerChangeWorkingDays()).isEqualTo(15);
        assertThat(defaults.academicYearEnd()).isEqualTo(MonthDay.of(8, 31));
        assertThat(defaults.retentionYears()).isEqualTo(31);
        assertThat(defaults.receiptCutOff()).isEqualTo(LocalTime.of(17, 0));
        assertThat(defaults.earliestUnderFiveReviewMonths()).isEqualTo(3);
        assertThat(defaults.latestUnderFiveReviewMonths()).isEqualTo(6);
        assertThat(defaults.closedFrom()).isEqualTo(MonthDay.of(12, 24));
        assertThat(defaults.closedUntil()).isEqualTo(MonthDay.of(1, 1));
    }

    @Test
    void theClosedPeriodRunsOverTheNewYearWithBothEndsIncluded() {
        DeadlineSettings defaults = DeadlineSettings.defaults();
        assertThat(defaults.inClosedPeriod(LocalDate.of(2026, 12, 23))).isFalse();
        assertThat(defaults.inClosedPeriod(LocalDate.of(2026, 12, 24))).isTrue();
        assertThat(defaults.inClosedPeriod(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(defaults.inClosedPeriod(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(defaults.inClosedPeriod(LocalDate.of(2027, 1, 2))).isFalse();
        assertThat(defaults.inClosedPeriod(LocalDate.of(2027, 6, 15))).isFalse();
    }

    @Test
    void aClosedPeriodInsideOneYearIsAccepted() {
        DeadlineSettings settings = SettingsBuilder.defaults().closedPeriod(MonthDay.of(12, 25), MonthDay.of(12, 31)).build();
        assertThat(settings.inClosedPeriod(LocalDate.of(2026, 12, 24))).isFalse();
        assertThat(settings.inClosedPeriod(LocalDate.of(2026, 12, 28))).isTrue();
        assertThat(settings.inClosedPeriod(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void aClosedPeriodLongerThanThirtyOneDaysIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SettingsBuilder.defaults().closedPeriod(MonthDay.of(12, 1), MonthDay.of(1, 6)).build())
                .withMessageContaining("31");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SettingsBuilder.defaults().closedPeriod(MonthDay.of(1, 2), MonthDay.of(1, 1)).build());
        assertThat(SettingsBuilder.defaults().closedPeriod(MonthDay.of(12, 2), MonthDay.of(1, 1)).build().closedFrom())
                .isEqualTo(MonthDay.of(12, 2));
    }

    @Test
    void aCommentWindowShorterThanFifteenDaysIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SettingsBuilder.defaults().commentWindowDays(14).build())
                .withMessageContaining("15");
        assertThatIllegalArgumentException().isThrownBy(() -> SettingsBuilder.defaults().commentWindowDays(0).build());
    }

    @Test
    void aCommentWindowOfFifteenDaysOrMoreIsAccepted() {
        assertThat(SettingsBuilder.defaults().commentWindowDays(15).build().commentWindowDays()).isEqualTo(15);
        assertThat(SettingsBuilder.defaults().commentWindowDays(21).build().commentWindowDays()).isEqualTo(21);
    }

    @Test
    void theEarliestUnderFiveReviewMustNotComeAfterTheLatest() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SettingsBuilder.defaults().underFiveReviewMonths(7, 6).build());
        assertThat(SettingsBuilder.defaults().underFiveReviewMonths(4, 4).build().earliestUnderFiveReviewMonths())
                .isEqualTo(4);
    }

    @Test
    void withDefaultsUsesTheDefaultSettingsAndTheEnglishCalendar() {
        StatutoryDeadlines deadlines = StatutoryDeadlines.withDefaults();
        assertThat(deadlines.settings()).isEqualTo(DeadlineSettings.defaults());
        assertThat(deadlines.workingDays().isWorkingDay(LocalDate.of(2027, 3, 29))).isFalse();
    }
}
