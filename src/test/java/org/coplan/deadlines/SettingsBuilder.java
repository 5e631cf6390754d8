package org.coplan.deadlines;

import java.time.LocalTime;
import java.time.MonthDay;

/** The documented defaults with one or more settings changed, for tests of the settings. */
final class SettingsBuilder {

    private String region;
    private int commentWindowDays;
    private int postalServiceDays;
    private boolean phaseTransferDayBefore;
    private int decisionNotToAmendWeeks;
    private int reassessmentDecisionDays;
    private int reassessmentRefusalMonths;
    private int schoolConsultationDays;
    private int amendContentsOrderWeeks;
    private int schoolNameOrderWeeks;
    private int recommendationResponseWeeks;
    private int commissionerChangeWorkingDays;
    private MonthDay academicYearEnd;
    private int retentionYears;
    private LocalTime receiptCutOff;
    private int earliestUnderFiveReviewMonths;
    private int latestUnderFiveReviewMonths;
    private MonthDay closedFrom;
    private MonthDay closedUntil;

    private SettingsBuilder(DeadlineSettings from) {
        region = from.region();
        commentWindowDays = from.commentWindowDays();
        postalServiceDays = from.postalServiceDays();
        phaseTransferDayBefore = from.phaseTransferDayBefore();
        decisionNotToAmendWeeks = from.decisionNotToAmendWeeks();
        reassessmentDecisionDays = from.reassessmentDecisionDays();
        reassessmentRefusalMonths = from.reassessmentRefusalMonths();
        schoolConsultationDays = from.schoolConsultationDays();
        amendContentsOrderWeeks = from.amendContentsOrderWeeks();
        schoolNameOrderWeeks = from.schoolNameOrderWeeks();
        recommendationResponseWeeks = from.recommendationResponseWeeks();
        commissionerChangeWorkingDays = from.commissionerChangeWorkingDays();
        academicYearEnd = from.academicYearEnd();
        retentionYears = from.retentionYears();
        receiptCutOff = from.receiptCutOff();
        earliestUnderFiveReviewMonths = from.earliestUnderFiveReviewMonths();
        latestUnderFiveReviewMonths = from.latestUnderFiveReviewMonths();
        closedFrom = from.closedFrom();
        closedUntil = from.closedUntil();
    }

    static SettingsBuilder defaults() {
        return new SettingsBuilder(DeadlineSettings.defaults());
    }

    SettingsBuilder region(String value) {
        region = value;
        return this;
    }

    SettingsBuilder commentWindowDays(int value) {
        commentWindowDays = value;
        return this;
    }

    SettingsBuilder postalServiceDays(int value) {
        postalServiceDays = value;
        return this;
    }

    SettingsBuilder phaseTransferDayBefore(boolean value) {
        phaseTransferDayBefore = value;
        return this;
    }

    SettingsBuilder decisionNotToAmendWeeks(int value) {
        decisionNotToAmendWeeks = value;
        return this;
    }

    SettingsBuilder reassessmentDecisionDays(int value) {
        reassessmentDecisionDays = value;
        return this;
    }

    SettingsBuilder reassessmentRefusalMonths(int value) {
        reassessmentRefusalMonths = value;
        return this;
    }

    SettingsBuilder schoolConsultationDays(int value) {
        schoolConsultationDays = value;
        return this;
    }

    SettingsBuilder amendContentsOrderWeeks(int value) {
        amendContentsOrderWeeks = value;
        return this;
    }

    SettingsBuilder schoolNameOrderWeeks(int value) {
        schoolNameOrderWeeks = value;
        return this;
    }

    SettingsBuilder recommendationResponseWeeks(int value) {
        recommendationResponseWeeks = value;
        return this;
    }

    SettingsBuilder commissionerChangeWorkingDays(int value) {
        commissionerChangeWorkingDays = value;
        return this;
    }

    SettingsBuilder academicYearEnd(MonthDay value) {
        academicYearEnd = value;
        return this;
    }

    SettingsBuilder retentionYears(int value) {
        retentionYears = value;
        return this;
    }

    SettingsBuilder receiptCutOff(LocalTime value) {
        receiptCutOff = value;
        return this;
    }

    SettingsBuilder underFiveReviewMonths(int earliest, int latest) {
        earliestUnderFiveReviewMonths = earliest;
        latestUnderFiveReviewMonths = latest;
        return this;
    }

    SettingsBuilder closedPeriod(MonthDay from, MonthDay until) {
        closedFrom = from;
        closedUntil = until;
        return this;
    }

    DeadlineSettings build() {
        return new DeadlineSettings(region, commentWindowDays, postalServiceDays, phaseTransferDayBefore,
                decisionNotToAmendWeeks, reassessmentDecisionDays, reassessmentRefusalMonths, schoolConsultationDays,
                amendContentsOrderWeeks, schoolNameOrderWeeks, recommendationResponseWeeks,
                commissionerChangeWorkingDays, academicYearEnd, retentionYears, receiptCutOff,
                earliestUnderFiveReviewMonths, latestUnderFiveReviewMonths, closedFrom, closedUntil);
    }

    StatutoryDeadlines deadlines() {
        DeadlineSettings settings = build();
        return new StatutoryDeadlines(new WorkingDays(settings.region()), settings);
    }
}
