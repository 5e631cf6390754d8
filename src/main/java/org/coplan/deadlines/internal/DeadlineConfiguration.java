package org.coplan.deadlines.internal;

import java.time.LocalTime;
import java.time.MonthDay;
import org.coplan.deadlines.DeadlineSettings;
import org.coplan.deadlines.StatutoryDeadlines;
import org.coplan.deadlines.WorkingDays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The deadline settings, from {@code coplan.deadlines.*}; anything not set keeps the default
 * documented in ehc-process.md (see {@link DeadlineSettings}). The comment window length is
 * {@code coplan.deadlines.comment-window-days}; the older name
 * {@code coplan.plans.comment-window-days} is still read when the new one is not set. The
 * closed period around Christmas is {@code coplan.deadlines.closed-from} and
 * {@code coplan.deadlines.closed-until} (month-day, default 12-24 and 01-01).
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    DeadlineSettings deadlineSettings(Environment env) {
        DeadlineSettings d = DeadlineSettings.defaults();
        String p = "coplan.deadlines.";
        return new DeadlineSettings(
                env.getProperty(p + "region", d.region()),
                env.getProperty(p + "comment-window-days", Integer.class,
                        env.getProperty("coplan.plans.comment-window-days", Integer.class, d.commentWindowDays())),
                env.getProperty(p + "postal-service-days", Integer.class, d.postalServiceDays()),
                env.getProperty(p + "phase-transfer-day-before", Boolean.class, d.phaseTransferDayBefore()),
                env.getProperty(p + "decision-not-to-amend-weeks", Integer.class, d.decisionNotToAmendWeeks()),
                env.getProperty(p + "reassessment-decision-days", Integer.class, d.reassessmentDecisionDays()),
                env.getProperty(p + "reassessment-refusal-months", Integer.class, d.reassessmentRefusalMonths()),
                env.getProperty(p + "school-consultation-days", Integer.class, d.schoolConsultationDays()),
                env.getProperty(p + "amend-contents-order-weeks", Integer.class, d.amendContentsOrderWeeks()),
                env.getProperty(p + "school-name-order-weeks", Integer.class, d.schoolNameOrderWeeks()),
                env.getProperty(p + "recommendation-response-weeks", Integer.class, d.recommendationResponseWeeks()),
                env.getProperty(p + "commissioner-change-working-days", Integer.class, d.commissionerChangeWorkingDays()),
                MonthDay.parse("--" + env.getProperty(p + "academic-year-end", "08-31")),
                env.getProperty(p + "retention-years", Integer.class, d.retentionYears()),
                LocalTime.parse(env.getProperty(p + "receipt-cut-off", d.receiptCutOff().toString())),
                env.getProperty(p + "earliest-under-five-review-months", Integer.class, d.earliestUnderFiveReviewMonths()),
                env.getProperty(p + "latest-under-five-review-months", Integer.class, d.latestUnderFiveReviewMonths()),
                MonthDay.parse("--" + env.getProperty(p + "closed-from", d.closedFrom().toString().substring(2))),
                MonthDay.parse("--" + env.getProperty(p + "closed-until", d.closedUntil().toString().substring(2))));
    }

    @Bean
    StatutoryDeadlines statutoryDeadlines(DeadlineSettings settings) {
        return new StatutoryDeadlines(new WorkingDays(settings.region()), settings);
    }
}
