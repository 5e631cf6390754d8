package org.coplan.provision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coplan.provision.domain.ExpectedSessions;
import org.coplan.provision.domain.Fidelity;
import org.coplan.provision.domain.HalfTerm;
import org.coplan.provision.domain.ProvisionItem;
import org.coplan.provision.domain.SchoolYearTerms;
import org.coplan.provision.domain.TermCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fidelity of a case's provision over a period: for every item in force in the period, what was
 * expected (by the school's calendar), delivered, not delivered by reason, not yet accounted for
 * and made up. A handful of queries per case, whatever the number of sessions.
 */
@Service
@Transactional(readOnly = true)
public class FidelityReading {

    /** The periods the pages offer. */
    public enum Period {
        HALF_TERM,
        TERM,
        SCHOOL_YEAR,
        SINCE_ISSUED;

        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Optional<Period> ofSlug(String slug) {
            for (Period p : values()) {
                if (p.slug().equals(slug)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    /** One item's fidelity; {@code shortfall} as of the last check, for the current half-term. */
    public record ItemFidelity(ProvisionItem item, Fidelity fidelity, boolean shortfall) {}

    /**
     * A case's fidelity over a period; {@code from} and {@code to} are null when the school's
     * calendar does not know the period (no term dates for today).
     */
    public record CaseFidelity(Period period, LocalDate from, LocalDate to, List<ItemFidelity> items) {

        public boolean anyShortfall() {
            return items.stream().anyMatch(ItemFidelity::shortfall);
        }
    }

    private final ProvisionItems items;
    private final ProvisionCases cases;
    private final TermCalendars calendars;
    private final FidelityCounts counts;
    private final JdbcClient jdbc;
    private final Clock clock;

    FidelityReading(ProvisionItems items, ProvisionCases cases, TermCalendars calendars, FidelityCounts counts, JdbcClient jdbc,
            Clock clock) {
        this.items = items;
        this.cases = cases;
        this.calendars = calendars;
        this.counts = counts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The calendar the case's school follows. */
    public TermCalendar calendarOf(UUID caseId) {
        return cases.find(caseId)
                .map(w -> calendars.forSchool(w.localAuthority(), w.school()))
                .orElseGet(() -> calendars.calendar(List.of(), List.of()));
    }

    public CaseFidelity forCase(UUID caseId, Period period) {
        LocalDate today = today();
        TermCalendar calendar = calendarOf(caseId);
        List<ProvisionItem> all = items.forCase(caseId);
        LocalDate from = null;
        LocalDate to = null;
        switch (period) {
            case HALF_TERM -> {
                Optional<HalfTerm> h = calendar.currentHalfTerm(today);
                from = h.map(HalfTerm::firstDay).orElse(null);
                to = h.map(HalfTerm::lastDay).orElse(null);
            }
            case TERM -> {
                Optional<HalfTerm> t = calendar.currentTerm(today);
                from = t.map(HalfTerm::firstDay).orElse(null);
                to = t.map(HalfTerm::lastDay).orElse(null);
            }
            case SCHOOL_YEAR -> {
                Optional<SchoolYearTerms> y = calendar.schoolYear(today);
                from = y.map(SchoolYearTerms::firstDay).orElse(null);
                to = y.map(SchoolYearTerms::lastDay).orElse(null);
            }
            case SINCE_ISSUED -> {
                from = all.stream().filter(i -> i.stoppedOn() == null).map(ProvisionItem::inForceFrom)
                        .min(Comparator.naturalOrder()).orElse(today);
                to = today;
            }
        }
        if (from == null) {
            List<ItemFidelity> uncounted = all.stream()
                    .filter(i -> i.stoppedOn() == null)
                    .map(i -> new ItemFidelity(i, Fidelity.of(null, null, Fidelity.Counts.NONE), false))
                    .toList();
            return new CaseFidelity(period, null, null, uncounted);
        }
        return new CaseFidelity(period, from, to, fidelity(caseId, all, calendar, from, to, today));
    }

    /** Every item in force at some time from {@code from} to {@code to}, with its fidelity over that period. */
    public List<ItemFidelity> forCase(UUID caseId, LocalDate from, LocalDate to) {
        return fidelity(caseId, items.forCase(caseId), calendarOf(caseId), from, to, today());
    }

    private List<ItemFidelity> fidelity(UUID caseId, List<ProvisionItem> all, TermCalendar calendar, LocalDate from, LocalDate to,
            LocalDate today) {
        LocalDate countedTo = to.isAfter(today) ? today : to;
        Map<UUID, Fidelity.Counts> byItem = countedTo.isBefore(from) ? Map.of() : counts.forCase(caseId, from, countedTo);
        Set<UUID> short_ = shortfalls(caseId);
        return all.stream()
                .filter(i -> !i.firstDay().isAfter(to) && (i.lastDay() == null || !i.lastDay().isBefore(from)))
                .map(i -> {
                    ExpectedSessions.Expected inPeriod = ExpectedSessions.expected(i, calendar, from, to).orElse(null);
                    ExpectedSessions.Expected toDate = inPeriod == null ? null
                            : countedTo.isBefore(from) ? ExpectedSessions.Expected.NONE
                            : ExpectedSessions.expected(i, calendar, from, countedTo).orElse(null);
                    return new ItemFidelity(i, Fidelity.of(inPeriod, toDate, byItem.getOrDefault(i.lineage(), Fidelity.Counts.NONE)),
                            short_.contains(i.lineage()));
                })
                .toList();
    }

    /** The case's items found short at the last check, in their school's current half-term. */
    public Set<UUID> shortfalls(UUID caseId) {
        return Set.copyOf(jdbc.sql("select item_lineage from provision_fidelity_now where case_id = ? and shortfall")
                .param(caseId)
                .query(UUID.class)
                .list());
    }

    /** How many of the case's items were found short at the last check. */
    public long shortfallCount(UUID caseId) {
        return jdbc.sql("select count(*) from provision_fidelity_now where case_id = ? and shortfall")
                .param(caseId)
                .query(Long.class)
                .single();
    }
}
