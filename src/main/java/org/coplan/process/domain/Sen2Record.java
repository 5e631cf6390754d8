package org.coplan.process.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One child's row in the SEN2 person-level return, as at the census date, from the steps
 * recorded on the case (ehc-process.md section 8). Steps after the census date are left out.
 *
 * <p>A child is in the return when any step was recorded in the calendar year before the census
 * date, when a plan is in force on the census date, or when a request is still being worked on
 * (not yet refused, ended with no plan, or ended with a final plan) on the census date. Where a
 * child had more than one request, the row describes the latest.
 *
 * @param week20 whether a time-limit exception was recorded against the 20-week process (the
 *     final plan, or the decision not to issue one) after the latest request; null with no request
 */
public record Sen2Record(
        String surname,
        String forename,
        LocalDate dateOfBirth,
        LocalDate requestReceivedOn,
        RequestSource requestSource,
        RequestOutcome requestOutcome,
        LocalDate requestOutcomeOn,
        AssessmentOutcome assessmentOutcome,
        LocalDate assessmentOutcomeOn,
        Boolean week20,
        LocalDate planStartOn,
        LocalDate planCeasedOn,
        LocalDate lastReviewDecisionOn,
        String settingName) {

    /** What the local authority decided on the request to assess. */
    public enum RequestOutcome {
        ASSESS,
        REFUSED,
        ONGOING
    }

    /** What the local authority decided after the assessment. */
    public enum AssessmentOutcome {
        PLAN,
        NO_PLAN,
        ONGOING
    }

    /** Who the child is, from the case. */
    public record Child(String surname, String forename, LocalDate dateOfBirth, String settingName) {}

    /**
     * The child's row, or empty when the child is not in this return.
     *
     * @param steps the steps recorded on the case, in the order they were recorded
     */
    public static Optional<Sen2Record> of(Child child, List<ProcessEvent> steps, LocalDate censusDate) {
        int previousYear = censusDate.getYear() - 1;
        boolean activeInYear = false;
        ProcessEvent request = null;
        boolean requestOpen = false;
        RequestOutcome requestOutcome = null;
        LocalDate requestOutcomeOn = null;
        AssessmentOutcome assessmentOutcome = null;
        LocalDate assessmentOutcomeOn = null;
        boolean week20 = false;
        LocalDate planStart = null;
        LocalDate planCeased = null;
        LocalDate lastReview = null;
        for (ProcessEvent e : steps) {
            LocalDate on = e.occurredOn();
            if (on.isAfter(censusDate)) {
                continue;
            }
            if (on.getYear() == previousYear) {
                activeInYear = true;
            }
            switch (e.kind()) {
                case REQUEST_RECEIVED -> {
                    request = e;
                    requestOpen = true;
                    requestOutcome = RequestOutcome.ONGOING;
                    requestOutcomeOn = null;
                    assessmentOutcome = null;
                    assessmentOutcomeOn = null;
                    week20 = false;
                }
                case DECIDED_TO_ASSESS -> {
                    requestOutcome = RequestOutcome.ASSESS;
                    requestOutcomeOn = on;
                    assessmentOutcome = AssessmentOutcome.ONGOING;
                }
                case DECIDED_NOT_TO_ASSESS -> {
                    requestOutcome = RequestOutcome.REFUSED;
                    requestOutcomeOn = on;
                    requestOpen = false;
                }
                case DECIDED_TO_ISSUE -> {
                    assessmentOutcome = AssessmentOutcome.PLAN;
                    assessmentOutcomeOn = on;
                }
                case DECIDED_NOT_TO_ISSUE -> {
                    assessmentOutcome = AssessmentOutcome.NO_PLAN;
                    assessmentOutcomeOn = on;
                    requestOpen = false;
                }
                case FINAL_PLAN_ISSUED -> {
                    planStart = on;
                    planCeased = null;
                    lastReview = null;
                    requestOpen = false;
                }
                case PLAN_CEASED -> planCeased = on;
                case REVIEW_DECISION -> lastReview = on;
                case EXCEPTION_RECORDED -> {
                    if (request != null && (e.deadlineKey() == DeadlineKey.FINAL_PLAN
                            || e.deadlineKey() == DeadlineKey.DECISION_NOT_TO_ISSUE)) {
                        week20 = true;
                    }
                }
                default -> { }
            }
        }
        boolean planInForce = planStart != null && planCeased == null;
        if (!activeInYear && !planInForce && !requestOpen) {
            return Optional.empty();
        }
        return Optional.of(new Sen2Record(child.surname(), child.forename(), child.dateOfBirth(),
                request == null ? null : request.occurredOn(), request == null ? null : request.source(),
                requestOutcome, requestOutcomeOn, assessmentOutcome, assessmentOutcomeOn,
                request == null ? null : week20, planStart, planCeased, lastReview, child.settingName()));
    }
}
