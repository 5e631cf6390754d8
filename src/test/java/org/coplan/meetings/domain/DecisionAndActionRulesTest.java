package org.coplan.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.meetings.domain.ArrangedMeeting.Status;
import org.coplan.meetings.domain.Refusal.Reason;
import org.junit.jupiter.api.Test;

/** Recording a decision and adding an action, each rule named by its refusal. Today is 23 November 2026. */
class DecisionAndActionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final UUID PAT = UUID.randomUUID();

    static Optional<ArrangedMeeting> meetingOn(LocalDate day, Status status) {
        return Optional.of(new ArrangedMeeting(MeetingKind.STRUCTURED_CONVERSATION,
                List.of(new ProposedTime(day.atTime(14, 0), 60)), status, false, 0));
    }

    static List<Reason> reasons(Outcome<?> outcome) {
        return outcome.reasons().stream().map(Refusal::reason).toList();
    }

    @Test
    void aDisagreementNeedsAReasonNamingWhoDisagrees() {
        DecisionDraft d = new DecisionDraft(List.of(new DecisionDraft.Stance(PAT, "Pat Parent", Position.DISAGREE, " ")));
        Outcome<MeetingStep.DecisionRecorded> o = d.record(Optional.empty(), TODAY);
        assertThat(reasons(o)).containsExactly(Reason.DISAGREEMENT_NEEDS_A_REASON);
        assertThat(o.reasons().get(0).about()).isEqualTo(PAT);
        assertThat(o.reasons().get(0).args()).containsExactly("Pat Parent");
    }

    @Test
    void agreeingOrAbstainingNeedsNoReason() {
        DecisionDraft d = new DecisionDraft(List.of(new DecisionDraft.Stance(PAT, "Pat Parent", Position.AGREE, null),
                new DecisionDraft.Stance(UUID.randomUUID(), "Pia", Position.ABSTAIN, null)));
        assertThat(d.record(Optional.empty(), TODAY).event().positions()).hasSize(2);
    }

    @Test
    void aDecisionAtAMeetingIsNotRecordedBeforeTheMeeting() {
        DecisionDraft d = new DecisionDraft(List.of());
        assertThat(reasons(d.record(meetingOn(TODAY.plusDays(5), Status.ARRANGED), TODAY))).containsExactly(Reason.NOT_BEFORE_THE_MEETING);
        assertThat(d.record(meetingOn(TODAY, Status.ARRANGED), TODAY).isDone()).isTrue();
        assertThat(reasons(d.record(meetingOn(TODAY.minusDays(1), Status.CANCELLED), TODAY))).containsExactly(Reason.MEETING_CANCELLED);
    }

    @Test
    void anActionFromAMeetingIsNotAddedBeforeTheMeeting() {
        ActionDraft a = new ActionDraft(PAT, true, TODAY.plusDays(14));
        assertThat(reasons(a.add(meetingOn(TODAY.plusDays(5), Status.ARRANGED), TODAY))).containsExactly(Reason.NOT_BEFORE_THE_MEETING);
        assertThat(a.add(meetingOn(TODAY.minusDays(1), Status.COMPLETE), TODAY).event().dueOn()).isEqualTo(TODAY.plusDays(14));
        assertThat(a.add(Optional.empty(), TODAY).isDone()).isTrue();
    }

    @Test
    void anActionIsNotDueBeforeToday() {
        assertThat(reasons(new ActionDraft(PAT, true, TODAY.minusDays(1)).add(Optional.empty(), TODAY))).containsExactly(Reason.DUE_IN_THE_PAST);
        assertThat(new ActionDraft(PAT, true, TODAY).add(Optional.empty(), TODAY).isDone()).isTrue();
    }

    @Test
    void anActionsOwnerMustBeAbleToMarkItDone() {
        assertThat(reasons(new ActionDraft(PAT, false, TODAY).add(Optional.empty(), TODAY))).containsExactly(Reason.OWNER_CANNOT_ACT);
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        assertThat(reasons(new ActionDraft(PAT, false, TODAY.minusDays(3)).add(meetingOn(TODAY.plusDays(1), Status.ARRANGED), TODAY)))
                .containsExactly(Reason.NOT_BEFORE_THE_MEETING, Reason.OWNER_CANNOT_ACT, Reason.DUE_IN_THE_PAST);
    }

    @Test
    void aRefusalAlwaysGivesAReason() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Outcome.Refused<>(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
