package org.coplan.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.coplan.CoplanApplication;
import org.coplan.cases.CaseAccess;
import org.coplan.people.OrganisationId;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.process.internal.ProcessWork;
import org.coplan.shared.db.DatabaseLogins;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads generated cases into the database the packaged application uses, for
 * {@code bench/authority-scale.sh}. It starts Coplan itself (no web traffic, reminders off) on the
 * database the usual settings point at ({@code COPLAN_DATA_DIRECTORY} for the embedded server, or
 * {@code COPLAN_DATABASE_URL}); on a new embedded database that first loads the demo data, whose
 * coordinator (coordinator@demo.coplan.test) then leads about 300 of the generated cases and whose
 * SEN manager sees the whole authority.
 *
 * <pre>
 * --cases N          cases in all (default 20000), shared equally among the authorities
 * --authorities N    local authorities (default 1): the demo one, then "Bench authority 2" and so on
 * --schools N        schools in each authority (default 100)
 * --per-coordinator N  cases each coordinator leads (default 300)
 * --threads N        threads building the read models (default 2)
 * --provision 1      also an issued EHC plan per case with 10 provision items and a year of weekly
 *                    sessions each (about 10 million session rows for 20,000 cases; ProvisionGenerator),
 *                    and a progress record a month on each outcome
 * --progress-only 1  only add the monthly progress records, to a database loaded with --provision 1
 * --measures 1       also what the co-production dashboards count (MeasuresGenerator): school phases,
 *                    primary needs, a parent on each case, two years of contributions and their answers,
 *                    agreement marks, meetings with views, decisions and actions, disagreements, and
 *                    six terms of confidence survey answers
 * --survey-answers N confidence survey answers in all (default 30000), with --measures 1
 * --measures-only 1  only add what --measures 1 adds, to a database loaded without it
 * </pre>
 *
 * Prints {@code BENCH-LA <id>} (the demo authority), {@code BENCH-CASE <id>} (the demo coordinator's generated case with the most steps) and
 * {@code BENCH-PLAN <path>} (a section page of a demo EHC plan) for the script to request.
 * Run from the packaged jar with Spring Boot's PropertiesLauncher (see the script).
 */
public final class AuthorityLoad {

    static final String DEMO_AUTHORITY = "Demo County Council";
    static final String DEMO_COORDINATOR = "coordinator@demo.coplan.test";

    private AuthorityLoad() {}

    public static void main(String[] args) throws Exception {
        Map<String, Integer> o = new HashMap<>(Map.of("cases", 20_000, "authorities", 1, "schools", 100, "per-coordinator", 300,
                "threads", 2, "provision", 0, "progress-only", 0));
        o.putAll(Map.of("measures", 0, "measures-only", 0, "survey-answers", 30_000));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--") || !o.containsKey(args[i].substring(2))) {
                throw new IllegalArgumentException("Unknown option " + args[i]);
            }
            o.put(args[i].substring(2), Integer.parseInt(args[i + 1].replace("_", "").replace(",", "")));
        }
        int authorities = o.get("authorities");
        int perAuthority = o.get("cases") / authorities;
        int coordinatorCount = Math.max(1, Math.round(perAuthority / (float) o.get("per-coordinator")));

        SpringApplication application = new SpringApplication(CoplanApplication.class);
        ConfigurableApplicationContext context = application.run("--server.port=0", "--coplan.reminders.cron=-",
                "--coplan.database.embedded-durable=false", "--logging.level.root=WARN");
        int status = 0;
        try {
            DataSource dataSource = context.getBean(DataSource.class);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            People people = context.getBean(People.class);
            LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
            UUID demoAuthority = jdbc.sql("select id from organisation where kind = 'LOCAL_AUTHORITY' and name = ?")
                    .param(DEMO_AUTHORITY).query(UUID.class).optional()
                    .orElseThrow(() -> new IllegalStateException("No demo data: start from a new data directory"));
            UUID demoCoordinator = jdbc.sql("select id from person where lower(email) = ?").param(DEMO_COORDINATOR)
                    .query(UUID.class).single();
            System.out.println("BENCH-LA " + demoAuthority);
            if (o.get("measures-only") == 1) {
                measures(JdbcClient.create(context.getBean(DatabaseLogins.class).ownerDataSource()), today, o.get("survey-answers"));
                JdbcClient.create(context.getBean(DatabaseLogins.class).ownerDataSource()).sql("vacuum analyze").update();
                context.close();
                System.exit(0);
            }
            if (o.get("progress-only") == 1) {
                ProvisionGenerator provision = new ProvisionGenerator(jdbc, today);
                long rows = 0;
                for (UUID la : jdbc.sql("select distinct local_authority_id from child_case").query(UUID.class).list()) {
                    rows += provision.progress(la);
                }
                JdbcClient.create(context.getBean(DatabaseLogins.class).ownerDataSource()).sql("vacuum analyze").update();
                System.out.printf("BENCH-LOAD progress: %,d rows%n", rows);
                context.close();
                System.exit(0);
            }
            long already = jdbc.sql("select count(*) from child_case").query(Long.class).single();
            if (already > 100) {
                throw new IllegalStateException("This database already holds " + already + " cases");
            }

            AuthorityGenerator generator = new AuthorityGenerator(dataSource, today, 20_000);
            List<UUID> all = new ArrayList<>();
            long started = System.nanoTime();
            long events = 0;
            for (int a = 0; a < authorities; a++) {
                UUID la = a == 0 ? demoAuthority
                        : people.createOrganisation(OrganisationKind.LOCAL_AUTHORITY, "Bench authority " + (a + 1), null).id().value();
                List<UUID> schools = new ArrayList<>();
                for (int s = 0; s < o.get("schools"); s++) {
                    schools.add(people.createOrganisation(OrganisationKind.SCHOOL, "Bench school " + (a + 1) + "." + s,
                            new OrganisationId(la)).id().value());
                }
                UUID[] coordinators = new UUID[coordinatorCount];
                for (int c = 0; c < coordinatorCount; c++) {
                    coordinators[c] = a == 0 && c == 0 ? demoCoordinator : UUID.randomUUID();
                }
                AuthorityGenerator.Generated g = generator.generate(la, schools, coordinators, perAuthority);
                all.addAll(g.caseIds());
                events += g.events();
                if (authorities > 1 && (a + 1) % 10 == 0) {
                    System.out.printf("BENCH-LOAD %d of %d authorities, %,d cases, %.0f s%n", a + 1, authorities, all.size(),
                            (System.nanoTime() - started) / 1e9);
                }
            }
            long loaded = System.nanoTime();
            System.out.printf("BENCH-LOAD %,d cases in %d authorities (%,d each, %d coordinators and %d schools each), %,d steps,"
                            + " written with COPY in %.0f s%n", all.size(), authorities, perAuthority, coordinatorCount, o.get("schools"),
                    events, (loaded - started) / 1e9);
            if (o.get("provision") == 1) {
                long before = System.nanoTime();
                ProvisionGenerator provision = new ProvisionGenerator(jdbc, today);
                long sessions = 0;
                for (UUID la : jdbc.sql("select distinct local_authority_id from child_case").query(UUID.class).list()) {
                    sessions += provision.generate(la, demoCoordinator);
                    sessions += provision.progress(la);
                }
                System.out.printf("BENCH-LOAD provision: %,d session and progress rows in %.0f s%n", sessions, (System.nanoTime() - before) / 1e9);
                loaded = System.nanoTime();
            }
            if (o.get("measures") == 1) {
                measures(JdbcClient.create(context.getBean(DatabaseLogins.class).ownerDataSource()), today, o.get("survey-answers"));
                loaded = System.nanoTime();
            }
            AuthorityGenerator.refreshAll(context.getBean(ProcessWork.class), context.getBean(CaseAccess.class), all, o.get("threads"));
            long built = System.nanoTime();
            JdbcClient.create(context.getBean(DatabaseLogins.class).ownerDataSource()).sql("vacuum analyze").update();
            System.out.printf("BENCH-LOAD read models built in %.0f s, vacuum analyze %.0f s%n", (built - loaded) / 1e9,
                    (System.nanoTime() - built) / 1e9);

            UUID busiest = jdbc.sql("select e.case_id from process_event e join case_member m on m.case_id = e.case_id"
                            + " where m.person_id = ? and m.removed_at is null group by e.case_id order by count(*) desc, e.case_id limit 1")
                    .param(demoCoordinator).query(UUID.class).single();
            System.out.println("BENCH-CASE " + busiest);
            jdbc.sql("select p.case_id, p.id, v.number from plan p join plan_version v on v.plan_id = p.id"
                            + " join case_member m on m.case_id = p.case_id and m.person_id = ? and m.removed_at is null"
                            + " where p.kind = 'EHC' order by v.number desc, p.id limit 1")
                    .param(demoCoordinator)
                    .query((rs, n) -> "/cases/" + rs.getString(1) + "/plans/" + rs.getString(2) + "/versions/" + rs.getInt(3)
                            + "/sections/f")
                    .optional().ifPresent(path -> System.out.println("BENCH-PLAN " + path));
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        } finally {
            context.close();
        }
        System.exit(status);
    }

    /**
     * The co-production figures' records for every authority's generated cases, the answers shared out by
     * their cases; as the tables' owner, since the generator keeps its working tables in the database.
     */
    private static void measures(JdbcClient jdbc, LocalDate today, int answers) {
        long before = System.nanoTime();
        List<UUID> authorities = jdbc.sql("select distinct local_authority_id from child_case").query(UUID.class).list();
        long cases = jdbc.sql("select count(*) from child_case").query(Long.class).single();
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        for (UUID la : authorities) {
            long here = jdbc.sql("select count(*) from child_case where local_authority_id = ?").param(la).query(Long.class).single();
            new MeasuresGenerator(jdbc, today, (int) Math.round((double) answers * here / cases)).generate(la)
                    .forEach((table, n) -> rows.merge(table, n, Long::sum));
        }
        rows.forEach((table, n) -> System.out.printf("BENCH-LOAD measures: %s %,d%n", table, n));
        System.out.printf("BENCH-LOAD measures written in %.0f s%n", (System.nanoTime() - before) / 1e9);
    }
}
