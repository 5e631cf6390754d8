package org.coplan.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.coplan.meetings.domain.ArrangedMeeting.Status;
import org.coplan.meetings.domain.OwnViews.Latest;
import org.coplan.meetings.domain.Refusal.Reason;
import org.junit.jupiter.api.Test;

/** Views before a meeting and a decision's review date, each rule named by its refusal. The meeting is at 14:00 on 24 November 2026. */
class OwnViewsRulesTest {

    static final LocalDateTime BEFORE = LocalDateTime.of(2026, 11, 24, 13, 59);
    static final LocalDateTime STARTED = LocalDateTime.of(2026, 11, 24, 14, 0);

    static ArrangedMeeting meeting(Status status) {
        return new ArrangedMeeting(MeetingKind.PLANNING, List.of(new ProposedTime(STARTED, 60)), status, false, 0);
    }

    static List<Reason> reasons(Outcome<?> outcome) {
        return outcome.reasons().stream().map(Refusal::reason).toList();
    }

    @Test
    void aFamilyMemberWritesAndChangesTheirViewsUntilTheMeetingStarts() {
        assertThat(OwnViews.write(meeting(Status.ARRANGED), BEFORE, Latest.NONE).isDone()).isTrue();
        assertThat(OwnViews.write(meeting(Status.ARRANGED), BEFORE, Latest.IN_THEIR_OWN_HAND).isDone()).isTrue();
        assertThat(reasons(OwnViews.write(meeting(Status.ARRANGED), STARTED, Latest.IN_THEIR_OWN_HAND))).containsExactly(Reason.VIEWS_CLOSED);
        assertThat(reasons(OwnViews.write(meeting(Status.ARRANGED), STARTED, Latest.NONE))).containsExactly(Reason.VIEWS_CLOSED);
    }

    @Test
    void viewsRecordedOnTheirBehalfCanBeCorrectedAfterTheMeetingStartsUntilTheRecordIsComplete() {
        assertThat(OwnViews.write(meeting(Status.ARRANGED), STARTED, Latest.ON_THEIR_BEHALF).isDone()).isTrue();
        assertThat(reasons(OwnViews.write(meeting(Status.COMPLETE), STARTED, Latest.ON_THEIR_BEHALF))).containsExactly(Reason.RECORD_COMPLETE);
    }

    @Test
    void aLeadNeverRecordsOverAFamilyMembersOwnWords() {
        assertThat(OwnViews.recordOnBehalf(meeting(Status.ARRANGED), Latest.NONE).event().onBehalf()).isTrue();
        assertThat(OwnViews.recordOnBehalf(meeting(Status.ARRANGED), Latest.ON_THEIR_BEHALF).isDone()).isTrue();
        assertThat(reasons(OwnViews.recordOnBehalf(meeting(Status.ARRANGED), Latest.IN_THEIR_OWN_HAND)))
                .containsExactly(Reason.IN_THEIR_OWN_WORDS);
    }

    @Test
    void nothingIsWrittenForACancelledMeeting() {
        assertThat(reasons(OwnViews.write(meeting(Status.CANCELLED), BEFORE, Latest.NONE))).containsExactly(Reason.MEETING_CANCELLED);
        assertThat(reasons(OwnViews.recordOnBehalf(meeting(Status.CANCELLED), Latest.NONE))).containsExactly(Reason.MEETING_CANCELLED);
    }

    @Test
    void onlyViewsRecordedOnTheirBehalfAreConfirmed() {
        assertThat(OwnViews.confirm(meeting(Status.ARRANGED), Latest.ON_THEIR_BEHALF).isDone()).isTrue();
        assertThat(OwnViews.confirm(meeting(Status.ARRANGED), Latest.IN_THEIR_OWN_HAND).isDone()).isFalse();
    }

    @Test
    void aDecisionsReviewDateComesAfterTheDayItIsMadeAndIsSuggestedSixMonthsOn() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(reasons(new Outcome.Refused<>(DecisionDraft.reviewDate(today, today)))).containsExactly(Reason.REVIEW_NOT_AFTER_TODAY);
        assertThat(DecisionDraft.reviewDate(today.plusDays(1), today)).isEmpty();
        assertThat(DecisionDraft.suggestedReview(today)).isEqualTo(LocalDate.of(2027, 5, 23));
    }
}
