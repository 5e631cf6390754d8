package org.coplan.strategic.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coplan.strategic.domain.PageRating.NO;
import static org.coplan.strategic.domain.PageRating.PARTLY;
import static org.coplan.strategic.domain.PageRating.YES;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParentApprovedTest {

    static final LocalDate JAN = LocalDate.of(2026, 1, 10);

    static PageReview good(LocalDate on) {
        return new PageReview(on, YES, YES, PARTLY, YES);
    }

    @Test
    void aReviewPassesWithNoNoAndMostlyYes() {
        assertThat(new PageReview(JAN, YES, YES, YES, YES).passes()).isTrue();
        assertThat(new PageReview(JAN, YES, YES, YES, PARTLY).passes()).isTrue();
        assertThat(new PageReview(JAN, YES, YES, PARTLY, PARTLY).passes()).as("two yes is not a majority of four").isFalse();
        assertThat(new PageReview(JAN, YES, YES, YES, NO).passes()).as("any no fails").isFalse();
        assertThat(new PageReview(JAN, YES, YES, YES, NO).anyNo()).isTrue();
    }

    @Test
    void threePassingReviewsWithinTwelveMonthsEarnTheBadgeDatedOnTheThird() {
        List<PageReview> reviews = List.of(good(JAN), good(JAN.plusMonths(3)), good(JAN.plusMonths(5)));
        var badge = ParentApproved.decide(reviews, 3, JAN.plusMonths(6));
        assertThat(badge).isPresent();
        assertThat(badge.get().earnedOn()).isEqualTo(JAN.plusMonths(5));
        assertThat(badge.get().firstOn()).isEqualTo(JAN);
        assertThat(badge.get().lapsesOn()).isEqualTo(JAN.plusMonths(17));
        assertThat(badge.get().reason()).contains("3 forum members' reviews").contains("clear, accurate, accessible and useful");
    }

    @Test
    void twoPassingReviewsAreNotEnough() {
        assertThat(ParentApproved.decide(List.of(good(JAN), good(JAN.plusDays(1))), 3, JAN.plusDays(2))).isEmpty();
    }

    @Test
    void failingReviewsDoNotCountAndDoNotTakeTheBadgeAway() {
        PageReview bad = new PageReview(JAN.plusDays(2), NO, YES, YES, YES);
        assertThat(ParentApproved.decide(List.of(good(JAN), bad, good(JAN.plusDays(3))), 3, JAN.plusDays(4))).isEmpty();
        assertThat(ParentApproved.decide(List.of(good(JAN), good(JAN.plusDays(1)), good(JAN.plusDays(3)), bad), 3, JAN.plusDays(4)))
                .isPresent();
    }

    @Test
    void theBadgeLapsesTwelveMonthsAfterTheReviewThatCompletedIt() {
        List<PageReview> reviews = List.of(good(JAN), good(JAN.plusDays(1)), good(JAN.plusDays(2)));
        LocalDate completed = JAN.plusDays(2);
        assertThat(ParentApproved.decide(reviews, 3, completed.plusMonths(12).minusDays(1))).isPresent();
        assertThat(ParentApproved.decide(reviews, 3, completed.plusMonths(12))).isEmpty();
    }

    @Test
    void reviewsMoreThanTwelveMonthsApartDoNotAddUp() {
        List<PageReview> reviews = List.of(good(JAN), good(JAN.plusMonths(6)), good(JAN.plusMonths(12)));
        assertThat(ParentApproved.decide(reviews, 3, JAN.plusMonths(12))).isEmpty();
    }

    @Test
    void aLaterReviewRenewsTheBadgeFromItsOwnDate() {
        List<PageReview> reviews = List.of(good(JAN), good(JAN.plusDays(1)), good(JAN.plusDays(2)), good(JAN.plusMonths(8)));
        var badge = ParentApproved.decide(reviews, 3, JAN.plusMonths(13));
        assertThat(badge).isPresent();
        assertThat(badge.get().earnedOn()).isEqualTo(JAN.plusMonths(8));
    }
}
