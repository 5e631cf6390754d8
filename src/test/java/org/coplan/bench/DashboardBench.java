package org.coplan.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.coplan.cases.CaseAccess;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationKind;
import org.coplan.process.Caseload;
import org.coplan.process.CaseloadSummary;
import org.coplan.process.domain.DashboardAccess.Scope;
import org.coplan.process.internal.ProcessWork;
import org.coplan.shared.db.DatabaseLogins;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
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
        UUID[] coordinators = new UUID[COORDINATORS];
        coordinators[0] = w.coordinator().id().value();
        for (int i = 1; i < COORDINATORS; i++) {
            coordinators[i] = UUID.randomUUID();
        }
        AuthorityGenerator.Generated g = new AuthorityGenerator(dataSource, TODAY, 20_000).generate(w.localAuthority().id().value(),
                schools.stream().map(s -> s.id().value()).toList(), coordinators, CASES);
        long loaded = System.nanoTime();
        System.out.printf("BENCH data: %,d cases, %,d case members, %,d process events loaded with COPY in %.1f s%n",
                g.caseIds().size(), g.members(), g.events(), (loaded - start) / 1e9);
        System.out.printf("BENCH data: %,d actions, %,d disagreements%n", g.actions(), g.disagreements());

        AuthorityGenerator.refreshAll(work, cases, g.caseIds(), 2);
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
