package org.coplan.provision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgressChartTest {

    final UUID authority = UUID.randomUUID();
    final ProgressScale scale = ProgressScale.defaults(authority);

    UUID step(int index) {
        return scale.steps().get(index).id();
    }

    @Test
    void aKnownHistoryIsDrawnAtKnownCoordinates() {
        // five steps: lines at y 20, 64, 108, 152, 196 from highest to lowest; the plot runs from x 140 to 536
        ProgressChart chart = ProgressChart.of(scale, List.of(
                new ProgressChart.Observation(LocalDate.of(2026, 1, 1), step(0)),
                new ProgressChart.Observation(LocalDate.of(2026, 1, 31), step(2)),
                new ProgressChart.Observation(LocalDate.of(2026, 4, 1), step(3))));

        assertThat(chart.width()).isEqualTo(560);
        assertThat(chart.height()).isEqualTo(20 + 4 * 44 + 44);
        assertThat(chart.steps()).extracting(ProgressChart.StepLine::label)
                .containsExactly("Not started", "Emerging", "Developing", "Secure", "Achieved");
        assertThat(chart.steps()).extracting(ProgressChart.StepLine::y).containsExactly(196, 152, 108, 64, 20);
        // 90 days in all: 30 days in is a third of 396 units
        assertThat(chart.points()).extracting(ProgressChart.Point::x).containsExactly(140, 272, 536);
        assertThat(chart.points()).extracting(ProgressChart.Point::y).containsExactly(196, 108, 64);
        assertThat(chart.points()).extracting(ProgressChart.Point::step).containsExactly("Not started", "Developing", "Secure");
        assertThat(chart.line()).isEqualTo("140,196 272,108 536,64");
        assertThat(chart.ticks()).extracting(ProgressChart.Tick::date)
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1));
        assertThat(chart.ticks()).extracting(ProgressChart.Tick::x).containsExactly(140, 272, 404, 536);
        assertThat(chart.empty()).isFalse();
    }

    @Test
    void anEmptyHistoryHasTheScaleAndNoPointsOrDates() {
        ProgressChart chart = ProgressChart.of(scale, List.of());

        assertThat(chart.empty()).isTrue();
        assertThat(chart.points()).isEmpty();
        assertThat(chart.ticks()).isEmpty();
        assertThat(chart.line()).isEmpty();
        assertThat(chart.steps()).hasSize(5);
    }

    @Test
    void onePointSitsInTheMiddleWithOneDate() {
        ProgressChart chart = ProgressChart.of(scale, List.of(new ProgressChart.Observation(LocalDate.of(2026, 5, 6), step(1))));

        assertThat(chart.points()).singleElement().satisfies(p -> {
            assertThat(p.x()).isEqualTo(140 + 396 / 2);
            assertThat(p.y()).isEqualTo(152);
        });
        assertThat(chart.ticks()).extracting(ProgressChart.Tick::date).containsExactly(LocalDate.of(2026, 5, 6));
        assertThat(chart.line()).isEqualTo("338,152");
    }

    @Test
    void theYAxisFollowsTheAuthoritysOrderNotTheOrderStepsWereMade() {
        UUID high = UUID.randomUUID();
        UUID low = UUID.randomUUID();
        UUID middle = UUID.randomUUID();
        // made high first, but placed lowest-first by position
        ProgressScale own = new ProgressScale(authority, 3, List.of(
                new ProgressStep(high, "Can do it alone", 3), new ProgressStep(low, "Trying", 1), new ProgressStep(middle, "With help", 2)));

        ProgressChart chart = ProgressChart.of(own, List.of(
                new ProgressChart.Observation(LocalDate.of(2026, 1, 1), high),
                new ProgressChart.Observation(LocalDate.of(2026, 2, 1), low)));

        assertThat(chart.steps()).extracting(ProgressChart.StepLine::label).containsExactly("Trying", "With help", "Can do it alone");
        assertThat(chart.height()).isEqualTo(20 + 2 * 44 + 44);
        assertThat(chart.points()).extracting(ProgressChart.Point::y).containsExactly(20, 108);
    }

    @Test
    void aLongStepNameIsCutToFitBesideTheChart() {
        UUID id = UUID.randomUUID();
        ProgressScale own = new ProgressScale(authority, 1, List.of(new ProgressStep(UUID.randomUUID(), "Not yet", 1),
                new ProgressStep(id, "Does it with a reminder from an adult", 2)));

        ProgressChart chart = ProgressChart.of(own, List.of(new ProgressChart.Observation(LocalDate.of(2026, 1, 1), id)));

        assertThat(chart.steps()).extracting(ProgressChart.StepLine::shown).containsExactly("Not yet", "Does it with a re…");
        assertThat(chart.points().getFirst().step()).isEqualTo("Does it with a reminder from an adult");
    }

    @Test
    void twoRecordsOnTheSameDayShareTheirPlaceAlongTheAxis() {
        ProgressChart chart = ProgressChart.of(scale, List.of(
                new ProgressChart.Observation(LocalDate.of(2026, 1, 1), step(0)),
                new ProgressChart.Observation(LocalDate.of(2026, 1, 1), step(1))));

        assertThat(chart.points()).extracting(ProgressChart.Point::x).containsExactly(338, 338);
        assertThat(chart.ticks()).hasSize(1);
    }
}
