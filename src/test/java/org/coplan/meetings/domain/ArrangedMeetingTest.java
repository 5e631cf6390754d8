package org.coplan.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.UnavailableSlot;
import org.coplan.meetings.domain.ArrangedMeeting.Status;
import org.coplan.meetings.domain.ArrangedMeeting.Timing;
import org.coplan.meetings.domain.Refusal.Reason;
import org.junit.jupiter.api.Test;

/** The rules of a meeting's steps, each named by the reason it is refused. Today is Monday 23 November 2026, 10:00. */
class ArrangedMeetingTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    static final LocalDate TODAY = NOW.toLocalDate();
    static final ReviewNotice TWO_WEEKS = meeting -> meeting.minusDays(14);

    static ProposedTime at(int month, int day, int hour) {
        return new ProposedTime(LocalDateTime.of(2026, month, day, hour, 0), 60);
    }

    static Timing timing(ProposedTime... times) {
        return new Timing(List.of(times), "", false, List.of(), "");
    }

    static ArrangedMeeting meeting(Status status, boolean recordStarted, ProposedTime... times) {
        return new ArrangedMeeting(MeetingKind.STRUCTURED_CONVERSATION, List.of(times), status, recordStarted, 0);
    }

    static List<Reason> reasons(Outcome<?> outcome) {
        return outcome.reasons().stream().map(Refusal::reason).toList();
    }

    // ---- arranging

    @Test
    void aMeetingIsArrangedAtTimesInTheFuture() {
        Outcome<MeetingStep.Arranged> o = ArrangedMeeting.arrange(MeetingKind.PLANNING, timing(at(12, 1, 10)), NOW, TWO_WEEKS);
        assertThat(o.isDone()).isTrue();
        assertThat(o.event().times()).containsExactly(at(12, 1, 10));
        assertThat(o.event().shortNoticeReason()).isNull();
    }

    @Test
    void aProposedTimeThatHasPassedIsRefusedNamingWhichTime() {
        Outcome<MeetingStep.Arranged> o = ArrangedMeeting.arrange(MeetingKind.PLANNING, timing(at(12, 1, 10), at(11, 23, 9)), NOW, TWO_WEEKS);
        assertThat(reasons(o)).containsExactly(Reason.TIME_IN_THE_PAST);
        assertThat(o.reasons().get(0).about()).isEqualTo(1);
    }

    @Test
    void aReviewMeetingWithLessThanTwoWeeksNoticeNeedsAReasonAndTheFamilysAgreement() {
        Outcome<MeetingStep.Arranged> o = ArrangedMeeting.arrange(MeetingKind.ANNUAL_REVIEW, timing(at(12, 3, 10)), NOW, TWO_WEEKS);
        assertThat(reasons(o)).containsExactly(Reason.SHORT_NOTICE_NEEDS_A_REASON, Reason.SHORT_NOTICE_NEEDS_THE_FAMILYS_AGREEMENT);
        assertThat(o.reasons().get(0).args()).containsExactly(LocalDate.of(2026, 11, 19));

        Outcome<MeetingStep.Arranged> agreed = ArrangedMeeting.arrange(MeetingKind.ANNUAL_REVIEW,
                new Timing(List.of(at(12, 3, 10)), " After the hospital stay. ", true, List.of(), ""), NOW, TWO_WEEKS);
        assertThat(agreed.event().shortNoticeReason()).isEqualTo("After the hospital stay.");
        assertThat(agreed.event().familyAgreed()).isTrue();
    }

    @Test
    void twoWeeksNoticeExactlyIsEnoughAndAPlanningMeetingNeedsNone() {
        assertThat(ArrangedMeeting.arrange(MeetingKind.ANNUAL_REVIEW, timing(at(12, 7, 10)), NOW, TWO_WEEKS).isDone()).isTrue();
        assertThat(ArrangedMeeting.arrange(MeetingKind.PLANNING, timing(at(11, 24, 10)), NOW, TWO_WEEKS).isDone()).isTrue();
    }

    @Test
    void aTimeSomeoneCannotAttendIsKeptOnlyWithAReason() {
        Availability.Clash clash = new Availability.Clash(0, UUID.randomUUID(),
                new UnavailableSlot(DayOfWeek.TUESDAY, org.coplan.cases.PartOfDay.MORNING));
        assertThat(reasons(ArrangedMeeting.arrange(MeetingKind.PLANNING,
                new Timing(List.of(at(12, 1, 10)), "", false, List.of(clash), " "), NOW, TWO_WEEKS)))
                .containsExactly(Reason.CLASH_NEEDS_A_REASON);
        Outcome<MeetingStep.Arranged> kept = ArrangedMeeting.arrange(MeetingKind.PLANNING,
                new Timing(List.of(at(12, 1, 10)), "", false, List.of(clash), "They asked for it."), NOW, TWO_WEEKS);
        assertThat(kept.event().clashReason()).isEqualTo("They asked for it.");
    }

    // ---- the record

    @Test
    void theRecordCannotBeWrittenBeforeTheDayOfTheMeeting() {
        ArrangedMeeting m = meeting(Status.ARRANGED, false, at(11, 28, 14));
        Outcome<MeetingStep.RecordWritten> o = m.writeRecord(TODAY);
        assertThat(reasons(o)).containsExactly(Reason.NOT_BEFORE_THE_MEETING);
        assertThat(o.reasons().get(0).args()).containsExactly(LocalDate.of(2026, 11, 28));
    }

    @Test
    void theRecordOpensOnTheDayOfTheMeetingEvenBeforeItStarts() {
        assertThat(meeting(Status.ARRANGED, false, at(11, 23, 15)).writeRecord(TODAY).isDone()).isTrue();
        assertThat(meeting(Status.ARRANGED, false, at(11, 20, 15)).writeRecord(TODAY).isDone()).isTrue();
    }

    @Test
    void theRecordOpensOnTheEarliestProposedTime() {
        ArrangedMeeting m = meeting(Status.ARRANGED, false, at(12, 4, 10), at(11, 30, 10));
        assertThat(m.day()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(m.writeRecord(LocalDate.of(2026, 11, 30)).isDone()).isTrue();
    }

    @Test
    void aCancelledMeetingCannotBeRecordedOrCompleted() {
        ArrangedMeeting m = meeting(Status.CANCELLED, false, at(11, 20, 10));
        assertThat(reasons(m.writeRecord(TODAY))).containsExactly(Reason.MEETING_CANCELLED);
        assertThat(reasons(m.completeRecord(TODAY))).containsExactly(Reason.MEETING_CANCELLED);
        assertThat(reasons(m.reply(Reply.ATTENDING))).containsExactly(Reason.MEETING_CANCELLED);
    }

    @Test
    void theRecordIsCompletedOnceAndNotBeforeTheMeeting() {
        assertThat(reasons(meeting(Status.ARRANGED, false, at(11, 25, 10)).completeRecord(TODAY)))
                .containsExactly(Reason.NOT_BEFORE_THE_MEETING);
        assertThat(reasons(meeting(Status.COMPLETE, true, at(11, 20, 10)).completeRecord(TODAY))).containsExactly(Reason.RECORD_COMPLETE);
        assertThat(meeting(Status.ARRANGED, true, at(11, 20, 10)).completeRecord(TODAY).event().on()).isEqualTo(TODAY);
    }

    // ---- cancelling and moving

    @Test
    void cancellingTellsCalendarsWithTheNextSequenceAndKeepsAnOptionalReason() {
        ArrangedMeeting m = new ArrangedMeeting(MeetingKind.PLANNING, List.of(at(12, 1, 10)), Status.ARRANGED, false, 2);
        MeetingStep.Cancelled c = m.cancel(" The room flooded. ").event();
        assertThat(c.sequence()).isEqualTo(3);
        assertThat(c.reason()).isEqualTo("The room flooded.");
        assertThat(m.cancel("  ").event().reason()).isNull();
    }

    @Test
    void aMeetingIsCancelledOnlyOnceAndNotAfterItsRecordBegan() {
        assertThat(reasons(meeting(Status.CANCELLED, false, at(12, 1, 10)).cancel(null))).containsExactly(Reason.ALREADY_CANCELLED);
        assertThat(reasons(meeting(Status.ARRANGED, true, at(11, 20, 10)).cancel(null))).containsExactly(Reason.RECORD_STARTED);
        assertThat(reasons(meeting(Status.COMPLETE, true, at(11, 20, 10)).cancel(null))).containsExactly(Reason.RECORD_COMPLETE);
    }

    @Test
    void movingGoesToOneNewTimeWithTheNextSequence() {
        ArrangedMeeting m = meeting(Status.ARRANGED, false, at(12, 1, 10), at(12, 2, 10));
        MeetingStep.Moved moved = m.moveTo(timing(at(12, 8, 14)), NOW, TWO_WEEKS).event();
        assertThat(moved.from()).containsExactly(at(12, 1, 10), at(12, 2, 10));
        assertThat(moved.to()).isEqualTo(at(12, 8, 14));
        assertThat(moved.sequence()).isEqualTo(1);
    }

    @Test
    void aMoveToThePastOrToTheSameTimeIsRefused() {
        ArrangedMeeting m = meeting(Status.ARRANGED, false, at(12, 1, 10));
        assertThat(reasons(m.moveTo(timing(at(11, 23, 9)), NOW, TWO_WEEKS))).containsExactly(Reason.TIME_IN_THE_PAST);
        assertThat(reasons(m.moveTo(timing(at(12, 1, 10)), NOW, TWO_WEEKS))).containsExactly(Reason.SAME_TIME);
    }

    @Test
    void aMovedReviewMeetingKeepsTheNoticeRule() {
        ArrangedMeeting review = new ArrangedMeeting(MeetingKind.ANNUAL_REVIEW, List.of(at(12, 10, 10)), Status.ARRANGED, false, 0);
        assertThat(reasons(review.moveTo(timing(at(12, 1, 10)), NOW, TWO_WEEKS)))
                .containsExactly(Reason.SHORT_NOTICE_NEEDS_A_REASON, Reason.SHORT_NOTICE_NEEDS_THE_FAMILYS_AGREEMENT);
    }

    @Test
    void aCancelledMeetingOrOneThatTookPlaceCannotBeMoved() {
        assertThat(reasons(meeting(Status.CANCELLED, false, at(12, 1, 10)).moveTo(timing(at(12, 8, 10)), NOW, TWO_WEEKS)))
                .containsExactly(Reason.ALREADY_CANCELLED);
        assertThat(reasons(meeting(Status.ARRANGED, true, at(11, 20, 10)).moveTo(timing(at(12, 8, 10)), NOW, TWO_WEEKS)))
                .containsExactly(Reason.RECORD_STARTED);
    }

    @Test
    void aReplyAnswersTheCurrentVersionOfTheInvitation() {
        ArrangedMeeting m = new ArrangedMeeting(MeetingKind.PLANNING, List.of(at(12, 1, 10)), Status.ARRANGED, false, 4);
        assertThat(m.reply(Reply.MAYBE).event().sequence()).isEqualTo(4);
    }
}
