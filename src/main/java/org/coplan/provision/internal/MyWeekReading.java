package org.coplan.provision.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.people.PersonId;
import org.coplan.provision.domain.Per;
import org.coplan.provision.domain.ProvisionItem;
import org.coplan.provision.domain.RecordingRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My provision this week": every item a person provides on the cases they are on the team of
 * (named as its provider, or in its provider role on that case), with this week's sessions. The
 * work is a fixed number of set-based statements whatever the number of cases: the person's team
 * cases, the items of those cases, and the week's counts for them.
 */
@Service
@Transactional(readOnly = true)
public class MyWeekReading {

    /** The most cases read for one person's week; a provider on more than this sees the first, by child's name. */
    static final int MOST_CASES = 5_000;

    /** One item the person provides, and its week. {@code expected} is null unless the item is counted per week. */
    public record Row(CaseContext ctx, ProvisionItem item, Integer expected, int recorded, int delivered) {
        public String childName() {
            return ctx.child().knownAs() + " " + ctx.child().familyName();
        }
    }

    /** Rows shown on one page of the week. */
    public static final int PAGE_SIZE = 25;

    /**
     * The week (Monday to Sunday) and one page of its rows: items still to record this week first
     * (fewer sessions recorded than expected), then the rest, each by child then item.
     * {@code total} is every item the person provides, {@code toRecord} those still to record.
     */
    public record Week(LocalDate monday, LocalDate sunday, List<Row> rows, int total, int toRecord, int page, int pages) {}

    /** True when this week's sessions are not all recorded yet. */
    static boolean stillToRecord(Row r) {
        return r.expected() != null && r.recorded() < r.expected();
    }

    private final CaseAccess cases;
    private final ProvisionItems items;
    private final SessionRecords records;

    MyWeekReading(CaseAccess cases, ProvisionItems items, SessionRecords records) {
        this.cases = cases;
        this.items = items;
        this.records = records;
    }

    public Week week(PersonId who, int page) {
        LocalDate today = cases.today();
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        List<Provided> provided = provided(who, monday, sunday);
        Map<String, SessionRecords.Counted> counts = records
                .countsBetween(provided.stream().map(p -> p.item().caseId()).toList(),
                        provided.stream().map(p -> p.item().lineage()).toList(), monday, sunday).stream()
                .collect(Collectors.toMap(c -> c.caseId() + "/" + c.lineage(), Function.identity()));
        List<Row> rows = new ArrayList<>();
        for (Provided p : provided) {
            SessionRecords.Counted c = counts.get(p.item().caseId() + "/" + p.item().lineage());
            Integer expected = p.item().amount() != null && p.item().amount().per() == Per.WEEK ? p.item().amount().sessions() : null;
            rows.add(new Row(p.ctx(), p.item(), expected, c == null ? 0 : c.recorded(), c == null ? 0 : c.delivered()));
        }
        return paged(monday, sunday, rows, page);
    }

    /** One page of the week's rows, those still to record first; a page past the end shows the last. */
    static Week paged(LocalDate monday, LocalDate sunday, List<Row> rows, int page) {
        List<Row> ordered = new ArrayList<>(rows.stream().filter(MyWeekReading::stillToRecord).toList());
        int toRecord = ordered.size();
        rows.stream().filter(r -> !stillToRecord(r)).forEach(ordered::add);
        int pages = Math.max(1, (ordered.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        List<Row> shown = ordered.subList((current - 1) * PAGE_SIZE, Math.min(ordered.size(), current * PAGE_SIZE));
        return new Week(monday, sunday, List.copyOf(shown), ordered.size(), toRecord, current, pages);
    }

    /** An item the person provides, on a case they may open. */
    public record Provided(CaseContext ctx, ProvisionItem item) {}

    /** The items the person provides that are in force at some time from {@code from} to {@code to}, by child then item. */
    public List<Provided> provided(PersonId who, LocalDate from, LocalDate to) {
        List<CaseContext> team = cases.onTeamOf(who, 0, MOST_CASES).cases().stream().filter(CaseContext::mayAct).toList();
        Map<UUID, CaseContext> byCase = new HashMap<>();
        team.forEach(c -> byCase.put(c.caseId().value(), c));
        Map<UUID, List<ProvisionItem>> itemsByCase = items.notStoppedOn(byCase.keySet()).stream()
                .filter(i -> !i.firstDay().isAfter(to) && (i.lastDay() == null || !i.lastDay().isBefore(from)))
                .collect(Collectors.groupingBy(ProvisionItem::caseId));
        List<Provided> provided = new ArrayList<>();
        for (CaseContext c : team) {
            for (ProvisionItem i : itemsByCase.getOrDefault(c.caseId().value(), List.of())) {
                if (c.role() != null && !c.role().isFamily() && RecordingRules.provides(i, who.value(), c.role().name())) {
                    provided.add(new Provided(c, i));
                }
            }
        }
        return provided;
    }
}
