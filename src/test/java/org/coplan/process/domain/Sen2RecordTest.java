package org.coplan.process.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.coplan.deadlines.RequestChannel;
import org.coplan.process.domain.Sen2Record.AssessmentOutcome;
import org.coplan.process.domain.Sen2Record.Child;
import org.coplan.process.domain.Sen2Record.RequestOutcome;
import org.junit.jupiter.api.Test;

class Sen2RecordTest {

    static final Child CHILD = new Child("Stone", "Ruby", LocalDate.of(2016, 5, 14), "Oak School");
    static final LocalDate CENSUS = LocalDate.of(2026, 1, 15);

    @Test
    void aRequestRefusedLongAgoIsNotInTheReturn() {
        assertThat(Sen2Record.of(CHILD, List.of(request(LocalDate.of(2023, 3, 1)),
                step(ProcessEventKind.DECIDED_NOT_TO_ASSESS, LocalDate.of(2023, 4, 3))), CENSUS)).isEmpty();
    }

    @Test
    void aRequestRefusedInThePreviousYearIsInTheReturn() {
        Sen2Record r = Sen2Record.of(CHILD, List.of(request(LocalDate.of(2024, 12, 2)),
                step(ProcessEventKind.DECIDED_NOT_TO_ASSESS, LocalDate.of(2025, 1, 10))), CENSUS).orElseThrow();
        assertThat(r.requestOutcome()).isEqualTo(RequestOutcome.REFUSED);
        assertThat(r.requestOutcomeOn()).isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(r.assessmentOutcome()).isNull();
        assertThat(r.week20()).isFalse();
    }

    @Test
    void aPlanInForceOnTheCensusDateIsInTheReturnEvenWithNoStepsThatYear() {
        Sen2Record r = Sen2Record.of(CHILD, List.of(request(LocalDate.of(2022, 1, 3)),
                step(ProcessEventKind.DECIDED_TO_ASSESS, LocalDate.of(2022, 2, 7)),
                step(ProcessEventKind.DECIDED_TO_ISSUE, LocalDate.of(2022, 3, 28)),
                step(ProcessEventKind.DRAFT_PLAN_SENT, LocalDate.of(2022, 4, 4)),
                step(ProcessEventKind.FINAL_PLAN_ISSUED, LocalDate.of(2022, 5, 9))), CENSUS).orElseThrow();
        assertThat(r.planStartOn()).isEqualTo(LocalDate.of(2022, 5, 9));
        assertThat(r.assessmentOutcome()).isEqualTo(AssessmentOutcome.PLAN);
        assertThat(r.planCeasedOn()).isNull();
    }

    @Test
    void stepsAfterTheCensusDateAreLeftOut() {
        Sen2Record r = Sen2Record.of(CHILD, List.of(request(LocalDate.of(2025, 11, 3)),
                step(ProcessEventKind.DECIDED_TO_ASSESS, LocalDate.of(2026, 1, 16))), CENSUS).orElseThrow();
        assertThat(r.requestOutcome()).isEqualTo(RequestOutcome.ONGOING);
        assertThat(r.requestOutcomeOn()).isNull();
        assertThat(Sen2Record.of(CHILD, List.of(request(LocalDate.of(2026, 1, 16))), CENSUS)).isEmpty();
    }

    @Test
    void anExceptionToTheTwentyWeekLimitSetsWeek20() {
        Sen2Record r = Sen2Record.of(CHILD, List.of(request(LocalDate.of(2025, 3, 3)),
                step(ProcessEventKind.DECIDED_TO_ASSESS, LocalDate.of(2025, 4, 7)),
                ProcessEvent.of(ProcessEventKind.EXCEPTION_RECORDED, LocalDate.of(2025, 6, 2))
                        .withException(DeadlineKey.FINAL_PLAN, null, null).withOutcome("PERSONAL_CIRCUMSTANCES")), CENSUS)
                .orElseThrow();
        assertThat(r.week20()).isTrue();
        assertThat(r.assessmentOutcome()).isEqualTo(AssessmentOutcome.ONGOING);
    }

    private static ProcessEvent request(LocalDate on) {
        return ProcessEvent.of(ProcessEventKind.REQUEST_RECEIVED, on)
                .withRequest(RequestSource.PARENT, RequestChannel.EMAIL, on.atTime(10, 0));
    }

    private static ProcessEvent step(ProcessEventKind kind, LocalDate on) {
        return ProcessEvent.of(kind, on);
    }
}
