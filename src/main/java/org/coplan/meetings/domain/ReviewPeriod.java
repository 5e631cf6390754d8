package org.coplan.meetings.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * The period an annual review looks back on: from the day of the previous annual review meeting
 * held on the case, or, when there was none, from the day the plan in force was issued, to the
 * day of this meeting.
 *
 * @param sinceLastReview true when the period starts at a previous review, false when at the plan's issue
 */
public record ReviewPeriod(LocalDate from, LocalDate to, boolean sinceLastReview) {

    /**
     * @param meetingDay the day of the review meeting
     * @param reviewsHeld the days of the case's other annual review meetings that were held (their record complete)
     * @param planIssuedOn the day the plan in force was issued; null when no plan is in force
     * @return empty when there is neither an earlier review nor a plan in force to count from
     */
    public static Optional<ReviewPeriod> of(LocalDate meetingDay, Collection<LocalDate> reviewsHeld, LocalDate planIssuedOn) {
        Optional<LocalDate> lastReview = reviewsHeld.stream().filter(d -> d.isBefore(meetingDay)).max(LocalDate::compareTo);
        if (lastReview.isPresent()) {
            return Optional.of(new ReviewPeriod(lastReview.get(), meetingDay, true));
        }
        if (planIssuedOn == null) {
            return Optional.empty();
        }
        // a plan issued after the meeting's day (the meeting was held before the newest issue): nothing to look back on
        LocalDate from = planIssuedOn.isAfter(meetingDay) ? meetingDay : planIssuedOn;
        return Optional.of(new ReviewPeriod(from, meetingDay, false));
    }
}
