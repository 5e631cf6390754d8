package org.coplan.process.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    static final LocalDate DUE = LocalDate.of(2027, 1, 15);
    final ReminderSchedule schedule = ReminderSchedule.defaults();

    static Deadline duty(DeadlineKey key) {
        return new Deadline(key, UUID.randomUUID(), DUE, null, null, false, null, null);
    }

    Optional<ReminderStage> on(Deadline d, LocalDate today) {
        return schedule.stageFor(d, today);
    }

    @Test
    void remindsAtEachLeadTimeWithTheSmallestLeadNotYetPassed() {
        Deadline d = duty(DeadlineKey.FINAL_PLAN);
        assertThat(on(d, DUE.minusDays(15))).isEmpty();
        assertThat(on(d, DUE.minusDays(14))).contains(new ReminderStage(ReminderKind.DUE_SOON, 14, 14));
        assertThat(on(d, DUE.minusDays(8))).contains(new ReminderStage(ReminderKind.DUE_SOON, 14, 8));
        assertThat(on(d, DUE.minusDays(7))).contains(new ReminderStage(ReminderKind.DUE_SOON, 7, 7));
        assertThat(on(d, DUE.minusDays(2))).contains(new ReminderStage(ReminderKind.DUE_SOON, 7, 2));
        assertThat(on(d, DUE.minusDays(1))).contains(new ReminderStage(ReminderKind.DUE_SOON, 1, 1));
        assertThat(on(d, DUE)).contains(new ReminderStage(ReminderKind.DUE_SOON, 1, 0));
    }

    @Test
    void overdueFromTheDayAfterForAWeekOnly() {
        Deadline d = duty(DeadlineKey.DECISION_TO_ASSESS);
        assertThat(on(d, DUE.plusDays(1))).contains(new ReminderStage(ReminderKind.OVERDUE, 0, -1));
        assertThat(on(d, DUE.plusDays(7))).contains(new ReminderStage(ReminderKind.OVERDUE, 0, -7));
        assertThat(on(d, DUE.plusDays(8))).isEmpty();
    }

    @Test
    void nothingForMetClosedOrExceptedDeadlines() {
        Deadline d = duty(DeadlineKey.FINAL_PLAN);
        assertThat(on(d.met(DUE.minusDays(20)), DUE.minusDays(7))).isEmpty();
        assertThat(on(d.notNeeded(), DUE.minusDays(7))).isEmpty();
        assertThat(on(d.excepted(ExceptionReason.SCHOOL_CLOSURE), DUE.minusDays(7))).isEmpty();
        assertThat(on(d.excepted(ExceptionReason.SCHOOL_CLOSURE), DUE.plusDays(1))).isEmpty();
    }

    @Test
    void familyWindowIsToldOnceItOpensAndUntilItsLastDay() {
        LocalDate opens = DUE.minusDays(14);
        Deadline window = new Deadline(DeadlineKey.DRAFT_COMMENTS, UUID.randomUUID(), DUE, opens, null, false, null, null);
        assertThat(on(window, opens.minusDays(1))).isEmpty();
        assertThat(on(window, opens)).contains(new ReminderStage(ReminderKind.WINDOW_OPEN, 0, 14));
        assertThat(on(window, DUE)).contains(new ReminderStage(ReminderKind.WINDOW_OPEN, 0, 0));
        assertThat(on(window, DUE.plusDays(1))).isEmpty();
        assertThat(on(window.notNeeded(), opens)).isEmpty();
    }

    @Test
    void leadTimesCanBeChanged() {
        ReminderSchedule own = new ReminderSchedule(List.of(0, 3), 1);
        Deadline d = duty(DeadlineKey.ANNUAL_REVIEW);
        assertThat(own.longestLead()).isEqualTo(3);
        assertThat(own.stageFor(d, DUE.minusDays(4))).isEmpty();
        assertThat(own.stageFor(d, DUE.minusDays(3))).contains(new ReminderStage(ReminderKind.DUE_SOON, 3, 3));
        assertThat(own.stageFor(d, DUE)).contains(new ReminderStage(ReminderKind.DUE_SOON, 0, 0));
        assertThat(own.stageFor(d, DUE.plusDays(2))).isEmpty();
        assertThatThrownBy(() -> new ReminderSchedule(List.of(-1), 7)).isInstanceOf(IllegalArgumentException.class);
    }
}
