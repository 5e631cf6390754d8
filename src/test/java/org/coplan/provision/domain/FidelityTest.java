package org.coplan.provision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.coplan.provision.domain.ExpectedSessions.Expected;
import org.junit.jupiter.api.Test;

/** Fidelity of one item: what was expected, delivered, missed by reason, not yet accounted for and made up; and the shortfall rule. */
class FidelityTest {

    @Test
    void notYetAccountedForIsExpectedUpToTodayLessWhatWasRecordedNeverBelowZero() {
        Fidelity f = Fidelity.of(new Expected(7, 210), new Expected(4, 120),
                new Fidelity.Counts(2, 60, Map.of(NotDeliveredReason.PROVIDER_ABSENT, 1), 1, 30, LocalDate.of(2026, 11, 20)));
        assertThat(f.expected()).isEqualTo(7);
        assertThat(f.notDelivered()).isEqualTo(1);
        assertThat(f.notAccounted()).isEqualTo(1);
        assertThat(f.deliveredWithMakeUps()).isEqualTo(3);

        Fidelity over = Fidelity.of(new Expected(2, 60), new Expected(1, 30),
                new Fidelity.Counts(3, 90, Map.of(), 0, 0, null));
        assertThat(over.notAccounted()).isZero();
    }

    @Test
    void anItemThatCannotBeCountedHasNoExpectedAndNothingUnaccounted() {
        Fidelity f = Fidelity.of(null, null, new Fidelity.Counts(1, 30, Map.of(), 0, 0, null));
        assertThat(f.counted()).isFalse();
        assertThat(f.notAccounted()).isZero();
    }

    @Test
    void shortfallIsFlaggedOnlyWhenMoreThanTheThresholdBelowExpectedAndSomethingWasExpected() {
        assertThat(Shortfall.flagged(5, 4, 20)).as("exactly 20% below").isFalse();
        assertThat(Shortfall.flagged(5, 3, 20)).as("40% below").isTrue();
        assertThat(Shortfall.flagged(0, 0, 20)).as("nothing expected").isFalse();
        assertThat(Shortfall.flagged(1, 0, 20)).isTrue();
        assertThat(Shortfall.flagged(6, 5, 0)).as("a threshold of 0 flags any session short").isTrue();
    }

    @Test
    void soFarEndsWithTheLastWholeWeek() {
        assertThat(Shortfall.soFarUntil(LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(Shortfall.soFarUntil(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 22));
    }
}
