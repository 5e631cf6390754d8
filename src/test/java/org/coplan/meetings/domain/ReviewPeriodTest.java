package org.coplan.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewPeriodTest {

    static final LocalDate MEETING = LocalDate.of(2027, 3, 10);

    @Test
    void aFirstReviewLooksBackToTheDayThePlanInForceWasIssued() {
        ReviewPeriod p = ReviewPeriod.of(MEETING, List.of(), LocalDate.of(2026, 4, 1)).orElseThrow();
        assertThat(p).isEqualTo(new ReviewPeriod(LocalDate.of(2026, 4, 1), MEETING, false));
    }

    @Test
    void aLaterReviewLooksBackToTheNewestEarlierReviewNotToThePlan() {
        ReviewPeriod p = ReviewPeriod.of(MEETING, List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 12)),
                LocalDate.of(2026, 6, 1)).orElseThrow();
        assertThat(p).isEqualTo(new ReviewPeriod(LocalDate.of(2026, 3, 12), MEETING, true));
    }

    @Test
    void reviewsHeldOnOrAfterTheMeetingDayAreNotTheLastReview() {
        ReviewPeriod p = ReviewPeriod.of(MEETING, List.of(MEETING, MEETING.plusDays(5)), LocalDate.of(2026, 4, 1)).orElseThrow();
        assertThat(p.sinceLastReview()).isFalse();
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void withNeitherAnEarlierReviewNorAPlanInForceThereIsNothingToLookBackOn() {
        assertThat(ReviewPeriod.of(MEETING, List.of(), null)).isEmpty();
    }

    @Test
    void anEarlierReviewIsEnoughEvenWithNoPlanInForce() {
        assertThat(ReviewPeriod.of(MEETING, List.of(LocalDate.of(2026, 3, 1)), null)).contains(
                new ReviewPeriod(LocalDate.of(2026, 3, 1), MEETING, true));
    }

    @Test
    void aPlanIssuedAfterTheMeetingDayGivesAnEmptyPeriodEndingThatDay() {
        ReviewPeriod p = ReviewPeriod.of(MEETING, List.of(), MEETING.plusDays(3)).orElseThrow();
        assertThat(p.from()).isEqualTo(MEETING);
        assertThat(p.to()).isEqualTo(MEETING);
    }
}
