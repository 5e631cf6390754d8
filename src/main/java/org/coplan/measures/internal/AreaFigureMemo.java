package org.coplan.measures.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.coplan.cases.CaseFilter;

/**
 * The figures over a whole authority's cases (and the spread of its survey answers), kept for a few minutes. Every school's, service's and
 * family's dashboard sets the authority's figures beside its own, and the authority's own page shows
 * them: counting 20,000 cases' records again for each of those views would make every page wait on the
 * largest count. A figure on a dashboard may so be up to {@code coplan.measures.area-figures-minutes}
 * old (the page says so); a school's or a case's own figures are always counted afresh.
 *
 * <p>Each node keeps its own copy; at most {@link #MOST_KEPT} selections are kept, the oldest dropped
 * first when there are more.
 */
final class AreaFigureMemo<T> {

    static final int MOST_KEPT = 200;

    /** The authority, the filter and the days the figures cover. */
    record Key(UUID localAuthority, CaseFilter filter, LocalDate from, LocalDate to) {}

    private record Kept<T>(Instant at, List<T> figures) {}

    private final Map<Key, Kept<T>> kept = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration keep;

    AreaFigureMemo(Clock clock, Duration keep) {
        this.clock = clock;
        this.keep = keep;
    }

    /** The figures for the key, counted by {@code count} when none are kept from the last few minutes. */
    List<T> figures(Key key, Supplier<List<T>> count) {
        if (keep.isZero() || keep.isNegative()) {
            return count.get();
        }
        Instant now = clock.instant();
        Kept<T> k = kept.get(key);
        if (k != null && k.at().plus(keep).isAfter(now) && !k.at().isAfter(now)) {
            return k.figures();
        }
        List<T> figures = List.copyOf(count.get());
        if (kept.size() >= MOST_KEPT) {
            kept.entrySet().stream().min(Map.Entry.comparingByValue(java.util.Comparator.comparing(Kept<T>::at)))
                    .ifPresent(oldest -> kept.remove(oldest.getKey()));
        }
        kept.put(key, new Kept<>(now, figures));
        return figures;
    }

    /** Counts the figures for the key again now and keeps them, whatever is kept already. */
    void recount(Key key, Supplier<List<T>> count) {
        if (keep.isZero() || keep.isNegative()) {
            return;
        }
        kept.put(key, new Kept<>(clock.instant(), List.copyOf(count.get())));
    }

    /** When the kept figures for the key were counted, if they are still kept and fresh. */
    java.util.Optional<Instant> countedAt(Key key) {
        Kept<T> k = kept.get(key);
        return k == null || !k.at().plus(keep).isAfter(clock.instant()) ? java.util.Optional.empty() : java.util.Optional.of(k.at());
    }
}
