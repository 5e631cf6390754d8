package org.coplan.deadlines;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;

/**
 * Points the law leaves unclear, as settings. Each default is the one documented in
 * ehc-process.md; the numbers in brackets are items in its section 12 (UNCONFIRMED).
 *
 * @param region bank-holiday region for working days: "eng" or "wls" (1)
 * @param commentWindowDays days to comment on a draft plan or amendment notice, beginning with
 *     the day it is sent; the law says at least 15
 * @param postalServiceDays days added to the sending date before a comment window starts, for
 *     notices sent by post; 0 means the window starts on the day sent (3)
 * @param phaseTransferDayBefore whether the phase-transfer deadline shown is the day before
 *     15 February / 31 March ("before" read strictly) rather than the date itself (14)
 * @param decisionNotToAmendWeeks weeks after an amendment notice to say the plan will not be
 *     amended after all (13)
 * @param reassessmentDecisionDays days to decide on a request to re-assess (15)
 * @param reassessmentRefusalMonths months since the last assessment within which a request to
 *     re-assess may be refused (15)
 * @param schoolConsultationDays days a consulted school is expected to answer in (9)
 * @param amendContentsOrderWeeks weeks to amend a plan after a Tribunal order to amend (18)
 * @param schoolNameOrderWeeks weeks to name a school after a Tribunal order about section I only (18)
 * @param recommendationResponseWeeks weeks for a commissioner to give reasons for not following a
 *     Tribunal recommendation (19)
 * @param commissionerChangeWorkingDays working days for a change of health commissioner (16)
 * @param academicYearEnd the last day of the academic year, for the age-25 limit (25)
 * @param retentionYears years after the date of birth after which a closed record is destroyed (22)
 * @param receiptCutOff a request handed in or emailed after this time counts as received on the
 *     next working day
 * @param earliestUnderFiveReviewMonths earliest of the 3-to-6-month reviews for children under 5
 * @param latestUnderFiveReviewMonths latest of the 3-to-6-month reviews for children under 5
 * @param closedFrom first day of the period around Christmas when offices are closed, both ends
 *     included; a day to act by that falls in it is shown with the last working day before it
 *     (setting {@code coplan.deadlines.closed-from}, default 24 December)
 * @param closedUntil last day of that period (setting {@code coplan.deadlines.closed-until},
 *     default 1 January). The default 24 December to 1 January matches the example in issue 13:
 *     a legal last day of Friday 25 December 2026 is shown as Wednesday 23 December. The period
 *     may run over the new year and is at most 31 days long.
 */
public record DeadlineSettings(
        String region,
        int commentWindowDays,
        int postalServiceDays,
        boolean phaseTransferDayBefore,
        int decisionNotToAmendWeeks,
        int reassessmentDecisionDays,
        int reassessmentRefusalMonths,
        int schoolConsultationDays,
        int amendContentsOrderWeeks,
        int schoolNameOrderWeeks,
        int recommendationResponseWeeks,
        int commissionerChangeWorkingDays,
        MonthDay academicYearEnd,
        int retentionYears,
        LocalTime receiptCutOff,
        int earliestUnderFiveReviewMonths,
        int latestUnderFiveReviewMonths,
        MonthDay closedFrom,
        MonthDay closedUntil) {

    /** The longest closed period allowed, so that a day to act by is never pushed back by weeks. */
    public static final int LONGEST_CLOSED_PERIOD_DAYS = 31;

    public DeadlineSettings {
        if (!"eng".equals(region) && !"wls".equals(region)) {
            throw new IllegalArgumentException("The bank-holiday region must be eng (England) or wls (Wales)");
        }
        if (commentWindowDays < 15) {
            throw new IllegalArgumentException("The law gives at least 15 days to comment");
        }
        if (earliestUnderFiveReviewMonths > latestUnderFiveReviewMonths) {
            throw new IllegalArgumentException("The earliest under-5 review must not come after the latest");
        }
        if (closedFrom == null || closedUntil == null) {
            throw new IllegalArgumentException("The closed period around Christmas needs a first and a last day");
        }
        if (closedPeriodDays(closedFrom, closedUntil) > LONGEST_CLOSED_PERIOD_DAYS) {
            throw new IllegalArgumentException("The closed period must be at most " + LONGEST_CLOSED_PERIOD_DAYS + " days long");
        }
    }

    /** Whether offices are closed on this day for the closed period around Christmas (weekends and bank holidays aside). */
    public boolean inClosedPeriod(LocalDate day) {
        MonthDay md = MonthDay.from(day);
        if (!closedUntil.isBefore(closedFrom)) {
            return !md.isBefore(closedFrom) && !md.isAfter(closedUntil);
        }
        return !md.isBefore(closedFrom) || !md.isAfter(closedUntil);
    }

    private static int closedPeriodDays(MonthDay from, MonthDay until) {
        int year = 2025; // not a leap year, and followed by one that is not either
        LocalDate first = from.atYear(year);
        LocalDate last = until.isBefore(from) ? until.atYear(year + 1) : until.atYear(year);
        return (int) (last.toEpochDay() - first.toEpochDay()) + 1;
    }

    /** The documented defaults. */
    public static DeadlineSettings defaults() {
        return new DeadlineSettings("eng", 15, 0, true, 8, 15, 6, 15, 5, 2, 5, 15, MonthDay.of(8, 31), 31,
                LocalTime.of(17, 0), 3, 6, MonthDay.of(12, 24), MonthDay.of(1, 1));
    }
}
