package org.coplan.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.Stage;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationKind;
import org.coplan.process.Caseload;
import org.coplan.process.CaseloadSummary;
import org.coplan.process.domain.AdviceKind;
import org.coplan.process.domain.DashboardAccess.Scope;
import org.coplan.process.domain.DeadlineKey;
import org.coplan.process.domain.ExceptionReason;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.process.domain.RequestChannel;
import org.coplan.process.domain.RequestSource;
import org.coplan.process.domain.ReviewOutcome;
import org.coplan.process.internal.ProcessWork;
import org.coplan.shared.db.DatabaseLogins;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboards on a large local authority: 20,000 cases and about 500,000 recorded steps,
 * loaded with COPY, with the deadlines and summaries then built by the real read model. Times
 * the coordinator's caseload (about 300 cases of their own, and every case in the authority),
 * the SEN manager's authority figures and the SEN2 export over real HTTP, and the caseload's summaries
 * of about 40,000 actions and 2,000 disagreements on their own. Not part of the test
 * suite: run with {@code ./mvnw -Pbench test -Dtest=DashboardBench} and read the figures it prints.
 */
@Tag("bench")
class DashboardBench extends IntegrationTest {

    static final int CASES = 20_000;
    /** Cases are shared out among this many coordinators, so each has about 300. */
    static final int COORDINATORS = 67;
    static final int SCHOOLS = 100;
    static final int WARM_UP = 10;
    static final int RUNS = 50;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23); // the test clock's day

    static final String[] GIVEN = {"Amira", "Yusuf", "Leo", "Zofia", "Noah", "Ella", "Oliver", "Olivia", "George", "Amelia",
            "Arthur", "Isla", "Muhammad", "Ava", "Harry", "Mia", "Jack", "Ivy", "Freddie", "Grace"};
    static final String[] FAMILY = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
            "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Khan", "Ahmed"};

    @Autowired
    DataSource dataSource;

    @Autowired
    DatabaseLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcessWork work;

    @Autowired
    CaseAccess cases;

    @Autowired
    List<CaseloadSummary> summaries;

    @Test
    void dashboardsOfAnAuthorityWithTwentyThousandCases() throws Exception {
        World w = fixtures.world();
        List<Organisation> schools = new ArrayList<>();
        for (int i = 0; i < SCHOOLS; i++) {
            schools.add(fixtures.people().createOrganisation(OrganisationKind.SCHOOL, "Bench school " + i, w.localAuthority().id()));
        }
        long start = System.nanoTime();
        Generated g = generate(w, schools);
        long loaded = System.nanoTime();
        System.out.printf("BENCH data: %,d cases, %,d case members, %,d process events loaded with COPY in %.1f s%n",
                g.caseIds.size(), g.members, g.events, (loaded - start) / 1e9);

        refreshAll(g.caseIds);
        // Statistics as a nightly job would leave them; only the owner of the tables may gather them.
        JdbcClient.create(logins.ownerDataSource()).sql("vacuum analyze").update();
        long built = System.nanoTime();
        long deadlines = jdbc.sql("select count(*) from process_deadline").query(Long.class).single();
        long summaries = jdbc.sql("select count(*) from process_summary where local_authority_id = ?")
                .param(w.localAuthority().id().value()).query(Long.class).single();
        System.out.printf("BENCH read models: %,d deadlines, %,d summaries built with ProcessReadModel.refresh in %.1f s%n",
                deadlines, summaries, (built - loaded) / 1e9);
        long mine = jdbc.sql("select count(*) from case_member where person_id = ? and case_role = 'EHC_COORDINATOR' and removed_at is null")
                .param(w.coordinator().id().value()).query(Long.class).single();

        Visitor coordinator = visitor();
        coordinator.signIn(w.coordinator().email(), Fixtures.PASSWORD);
        Visitor manager = visitor();
        manager.signIn(w.manager().email(), Fixtures.PASSWORD);
        report("/accessibility (baseline: layout only)", coordinator, "/accessibility", RUNS);
        report("/caseload, own cases (" + mine + ")", coordinator, "/caseload", RUNS);
        report("/caseload, own cases, overdue", coordinator, "/caseload?scope=MINE&due=OVERDUE", RUNS);
        report("/caseload, all 20,000, page 1", coordinator, "/caseload?scope=AUTHORITY", RUNS);
        report("/caseload, all 20,000, page 200", coordinator, "/caseload?scope=AUTHORITY&page=200", RUNS);
        report("/caseload, all, overdue + 2 stages", coordinator,
                "/caseload?scope=AUTHORITY&due=OVERDUE&stage=ASSESSMENT&stage=EHC_PLAN", RUNS);
        report("/authority (SEN manager)", manager, "/authority", RUNS);
        report("/authority, year 2025", manager, "/authority?period=2025", RUNS);
        summaries(w);
        explain(w);
        reportPost("SEN2 CSV export (census 15 Jan 2026)", manager, "/authority/sen2",
                Map.of("la", w.localAuthority().id().toString(), "censusDay", "15", "censusMonth", "1", "censusYear", "2026"), 5);
    }

    /**
     * The other modules' summaries on the caseload page (overdue actions, open disagreements), timed
     * on their own for every case in the authority, and the plan of the overdue actions query.
     */
    private void summaries(World w) {
        Caseload caseload = new Caseload(Scope.AUTHORITY, List.of(w.localAuthority().id().value()), TODAY);
        for (CaseloadSummary summary : summaries) {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long start = System.nanoTime();
                summary.summarise(caseload);
                if (i >= WARM_UP) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
            print(summary.getClass().getSimpleName() + ", all 20,000", millis, 0);
        }
        System.out.println("PLAN overdue actions by case, for all 20,000 cases");
        jdbc.sql("explain (analyze, costs off) with per_case as (select case_id, count(*) as overdue, min(due_on) as oldest"
                        + " from meeting_action where local_authority_id = any(?) and status = 'OPEN' and due_on < ? group by case_id)"
                        + " select case_id, overdue, oldest, count(*) over () as cases, sum(overdue) over () as actions from per_case"
                        + " order by oldest, case_id limit 20")
                .params(caseload.ids().toArray(UUID[]::new), TODAY)
                .query(String.class).list().forEach(l -> System.out.println("PLAN   " + l));
    }

    /** The query plans of the pages' main queries, as run for the figures above. */
    private void explain(World w) {
        UUID la = w.localAuthority().id().value();
        String[] queries = {
            "select case_id, child_name, stage, next_key, next_due_on, next_responsible, next_excepted from process_summary"
                    + " where local_authority_id = '" + la + "' order by next_due_on asc nulls last, child_name, case_id limit 50 offset 9950",
            "select count(*) as all_cases, count(*) filter (where next_due_on < '" + TODAY + "' and not next_excepted) as overdue"
                    + " from process_summary where local_authority_id = '" + la + "'",
            "select stage, count(*) as n from process_summary where local_authority_id = '" + la + "' group by stage",
            "select count(*) filter (where not d.excepted), count(*) from process_deadline d"
                    + " where d.local_authority_id = '" + la + "' and d.deadline_key = 'FINAL_PLAN' and d.met_on between '2025-11-24' and '" + TODAY + "'",
            "select d.deadline_key, count(*) from process_deadline d"
                    + " where d.local_authority_id = '" + la + "' and not d.closed and not d.excepted and d.responsible <> 'FAMILY'"
                    + " and d.due_on < '" + TODAY + "' group by d.deadline_key"};
        for (String q : queries) {
            System.out.println("PLAN " + q);
            jdbc.sql("explain (analyze, costs off) " + q).query(String.class).list().forEach(l -> System.out.println("PLAN   " + l));
        }
    }

    /** Every case's deadlines and summary, built by the real read model on two threads. */
    private void refreshAll(List<UUID> ids) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                    work.refresh(cases.child(new CaseId(ids.get(i))).orElseThrow());
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    record Generated(List<UUID> caseIds, long members, long events) {}

    /** Cases at every stage, each with a plausible run of steps, written straight into the tables with COPY. */
    private Generated generate(World w, List<Organisation> schools) throws SQLException, IOException {
        Random random = new Random(20_000);
        UUID la = w.localAuthority().id().value();
        UUID[] coordinators = new UUID[COORDINATORS];
        coordinators[0] = w.coordinator().id().value();
        for (int i = 1; i < COORDINATORS; i++) {
            coordinators[i] = UUID.randomUUID();
        }
        List<UUID> ids = new ArrayList<>();
        StringBuilder children = new StringBuilder();
        StringBuilder members = new StringBuilder();
        StringBuilder events = new StringBuilder();
        StringBuilder actions = new StringBuilder();
        StringBuilder disagreements = new StringBuilder();
        long eventCount = 0;
        long actionCount = 0;
        long disagreementCount = 0;
        String now = Instant.now().toString();
        try (Connection c = dataSource.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (int i = 0; i < CASES; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                Steps s = new Steps(id, coordinators[0], now, events);
                Stage stage = steps(random, s);
                eventCount += s.count;
                LocalDate born = LocalDate.of(2005, 9, 1).plusDays(random.nextInt(365 * 17));
                line(children, id, GIVEN[random.nextInt(GIVEN.length)], FAMILY[random.nextInt(FAMILY.length)], born,
                        schools.get(i % SCHOOLS).id().value(), la, stage.name(), now);
                UUID member = UUID.randomUUID();
                UUID lead = coordinators[i % COORDINATORS];
                line(members, member, id, lead, "EHC_COORDINATOR", now);
                // up to 4 actions a case (about 40,000), due in the last year or the next 3 months: about 1 in 8 open and overdue
                for (int a = random.nextInt(5); a > 0; a--) {
                    LocalDate due = TODAY.minusDays(365).plusDays(random.nextInt(455));
                    String status = due.isAfter(TODAY) || random.nextInt(10) < 3 ? "OPEN" : random.nextInt(10) < 9 ? "DONE" : "CANCELLED";
                    line(actions, UUID.randomUUID(), id, "Send the report", member, lead, "Bench coordinator", "EHC_COORDINATOR", due,
                            status, status.equals("CANCELLED") ? "No longer needed." : null, "Bench coordinator", now, la,
                            schools.get(i % SCHOOLS).id().value());
                    actionCount++;
                }
                // one case in 10 has a disagreement raised in the last 6 months, a third of them closed
                if (random.nextInt(10) == 0) {
                    LocalDate raised = TODAY.minusDays(random.nextInt(180));
                    boolean closed = random.nextInt(3) == 0;
                    line(disagreements, UUID.randomUUID(), id, la, schools.get(i % SCHOOLS).id().value(), "OTHER", "Transport",
                            "The taxi is too late.", closed ? "CLOSED" : "TALKING", lead, "Bench coordinator", "EHC_COORDINATOR", raised,
                            now, closed ? raised.plusDays(20) : null);
                    disagreementCount++;
                }
                if (i % 2_000 == 1_999) {
                    flush(copy, children, members, events, actions, disagreements);
                }
            }
            flush(copy, children, members, events, actions, disagreements);
        }
        System.out.printf("BENCH data: %,d actions, %,d disagreements%n", actionCount, disagreementCount);
        return new Generated(ids, CASES, eventCount);
    }

    private static void flush(CopyManager copy, StringBuilder children, StringBuilder members, StringBuilder events,
            StringBuilder actions, StringBuilder disagreements) throws SQLException, IOException {
        copy.copyIn("copy child_case (id, given_name, family_name, date_of_birth, school_id, local_authority_id, stage, created_at)"
                + " from stdin with (format csv)", new StringReader(children.toString()));
        copy.copyIn("copy case_member (id, case_id, person_id, case_role, added_at) from stdin with (format csv)",
                new StringReader(members.toString()));
        copy.copyIn("copy process_event (id, case_id, kind, occurred_on, arrived_at, channel, source, outcome, adviser,"
                + " adviser_name, related_id, deadline_key, target_on, ends_on, reasons, recorded_by, recorded_by_name, recorded_at)"
                + " from stdin with (format csv)", new StringReader(events.toString()));
        copy.copyIn("copy meeting_action (id, case_id, description, owner_member_id, owner_person_id, owner_name, owner_role, due_on,"
                + " status, cancel_reason, created_by_name, created_at, local_authority_id, school_id) from stdin with (format csv)",
                new StringReader(actions.toString()));
        copy.copyIn("copy disagreement (id, case_id, local_authority_id, school_id, subject_kind, about_text, disagree_with, stage,"
                + " raised_by, raised_by_name, raised_by_role, raised_on, raised_at, closed_on) from stdin with (format csv)",
                new StringReader(disagreements.toString()));
        children.setLength(0);
        members.setLength(0);
        events.setLength(0);
        actions.setLength(0);
        disagreements.setLength(0);
    }

    /** Writes one case's steps and says which stage they leave it at. */
    private static Stage steps(Random random, Steps s) {
        double profile = random.nextDouble();
        if (profile < 0.10) {
            return Stage.SEN_SUPPORT;
        }
        if (profile < 0.20) { // asked for in the last 10 weeks, not yet decided: some overdue
            s.request(TODAY.minusDays(random.nextInt(70)));
            return Stage.ASSESSMENT_REQUESTED;
        }
        if (profile < 0.25) {
            LocalDate r = TODAY.minusDays(60 + random.nextInt(900));
            s.request(r);
            s.add(ProcessEventKind.DECIDED_NOT_TO_ASSESS, r.plusWeeks(5), null, "Needs can be met at SEN support.");
            return Stage.SEN_SUPPORT;
        }
        if (profile < 0.40) { // assessment under way, some advice back
            LocalDate r = TODAY.minusDays(45 + random.nextInt(95));
            s.request(r);
            LocalDate assess = r.plusWeeks(4 + random.nextInt(3));
            s.add(ProcessEventKind.DECIDED_TO_ASSESS, assess, null, null);
            s.advice(random, assess.plusDays(2), TODAY);
            return Stage.ASSESSMENT;
        }
        if (profile < 0.45) {
            LocalDate r = TODAY.minusDays(120 + random.nextInt(900));
            s.request(r);
            s.add(ProcessEventKind.DECIDED_TO_ASSESS, r.plusWeeks(5), null, null);
            s.advice(random, r.plusWeeks(5).plusDays(2), r.plusWeeks(13));
            s.add(ProcessEventKind.DECIDED_NOT_TO_ISSUE, r.plusWeeks(14 + random.nextInt(4)), null, "Needs can be met without a plan.");
            return Stage.SEN_SUPPORT;
        }
        if (profile < 0.50) {
            LocalDate r = TODAY.minusDays(100 + random.nextInt(50));
            s.assessedAndDrafted(random, r);
            return Stage.DRAFT_PLAN;
        }
        LocalDate r = TODAY.minusDays(170 + random.nextInt(3_900));
        s.assessedAndDrafted(random, r);
        LocalDate issued = r.plusWeeks(17 + random.nextInt(8));
        if (issued.isAfter(r.plusWeeks(20)) && random.nextInt(10) < 4) {
            s.add(ProcessEventKind.EXCEPTION_RECORDED, r.plusWeeks(15), ExceptionReason.PERSONAL_CIRCUMSTANCES.name(),
                    "The family were away.", DeadlineKey.FINAL_PLAN);
        }
        s.add(ProcessEventKind.FINAL_PLAN_ISSUED, issued, null, null);
        LocalDate last = issued;
        boolean stopsEarly = random.nextInt(100) < 8; // an annual review that has not happened
        while (true) {
            LocalDate meeting = last.plusMonths(12).minusWeeks(2);
            LocalDate decided = meeting.plusDays(14);
            if (decided.isAfter(TODAY) || (stopsEarly && decided.plusMonths(12).isAfter(TODAY))) {
                break;
            }
            s.add(ProcessEventKind.REVIEW_MEETING_ARRANGED, meeting.minusWeeks(6), null, null, null, meeting);
            s.add(ProcessEventKind.REVIEW_ADVICE_CIRCULATED, meeting.minusDays(15), null, null);
            s.add(ProcessEventKind.REVIEW_MEETING_HELD, meeting, null, null);
            s.add(ProcessEventKind.REVIEW_REPORT_SENT, meeting.plusDays(7), null, null);
            s.add(ProcessEventKind.REVIEW_DECISION, decided, ReviewOutcome.MAINTAIN.name(), "The plan still fits.");
            last = decided;
        }
        if (random.nextInt(100) < 3 && last.plusDays(30).isBefore(TODAY)) {
            s.add(ProcessEventKind.PLAN_CEASED, last.plusDays(30), null, "Moved to another area.");
            return Stage.CEASED;
        }
        return Stage.EHC_PLAN;
    }

    /** One case's steps as COPY lines, in the order they are recorded. */
    static final class Steps {
        final UUID caseId;
        final UUID by;
        final String at;
        final StringBuilder out;
        int count;

        Steps(UUID caseId, UUID by, String at, StringBuilder out) {
            this.caseId = caseId;
            this.by = by;
            this.at = at;
            this.out = out;
        }

        void request(LocalDate on) {
            write(UUID.randomUUID(), ProcessEventKind.REQUEST_RECEIVED, on, on.atTime(10, 0), RequestChannel.EMAIL.name(),
                    RequestSource.PARENT.name(), null, null, null, null, null, null, null);
        }

        void add(ProcessEventKind kind, LocalDate on, String outcome, String reasons) {
            add(kind, on, outcome, reasons, null, null);
        }

        void add(ProcessEventKind kind, LocalDate on, String outcome, String reasons, DeadlineKey key) {
            add(kind, on, outcome, reasons, key, null);
        }

        void add(ProcessEventKind kind, LocalDate on, String outcome, String reasons, DeadlineKey key, LocalDate target) {
            write(UUID.randomUUID(), kind, on, null, null, null, outcome, null, null, null, key == null ? null : key.name(), target,
                    reasons);
        }

        /** Seven advice requests; each answered within 3 to 7 weeks if that falls by {@code answeredBy}. */
        void advice(Random random, LocalDate asked, LocalDate answeredBy) {
            AdviceKind[] kinds = {AdviceKind.EDUCATION, AdviceKind.MEDICAL, AdviceKind.PSYCHOLOGICAL, AdviceKind.SOCIAL_CARE,
                    AdviceKind.FAMILY_REQUESTED, AdviceKind.PREPARING_FOR_ADULTHOOD, AdviceKind.OTHER};
            List<UUID> requests = new ArrayList<>();
            for (AdviceKind kind : kinds) {
                UUID id = UUID.randomUUID();
                requests.add(id);
                write(id, ProcessEventKind.ADVICE_REQUESTED, asked, null, null, null, null, kind.name(), "Adviser", null, null,
                        null, null);
            }
            for (UUID request : requests) {
                LocalDate answered = asked.plusDays(21 + random.nextInt(29));
                if (!answered.isAfter(answeredBy) && !answered.isAfter(TODAY)) {
                    write(UUID.randomUUID(), ProcessEventKind.ADVICE_RECEIVED, answered, null, null, null, null, null, null,
                            request, null, null, null);
                }
            }
        }

        void assessedAndDrafted(Random random, LocalDate r) {
            request(r);
            add(ProcessEventKind.DECIDED_TO_ASSESS, r.plusWeeks(5), null, null);
            advice(random, r.plusWeeks(5).plusDays(1), r.plusWeeks(11));
            add(ProcessEventKind.DECIDED_TO_ISSUE, r.plusWeeks(12), null, null);
            add(ProcessEventKind.DRAFT_PLAN_SENT, r.plusWeeks(13), null, null);
            add(ProcessEventKind.SCHOOL_REQUESTED, r.plusWeeks(13), null, null);
            write(UUID.randomUUID(), ProcessEventKind.SCHOOL_CONSULTED, r.plusWeeks(13).plusDays(1), null, null, null, null, null,
                    "Bench school", null, null, null, null);
        }

        private void write(UUID id, ProcessEventKind kind, LocalDate on, LocalDateTime arrived, String channel, String source,
                String outcome, String adviser, String adviserName, UUID related, String key, LocalDate target, String reasons) {
            line(out, id, caseId, kind.name(), on, arrived, channel, source, outcome, adviser, adviserName, related, key, target,
                    null, reasons, by, "Bench coordinator", at);
            count++;
        }
    }

    /** One CSV line for COPY: empty for null, everything else quoted. */
    static void line(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            if (values[i] != null) {
                out.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }

    private static void report(String what, Visitor v, String path, int runs) {
        for (int i = 0; i < WARM_UP; i++) {
            check(path, v.get(path));
        }
        List<Double> millis = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            var page = v.get(path);
            millis.add((System.nanoTime() - start) / 1e6);
            check(path, page);
            bytes = page.body().length();
        }
        print(what, millis, bytes);
    }

    private static void reportPost(String what, Visitor v, String path, Map<String, String> form, int runs) {
        check(path, v.post(path, form));
        v.get("/authority/sen2");
        List<Double> millis = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            var page = v.post(path, form);
            millis.add((System.nanoTime() - start) / 1e6);
            check(path, page);
            bytes = page.body().length();
        }
        print(what, millis, bytes);
    }

    private static void check(String path, Visitor.Page page) {
        if (page.status() != 200) {
            throw new AssertionError(path + " answered " + page.status());
        }
    }

    private static void print(String what, List<Double> millis, int bytes) {
        Collections.sort(millis);
        int runs = millis.size();
        System.out.printf("BENCH %-40s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (%d runs, %d KB)%n", what,
                millis.get(runs / 2), millis.get((int) Math.ceil(runs * 0.95) - 1), millis.get(runs - 1), runs, bytes / 1024);
    }
}
