package org.coplan.measures.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.coplan.cases.CaseFigures.Figure;
import org.coplan.cases.CaseFigures.Measure;
import org.coplan.cases.CaseFilter;
import org.coplan.support.SettableClock;
import org.junit.jupiter.api.Test;

/** The authority's figures are counted once in a few minutes, then again; each filter apart. */
class AreaFigureMemoTest {

    final SettableClock clock = new SettableClock(java.time.ZoneOffset.UTC);

    {
        clock.set(java.time.Instant.parse("2026-12-01T10:00:00Z"));
    }
    final AtomicInteger counted = new AtomicInteger();
    final UUID la = UUID.randomUUID();

    List<Figure> count() {
        return List.of(new Figure("confidence", "confidence.informed", "2026-autumn", Measure.SHARE, counted.incrementAndGet(), 10, 10, 5));
    }

    AreaFigureMemo.Key key(CaseFilter filter) {
        return new AreaFigureMemo.Key(la, filter, LocalDate.of(2024, 9, 1), LocalDate.of(2026, 12, 1));
    }

    @Test
    void keptForTheSetMinutesThenCountedAgain() {
        AreaFigureMemo<Figure> memo = new AreaFigureMemo<Figure>(clock, Duration.ofMinutes(10));
        assertThat(memo.figures(key(CaseFilter.none()), this::count).getFirst().numerator()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(9));
        assertThat(memo.figures(key(CaseFilter.none()), this::count).getFirst().numerator()).as("still kept").isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        assertThat(memo.figures(key(CaseFilter.none()), this::count).getFirst().numerator()).as("counted again").isEqualTo(2);
    }

    @Test
    void eachFilterIsCountedApart() {
        AreaFigureMemo<Figure> memo = new AreaFigureMemo<Figure>(clock, Duration.ofMinutes(10));
        memo.figures(key(CaseFilter.none()), this::count);
        CaseFilter autism = new CaseFilter(null, org.coplan.cases.NeedType.ASD, null, null);
        assertThat(memo.figures(key(autism), this::count).getFirst().numerator()).isEqualTo(2);
        assertThat(memo.figures(key(CaseFilter.none()), this::count).getFirst().numerator()).isEqualTo(1);
    }

    @Test
    void zeroMinutesCountsEveryTime() {
        AreaFigureMemo<Figure> memo = new AreaFigureMemo<Figure>(clock, Duration.ZERO);
        memo.figures(key(CaseFilter.none()), this::count);
        assertThat(memo.figures(key(CaseFilter.none()), this::count).getFirst().numerator()).isEqualTo(2);
    }

    @Test
    void keepsNoMoreThanItsLimit() {
        AreaFigureMemo<Figure> memo = new AreaFigureMemo<Figure>(clock, Duration.ofMinutes(10));
        AreaFigureMemo.Key first = key(CaseFilter.none());
        memo.figures(first, this::count);
        for (int i = 0; i < AreaFigureMemo.MOST_KEPT; i++) {
            clock.advance(Duration.ofMillis(1));
            memo.figures(new AreaFigureMemo.Key(UUID.randomUUID(), CaseFilter.none(), LocalDate.MIN, LocalDate.MAX), this::count);
        }
        assertThat(memo.countedAt(first)).as("the oldest was dropped").isEmpty();
    }

    @Test
    void aRecountReplacesWhatIsKeptBeforeItGoesStale() {
        AreaFigureMemo<Figure> memo = new AreaFigureMemo<Figure>(clock, Duration.ofMinutes(10));
        memo.figures(key(CaseFilter.none()), this::count);
        clock.advance(Duration.ofMinutes(5));
        memo.recount(key(CaseFilter.none()), this::count);
        clock.advance(Duration.ofMinutes(9));
        assertThat(memo.figures(key(CaseFilter.none()), this::count).getFirst().numerator())
                .as("the recount at five minutes is still fresh at fourteen").isEqualTo(2);
    }
}
