package org.coplan.provision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.people.PersonId;
import org.coplan.provision.domain.RecordingRules;
import org.coplan.provision.domain.RecordingRules.Checked;
import org.coplan.provision.domain.RecordingRules.Problem;
import org.coplan.provision.domain.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider records one session for several children at once: one group row with what they
 * share, and one session per child in that child's own record, all in one transaction. One
 * child's problem refuses the whole group. Only the items the person provides can be in it.
 */
@Service
@Transactional(readOnly = true)
public class GroupSessionRecording {

    /** One child's line: which of the provider's items ({@code key} as offered) and how the session went for them. */
    public record Line(String key, String status, String reason, String reasonWords) {}

    /** What the children share. */
    public record Shared(LocalDate date, String minutes, String deliveredBy, String note) {}

    /** A problem with one child's line ({@code key} set) or with the shared fields ({@code key} null). */
    public record LineProblem(String key, Problem problem) {}

    /** The group's id, or the problems (nothing stored). */
    public record Saved(UUID groupId, List<LineProblem> problems) {
        public boolean ok() {
            return groupId != null;
        }
    }

    private final MyWeekReading week;
    private final SessionRecords records;
    private final org.coplan.cases.CaseAccess cases;
    private final Clock clock;

    GroupSessionRecording(MyWeekReading week, SessionRecords records, org.coplan.cases.CaseAccess cases, Clock clock) {
        this.week = week;
        this.records = records;
        this.cases = cases;
        this.clock = clock;
    }

    /** The key an offered item goes by on the page: its case and lineage. */
    public static String key(MyWeekReading.Provided p) {
        return p.item().caseId() + "_" + p.item().lineage();
    }

    /** The items the person provides that are in force now or in the last year, for choosing the children in a group. */
    public List<MyWeekReading.Provided> offered(PersonId who) {
        LocalDate today = LocalDate.now(clock);
        return week.provided(who, today.minusYears(1), today);
    }

    @Transactional
    public Saved record(PersonId who, String name, Shared shared, List<Line> lines) {
        List<MyWeekReading.Provided> offered = offered(who);
        List<LineProblem> problems = new ArrayList<>();
        if (lines.isEmpty()) {
            problems.add(new LineProblem(null, new Problem("children", "delivery.group.error.noChildren")));
        }
        record Ready(MyWeekReading.Provided p, RecordingRules.Entry entry, String role) {}
        List<Ready> ready = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (Line line : lines) {
            Optional<MyWeekReading.Provided> p = offered.stream().filter(o -> key(o).equals(line.key())).findFirst();
            if (p.isEmpty()) {
                problems.add(new LineProblem(line.key(), new Problem("provider", "delivery.error.notProvider")));
                continue;
            }
            List<Session> current = records.forItem(p.get().item().caseId(), p.get().item().lineage());
            Checked checked = RecordingRules.check(new RecordingRules.Typed(shared.date(), line.status(), shared.minutes(),
                    shared.deliveredBy(), shared.note(), line.reason(), line.reasonWords(), null), p.get().item(), today, current, null);
            for (Problem pr : checked.problems()) {
                boolean sharedField = List.of("minutes", "deliveredBy", "note").contains(pr.field())
                        || pr.key().equals("delivery.error.dateFuture") || pr.key().equals("delivery.error.dateRequired");
                LineProblem lp = new LineProblem(sharedField ? null : line.key(), pr);
                if (problems.stream().noneMatch(x -> java.util.Objects.equals(x.key(), lp.key()) && x.problem().field().equals(pr.field()))) {
                    problems.add(lp);
                }
            }
            if (checked.ok()) {
                ready.add(new Ready(p.get(), checked.entry(), p.get().ctx().recordedRole()));
            }
        }
        if (!problems.isEmpty()) {
            return new Saved(null, problems);
        }
        UUID group = UUID.randomUUID();
        var delivered = ready.stream().map(Ready::entry).filter(e -> e.minutes() != null).findFirst();
        records.insertGroup(group, shared.date(), delivered.map(RecordingRules.Entry::minutes).orElse(null),
                delivered.map(RecordingRules.Entry::deliveredBy).orElse(null), delivered.map(RecordingRules.Entry::note).orElse(null),
                who.value(), name, clock.instant());
        for (Ready r : ready) {
            var e = r.entry();
            Session s = new Session(UUID.randomUUID(), r.p().item().caseId(), r.p().item().lineage(), e.date(), e.status(), e.minutes(),
                    e.deliveredBy(), e.note(), e.reason(), e.reasonWords(), null, group, who.value(), name, clock.instant(), null);
            if (!records.insertAs(s, r.role(), false)) {
                return new Saved(null, List.of(new LineProblem(key(r.p()), new Problem("status", "delivery.error.twice", e.date()))));
            }
        }
        for (Ready r : ready) {
            cases.recordChange(r.p().ctx(), "Recorded a group session of provision", r.p().item().description() + ", " + shared.date());
        }
        return new Saved(group, List.of());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
