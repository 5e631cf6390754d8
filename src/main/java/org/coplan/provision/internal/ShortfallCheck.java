package org.coplan.provision.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.provision.domain.ExpectedSessions;
import org.coplan.provision.domain.Fidelity;
import org.coplan.provision.domain.HalfTerm;
import org.coplan.provision.domain.ProvisionItem;
import org.coplan.provision.domain.Shortfall;
import org.coplan.provision.domain.TermCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks provision for shortfalls: for each item in force, the sessions delivered plus make-ups in
 * its school's current half-term against those expected so far (up to the end of last week), by
 * {@link Shortfall}. The result is kept per item in {@code provision_fidelity_now}, which the case
 * page's warning, the caseload and the authority's dashboard read; a new shortfall is told to the
 * plan's writer and the family once per item per half-term ({@link ShortfallTelling}).
 *
 * <p>It runs for the cases whose sessions were recorded since the last run (every minute, on any
 * node: {@link #checkRecorded}), and for every case each morning ({@link #checkAll}), since what is
 * expected so far grows as the weeks pass. Running it twice, or on two nodes at once, gives the same
 * figures and tells nobody twice.
 */
@Service
public class ShortfallCheck {

    private static final Logger log = LoggerFactory.getLogger(ShortfallCheck.class);
    private static final int BATCH = 500;

    private final ProvisionItems items;
    private final ProvisionCases cases;
    private final TermCalendars calendars;
    private final FidelityCounts counts;
    private final ShortfallTelling telling;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int percent;

    ShortfallCheck(ProvisionItems items, ProvisionCases cases, TermCalendars calendars, FidelityCounts counts, ShortfallTelling telling,
            JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx, Clock clock,
            @Value("${coplan.provision.shortfall-percent:20}") int percent) {
        this.items = items;
        this.cases = cases;
        this.calendars = calendars;
        this.counts = counts;
        this.telling = telling;
        this.jdbc = jdbc;
        this.template = template;
        this.tx = tx;
        this.clock = clock;
        if (percent < 0 || percent > 100) {
            throw new IllegalStateException("coplan.provision.shortfall-percent must be from 0 to 100, not " + percent);
        }
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    /** Checks the cases with sessions recorded (or corrected) since the last run. */
    public int checkRecorded() {
        long mark = jdbc.sql("select last_seq from provision_check_mark where name = 'sessions'").query(Long.class).single();
        record Recorded(UUID caseId, long seq) {}
        List<Recorded> recorded = jdbc.sql("""
                select case_id, max(seq) as seq from provision_session where seq > ? group by case_id""")
                .param(mark)
                .query((rs, n) -> new Recorded(rs.getObject("case_id", UUID.class), rs.getLong("seq")))
                .list();
        if (recorded.isEmpty()) {
            return 0;
        }
        check(recorded.stream().map(Recorded::caseId).toList());
        long newest = recorded.stream().mapToLong(Recorded::seq).max().orElse(mark);
        jdbc.sql("update provision_check_mark set last_seq = greatest(last_seq, ?) where name = 'sessions'").param(newest).update();
        return recorded.size();
    }

    /** Checks every case with provision, authority by authority. */
    public int checkAll() {
        int checked = 0;
        for (UUID authority : cases.authoritiesWithProvision()) {
            List<UUID> ids = cases.withProvision(authority).stream().map(ProvisionCases.Where::caseId).toList();
            check(ids);
            checked += ids.size();
        }
        return checked;
    }

    /** Checks these cases now, in batches; returns how many items fall short. */
    public int check(Collection<UUID> caseIds) {
        List<UUID> all = new ArrayList<>(new java.util.LinkedHashSet<>(caseIds));
        int short_ = 0;
        for (int i = 0; i < all.size(); i += BATCH) {
            List<UUID> batch = all.subList(i, Math.min(all.size(), i + BATCH));
            List<Row> rows = tx.execute(s -> checkBatch(batch));
            Set<List<Object>> alreadyTold = alreadyTold(batch);
            for (Row r : rows) {
                if (r.shortfall()) {
                    if (alreadyTold.contains(List.of(r.caseId(), r.lineage(), r.periodFirst()))) {
                        short_++;
                        continue;
                    }
                    short_++;
                    try {
                        telling.tell(r.caseId(), r.lineage(), r.planKind(), r.school(), r.periodFirst());
                    } catch (RuntimeException e) {
                        log.warn("Telling of a shortfall failed; tried again at the next check", e);
                    }
                }
            }
        }
        return short_;
    }

    /**
     * The items of these cases whose shortfall in a half-term someone was already told of: they are
     * not looked at again (a shortfall is told once per item per half-term), which keeps the daily
     * check from reading every case's team.
     */
    private Set<List<Object>> alreadyTold(List<UUID> caseIds) {
        Set<List<Object>> told = new java.util.HashSet<>();
        jdbc.sql("select distinct case_id, item_lineage, period_first from provision_shortfall_told where case_id = any(?)")
                .param(caseIds.toArray(UUID[]::new))
                .query((rs, n) -> told.add(List.of(rs.getObject("case_id", UUID.class), rs.getObject("item_lineage", UUID.class),
                        rs.getObject("period_first", LocalDate.class))))
                .list();
        return told;
    }

    /** One item's result: written to provision_fidelity_now. */
    record Row(UUID caseId, UUID lineage, String planKind, UUID authority, UUID school, String section, LocalDate periodFirst,
            LocalDate periodLast, int expected, int delivered, int madeUp, int notDelivered, boolean shortfall) {}

    private List<Row> checkBatch(List<UUID> caseIds) {
        // one check writes the snapshot at a time, on however many nodes: two at once would both
        // delete the old rows and then both insert the new ones
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('provision_fidelity_now'))) as locked").query(Integer.class).single();
        LocalDate today = LocalDate.now(clock);
        LocalDate soFar = Shortfall.soFarUntil(today);
        Map<UUID, ProvisionCases.Where> where = cases.findAll(caseIds).stream()
                .collect(Collectors.toMap(ProvisionCases.Where::caseId, w -> w));
        Map<UUID, List<ProvisionItem>> byCase = items.forCases(caseIds).stream()
                .collect(Collectors.groupingBy(ProvisionItem::caseId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, TermCalendars.Batch> batches = new HashMap<>();
        record Due(UUID caseId, TermCalendar calendar, HalfTerm halfTerm, LocalDate until) {}
        Map<List<LocalDate>, List<Due>> byPeriod = new LinkedHashMap<>();
        for (UUID caseId : caseIds) {
            ProvisionCases.Where w = where.get(caseId);
            if (w == null || !byCase.containsKey(caseId)) {
                continue;
            }
            TermCalendar calendar = batches.computeIfAbsent(w.localAuthority(), la -> calendars.forAuthority(la,
                            where.values().stream().filter(x -> x.localAuthority().equals(la)).map(ProvisionCases.Where::school)
                                    .filter(java.util.Objects::nonNull).collect(Collectors.toSet())))
                    .forSchool(w.school());
            Optional<HalfTerm> h = calendar.currentHalfTerm(today);
            if (h.isEmpty()) {
                continue;
            }
            LocalDate until = soFar.isAfter(h.get().lastDay()) ? h.get().lastDay() : soFar;
            byPeriod.computeIfAbsent(List.of(h.get().firstDay(), until), k -> new ArrayList<>())
                    .add(new Due(caseId, calendar, h.get(), until));
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<List<LocalDate>, List<Due>> e : byPeriod.entrySet()) {
            LocalDate from = e.getKey().get(0);
            LocalDate until = e.getKey().get(1);
            Map<FidelityCounts.ItemKey, Fidelity.Counts> counted = until.isBefore(from) ? Map.of()
                    : counts.forCases(e.getValue().stream().map(Due::caseId).toList(), from, until);
            for (Due d : e.getValue()) {
                ProvisionCases.Where w = where.get(d.caseId());
                for (ProvisionItem item : byCase.get(d.caseId())) {
                    if (!item.quantified() || item.firstDay().isAfter(d.halfTerm().lastDay())
                            || (item.lastDay() != null && item.lastDay().isBefore(from))) {
                        continue;
                    }
                    int expected = until.isBefore(from) ? 0
                            : ExpectedSessions.expected(item, d.calendar(), from, until).map(ExpectedSessions.Expected::sessions).orElse(-1);
                    if (expected < 0) {
                        continue;
                    }
                    Fidelity.Counts c = counted.getOrDefault(new FidelityCounts.ItemKey(d.caseId(), item.lineage()), Fidelity.Counts.NONE);
                    int notDelivered = c.notDeliveredBy().values().stream().mapToInt(Integer::intValue).sum();
                    rows.add(new Row(d.caseId(), item.lineage(), item.planKind(), w.localAuthority(), w.school(), item.section(), from,
                            d.halfTerm().lastDay(), expected, c.delivered(), c.madeUp(), notDelivered,
                            Shortfall.flagged(expected, c.delivered() + c.madeUp(), percent)));
                }
            }
        }
        jdbc.sql("delete from provision_fidelity_now where case_id = any(?)").param(caseIds.toArray(UUID[]::new)).update();
        Timestamp now = Timestamp.from(Instant.now(clock));
        template.batchUpdate("""
                insert into provision_fidelity_now (case_id, item_lineage, local_authority, school, section, period_first, period_last,
                    expected, delivered, made_up, not_delivered, shortfall, checked_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows, 1000, (ps, r) -> {
                    ps.setObject(1, r.caseId());
                    ps.setObject(2, r.lineage());
                    ps.setObject(3, r.authority());
                    ps.setObject(4, r.school());
                    ps.setString(5, r.section());
                    ps.setObject(6, r.periodFirst());
                    ps.setObject(7, r.periodLast());
                    ps.setInt(8, r.expected());
                    ps.setInt(9, r.delivered());
                    ps.setInt(10, r.madeUp());
                    ps.setInt(11, r.notDelivered());
                    ps.setBoolean(12, r.shortfall());
                    ps.setTimestamp(13, now);
                });
        return rows;
    }
}
