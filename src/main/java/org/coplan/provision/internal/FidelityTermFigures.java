package org.coplan.provision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.cases.CaseFigures;
import org.coplan.cases.CaseId;
import org.coplan.provision.domain.Amount;
import org.coplan.provision.domain.ExpectedSessions;
import org.coplan.provision.domain.Fidelity;
import org.coplan.provision.domain.ProvisionItem;
import org.coplan.provision.domain.Shortfall;
import org.coplan.provision.domain.TermCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provision module's quality figures, term by term (docs/quality-figures-meetings-involvement-fidelity.md):
 *
 * <ul>
 *   <li>{@code fidelity.delivered}: of the sessions expected in the term, how many were delivered
 *       or made up (each item counted up to what it expected, so one item's extra sessions do not
 *       hide another's missing ones);
 *   <li>{@code fidelity.accounted}: of the sessions expected, how many were recorded, delivered or
 *       not (the rest are "not written down yet").
 * </ul>
 *
 * What was expected is worked out as everywhere else ({@link ExpectedSessions}, from each item in
 * force, its amount and its school's calendar), and sessions are counted as everywhere else
 * ({@link FidelityCounts}): the same figures the case's provision pages and the shortfall check
 * give. In the current term sessions are expected up to the end of last week, as the shortfall
 * check expects them, so a week's sessions are not missing before the week is over. Items that
 * cannot be counted (no amount, or a school year with no term dates) are left out. Reads the items,
 * where each case is, the calendars and each term's count of sessions with the provision module's
 * own set-based queries, 500 cases at a time; the expected sessions are worked out in memory, once
 * per school, amount and days.
 */
@Component
@Transactional(readOnly = true)
public class FidelityTermFigures implements CaseFigures {

    private final ProvisionItems items;
    private final ProvisionCases cases;
    private final TermCalendars calendars;
    private final FidelityCounts counts;
    private final Clock clock;

    FidelityTermFigures(ProvisionItems items, ProvisionCases cases, TermCalendars calendars, FidelityCounts counts, Clock clock) {
        this.items = items;
        this.cases = cases;
        this.calendars = calendars;
        this.counts = counts;
        this.clock = clock;
    }

    @Override
    public List<Figure> figures(Collection<CaseId> caseIds, LocalDate from, LocalDate to) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = caseIds.stream().map(CaseId::value).distinct().toList();
        Map<UUID, List<ProvisionItem>> byCase = chunks(ids).stream().flatMap(c -> items.forCases(c).stream())
                .filter(ProvisionItem::quantified)
                .collect(Collectors.groupingBy(ProvisionItem::caseId));
        List<UUID> withItems = List.copyOf(byCase.keySet());
        if (byCase.isEmpty()) {
            return List.of();
        }
        Map<UUID, TermCalendar> calendarOf = calendarsOf(withItems);
        LocalDate today = LocalDate.now(clock);
        LocalDate soFar = Shortfall.soFarUntil(today);
        List<Figure> out = new ArrayList<>();
        for (String term : CaseFigures.terms(from, to)) {
            LocalDate first = termStart(term, from);
            LocalDate last = termEnd(first);
            LocalDate until = last.isAfter(soFar) ? soFar : last;
            if (until.isBefore(first)) {
                continue;
            }
            Map<FidelityCounts.ItemKey, Fidelity.Counts> counted = new HashMap<>();
            for (List<UUID> chunk : chunks(withItems)) {
                counted.putAll(counts.forCases(chunk, first, until));
            }
            long expected = 0;
            long delivered = 0;
            long accounted = 0;
            Set<UUID> expectedCases = new HashSet<>();
            Set<UUID> deliveredCases = new HashSet<>();
            Set<UUID> accountedCases = new HashSet<>();
            // items of one school with the same amount and the same days in the term expect the same: worked out once
            Map<List<Object>, Optional<ExpectedSessions.Expected>> known = new HashMap<>();
            for (Map.Entry<UUID, List<ProvisionItem>> e : byCase.entrySet()) {
                TermCalendar calendar = calendarOf.get(e.getKey());
                if (calendar == null) {
                    continue;
                }
                for (ProvisionItem item : e.getValue()) {
                    LocalDate lo = item.firstDay().isAfter(first) ? item.firstDay() : first;
                    LocalDate hi = item.lastDay() != null && item.lastDay().isBefore(until) ? item.lastDay() : until;
                    if (hi.isBefore(lo)) {
                        continue;
                    }
                    ExpectedSessions.Expected soFarInTerm = known.computeIfAbsent(
                            List.of(calendar, item.amount().per(), item.amount().sessions(), item.amount().minutes(), lo, hi),
                            k -> Optional.ofNullable(expected(item.amount(), lo, hi, calendar, first, until))).orElse(null);
                    if (soFarInTerm == null || soFarInTerm.sessions() == 0) {
                        continue;
                    }
                    Fidelity f = Fidelity.of(soFarInTerm, soFarInTerm,
                            counted.getOrDefault(new FidelityCounts.ItemKey(e.getKey(), item.lineage()), Fidelity.Counts.NONE));
                    int exp = f.expected();
                    int del = Math.min(exp, f.deliveredWithMakeUps());
                    int acc = exp - f.notAccounted();
                    expected += exp;
                    delivered += del;
                    accounted += acc;
                    expectedCases.add(e.getKey());
                    if (del > 0) {
                        deliveredCases.add(e.getKey());
                    }
                    if (acc > 0) {
                        accountedCases.add(e.getKey());
                    }
                }
            }
            if (expected > 0) {
                out.add(new Figure("fidelity", "fidelity.delivered", term, Measure.SHARE, delivered, expected, expectedCases.size(),
                        deliveredCases.size()));
                out.add(new Figure("fidelity", "fidelity.accounted", term, Measure.SHARE, accounted, expected, expectedCases.size(),
                        accountedCases.size()));
            }
        }
        return out;
    }

    /**
     * Sessions expected of the item from {@code first} to {@code until}, or null if it cannot be
     * counted. The summer term (April to August) reaches into August, which a school calendar puts in
     * the next school year; when that year has no term dates yet, August is left out (it holds no
     * school days).
     */
    private static ExpectedSessions.Expected expected(Amount amount, LocalDate itemFirst, LocalDate itemLast, TermCalendar calendar,
            LocalDate first, LocalDate until) {
        ExpectedSessions.Expected e = ExpectedSessions.expected(amount, itemFirst, itemLast, calendar, first, until).orElse(null);
        if (e == null && until.getMonth() == Month.AUGUST) {
            LocalDate july = until.withMonth(7).withDayOfMonth(31);
            e = july.isBefore(first) ? null : ExpectedSessions.expected(amount, itemFirst, itemLast, calendar, first, july).orElse(null);
        }
        return e;
    }

    /** Each case's school calendar, one read of term dates per authority. */
    private Map<UUID, TermCalendar> calendarsOf(List<UUID> caseIds) {
        List<ProvisionCases.Where> where = chunks(caseIds).stream().flatMap(c -> cases.findAll(c).stream()).toList();
        Map<UUID, TermCalendars.Batch> batches = new HashMap<>();
        Map<UUID, TermCalendar> out = new HashMap<>();
        for (ProvisionCases.Where w : where) {
            TermCalendars.Batch batch = batches.computeIfAbsent(w.localAuthority(), la -> calendars.forAuthority(la,
                    where.stream().filter(x -> x.localAuthority().equals(la)).map(ProvisionCases.Where::school)
                            .filter(Objects::nonNull).collect(Collectors.toSet())));
            out.put(w.caseId(), batch.forSchool(w.school()));
        }
        return out;
    }

    /**
     * The cases in lists of at most {@value #CHUNK}, as the shortfall check reads them: the shared
     * queries take a list of cases as {@code = any(?)}, which the database reads once a row, so a
     * whole authority's list in one query is far slower than the same rows read in batches.
     */
    private static List<List<UUID>> chunks(List<UUID> ids) {
        List<List<UUID>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            out.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return out;
    }

    private static final int CHUNK = 500;

    /** The first day of the term: of the month holding {@code from} stepped back while the term is the same. */
    private static LocalDate termStart(String term, LocalDate from) {
        LocalDate d = from.withDayOfMonth(1);
        while (!CaseFigures.termOf(d).equals(term)) {
            d = d.plusMonths(1);
        }
        while (CaseFigures.termOf(d.minusMonths(1)).equals(term)) {
            d = d.minusMonths(1);
        }
        return d;
    }

    private static LocalDate termEnd(LocalDate first) {
        String term = CaseFigures.termOf(first);
        LocalDate d = first;
        while (CaseFigures.termOf(d.plusMonths(1)).equals(term)) {
            d = d.plusMonths(1);
        }
        return d.plusMonths(1).minusDays(1);
    }
}
