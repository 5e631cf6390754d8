package org.coplan.measures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The self-review's rules in plain Java: the year, the gap, the visibility and where an action stands. */
class SelfReviewRulesTest {

    @Test
    void aReviewYearRunsFromTheFirstOfAugustToTheThirtyFirstOfJuly() {
        assertThat(SelfReviewYear.containing(LocalDate.of(2026, 7, 31))).isEqualTo(new SelfReviewYear(2025));
        assertThat(SelfReviewYear.containing(LocalDate.of(2026, 8, 1))).isEqualTo(new SelfReviewYear(2026));
        assertThat(new SelfReviewYear(2026).lastDay()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(new SelfReviewYear(2026).previous()).isEqualTo(new SelfReviewYear(2025));
    }

    @Test
    void theGapIsCountedInStepsFromTheOrganisationsSide() {
        RatingGap gap = RatingGap.between(PartnershipRating.EMBEDDED, PartnershipRating.STARTING);
        assertThat(gap.steps()).isEqualTo(2);
        assertThat(gap.higher()).isTrue();
        RatingGap lower = RatingGap.between(PartnershipRating.NOT_YET, PartnershipRating.DEVELOPING);
        assertThat(lower.higher()).isFalse();
        assertThat(lower.size()).isEqualTo(2);
        assertThat(RatingGap.between(PartnershipRating.STARTING, PartnershipRating.STARTING).same()).isTrue();
    }

    @Test
    void eachSideSeesTheOtherOnlyWhenBothHaveSentOrTheYearIsOver() {
        assertThat(SelfReviewVisibility.seesOtherSide(true, false, false)).isFalse();
        assertThat(SelfReviewVisibility.seesOtherSide(false, true, false)).isFalse();
        assertThat(SelfReviewVisibility.seesOtherSide(true, true, false)).isTrue();
        assertThat(SelfReviewVisibility.seesOtherSide(false, false, true)).isTrue();
    }

    @Test
    void anActionIsOpenThenOverdueAfterItsDateUntilDone() {
        LocalDate due = LocalDate.of(2027, 1, 15);
        assertThat(SelfReviewActionState.of(due, null, due)).isEqualTo(SelfReviewActionState.OPEN);
        assertThat(SelfReviewActionState.of(due, null, due.plusDays(1))).isEqualTo(SelfReviewActionState.OVERDUE);
        assertThat(SelfReviewActionState.of(due, due.plusDays(3), due.plusDays(5))).isEqualTo(SelfReviewActionState.DONE);
    }

    @Test
    void aRatingIsReadFromItsFormNameAndAnythingElseIsNoRating() {
        assertThat(PartnershipRating.parse("DEVELOPING")).contains(PartnershipRating.DEVELOPING);
        assertThat(PartnershipRating.parse("")).isEmpty();
        assertThat(PartnershipRating.parse("GREAT")).isEmpty();
        assertThat(PartnershipRating.ofStep(1)).isEqualTo(PartnershipRating.NOT_YET);
    }
}
