package org.coplan.plans.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseRole;
import org.coplan.cases.ChildCase;
import org.coplan.plans.domain.GoldenThread;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.ResponseOutcome;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.internal.PlanItems.Item;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the golden thread of a plan version and keeps its score. Every change to a need, an
 * outcome, a provision item, a link or the section about the child calls {@link #recompute} in
 * its own transaction, so the stored score never lags the plan; pages that show the gaps check
 * the version they have already read.
 */
@Service
@Transactional
public class ThreadScoring {

    private static final GoldenThread THREAD = GoldenThread.standard();

    private final JdbcClient jdbc;
    private final PlanItems items;
    private final SectionQuotes quotes;
    private final Clock clock;

    ThreadScoring(JdbcClient jdbc, PlanItems items, SectionQuotes quotes, Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.quotes = quotes;
        this.clock = clock;
    }

    /** The thread of a version already read for its page. */
    @Transactional(readOnly = true)
    public GoldenThread.Result of(PlanViews.VersionView view) {
        PlanContext p = view.context();
        List<Item> all = view.sections().stream().flatMap(s -> s.items().stream()).toList();
        return check(p.plan().kind(), p.version().id(), p.plan().id(), p.version().number(), all);
    }

    /** Works the thread out again from what is stored and keeps the score. */
    public GoldenThread.Result recompute(PlanContext p) {
        return recompute(p.version().id(), p.plan().id(), p.plan().kind(), p.version().number(), p.caseContext().child());
    }

    public GoldenThread.Result recompute(UUID versionId, UUID planId, PlanKind kind, int number, ChildCase child) {
        GoldenThread.Result r = check(kind, versionId, planId, number, items.current(versionId));
        jdbc.sql("""
                insert into plan_thread_score (version_id, plan_id, case_id, plan_kind, number, local_authority_id, school_id,
                    checks, met, gaps, computed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (version_id) do update set checks = excluded.checks, met = excluded.met, gaps = excluded.gaps,
                    local_authority_id = excluded.local_authority_id, school_id = excluded.school_id,
                    computed_at = excluded.computed_at""")
                .params(versionId, planId, child.id().value(), kind.name(), number, child.localAuthority().value(),
                        child.school() == null ? null : child.school().value(), r.checks(), r.met(), r.gaps().size(),
                        Timestamp.from(clock.instant()))
                .update();
        markVersions(planId);
        return r;
    }

    /**
     * Marks which of a plan's scored versions is its newest (the one the caseload counts) and which
     * is in force (its newest issued one, which the authority's dashboard counts). Touches only the
     * plan's own rows; called whenever a version is scored or issued.
     */
    public void markVersions(UUID planId) {
        jdbc.sql("""
                update plan_thread_score s
                set latest = s.number = (select max(t.number) from plan_thread_score t where t.plan_id = s.plan_id),
                    in_force = v.status = 'FINAL'
                        and v.number = (select max(w.number) from plan_version w where w.plan_id = s.plan_id and w.status = 'FINAL')
                from plan_version v
                where v.id = s.version_id and s.plan_id = ?""")
                .param(planId)
                .update();
    }

    /**
     * Whether the child contributed to the section about them in this version or an earlier one of
     * the same plan (an amendment carries the section's words, not its contributions), and the
     * writer did not leave it out.
     */
    private boolean childContributed(UUID planId, int number, SectionCode section) {
        return jdbc.sql("""
                select exists (select 1 from contribution c
                    join plan_version v on v.id = c.version_id and v.plan_id = ? and v.number <= ?
                    left join contribution_response r on r.contribution_id = c.id
                    where c.section = ? and c.author_role = ? and r.outcome is distinct from ?)""")
                .params(planId, number, section.name(), CaseRole.CHILD_YOUNG_PERSON.name(), ResponseOutcome.NOT_INCLUDED.name())
                .query(Boolean.class)
                .single();
    }

    /** Keeps the copies of a case's authority and school in step when the case moves. */
    public void moveCase(ChildCase child) {
        jdbc.sql("update plan_thread_score set local_authority_id = ?, school_id = ? where case_id = ?")
                .params(child.localAuthority().value(), child.school() == null ? null : child.school().value(), child.id().value())
                .update();
    }

    private GoldenThread.Result check(PlanKind kind, UUID versionId, UUID planId, int number, List<Item> current) {
        SectionCode aboutTheChild = SectionCode.aboutTheChild(kind);
        boolean childsWords = quotes.standing(versionId, aboutTheChild).stream()
                .anyMatch(q -> CaseRole.CHILD_YOUNG_PERSON.name().equals(q.speakerRole())
                        && (!q.body().isBlank() || q.picked() != null))
                || childContributed(planId, number, aboutTheChild);
        return THREAD.check(new GoldenThread.Plan(kind,
                current.stream().filter(i -> i.kind() == PlanItems.Kind.NEED)
                        .map(i -> new GoldenThread.Need(i.lineage(), i.section(), i.description())).toList(),
                current.stream().filter(i -> i.kind() == PlanItems.Kind.OUTCOME)
                        .map(i -> new GoldenThread.Outcome(i.lineage(), i.section(), i.description(), i.byWhen(), i.links())).toList(),
                current.stream().filter(i -> i.kind() == PlanItems.Kind.PROVISION)
                        .map(i -> new GoldenThread.Provision(i.lineage(), i.section(), i.description(), i.frequency(), i.sessionLength(),
                                i.groupSize(), i.amount(), i.links())).toList(),
                childsWords));
    }

    /** True when an item's words of how often and how long are vague and it has no amount in numbers. */
    public static boolean cannotBeCounted(Item i) {
        return i.kind() == PlanItems.Kind.PROVISION && THREAD.cannotBeCounted(i.frequency(), i.sessionLength(), i.amount());
    }
}
