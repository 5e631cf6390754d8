package org.coplan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditLog;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.Person;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.deadlines.RequestChannel;
import org.coplan.process.domain.RequestSource;
import org.coplan.process.internal.ProcessWork;
import org.coplan.process.internal.ReminderClaims;
import org.coplan.process.internal.ReminderJob;
import org.coplan.shared.ClockConfiguration;
import org.coplan.shared.db.DatabaseLogins;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.junit.jupiter.api.Test;
import java.util.Map;
import org.coplan.support.RoundRobinProxy;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Coplan as several nodes on one PostgreSQL: a second node in the same JVM, on the first one's
 * database and mail server and with the same clock, and a round-robin proxy in front of both with
 * no sticky sessions. A person's sign-in, pages and forms work whichever node answers; both nodes
 * run the reminder job at the same moment and every reminder still goes out once; when one node
 * stops, the other goes on serving the same people. The second node is started once for the class
 * (it is the only extra application context in the suite) and stopped by the last test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(TwoNodesTest.class);

    /** The node the test's own context runs, and the extra one: indexes in the proxy's list. */
    static final int FIRST = 0;
    static final int SECOND = 1;

    @Autowired
    ReminderJob job;

    @Autowired
    ReminderClaims claims;

    @Autowired
    ProcessWork process;

    @Autowired
    CaseAccess cases;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    DatabaseLogins logins;

    /** Keeps test fixtures out of the second instance, as Spring's test support does for the first. */
    static class LeaveOutTestClasses extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
        }
    }

    private ConfigurableApplicationContext second;
    private RoundRobinProxy proxy;

    /**
     * The second node, started on first use: configured as the first one is (its database, as the
     * application role, and the owner for migrations), with the reminder cron off and no demo data.
     * With COPLAN_DATABASE_URL set (as in CI) that is the same server; without it, the first node's
     * embedded PostgreSQL, reached by its JDBC URL.
     */
    synchronized ConfigurableApplicationContext secondNode() throws Exception {
        if (second != null) {
            return second;
        }
        String url;
        String user;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
            user = c.getMetaData().getUserName();
        }
        String owner = logins.ownerUser();
        String ownerPassword = logins.ownerPassword();
        Clock shared = clock;
        long started = System.nanoTime();
        second = new SpringApplicationBuilder(CoplanApplication.class)
                .profiles("test")
                .initializers(ctx -> {
                    ((GenericApplicationContext) ctx).registerBean("sharedTestClock", Clock.class, () -> shared,
                            definition -> definition.setPrimary(true));
                    ctx.getBeanFactory().registerSingleton("leaveOutTestClasses", new LeaveOutTestClasses());
                })
                .run("--server.port=0", "--coplan.database.url=" + url, "--coplan.database.user=" + user,
                        "--coplan.database.password=" + logins.applicationPassword(),
                        "--coplan.database.owner-user=" + owner, "--coplan.database.owner-password=" + ownerPassword,
                        "--coplan.database.pool-size=4",
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMail.port(),
                        "--coplan.demo-data=false", "--coplan.reminders.cron=-");
        log.info("The second node started in {} ms", (System.nanoTime() - started) / 1_000_000);
        return second;
    }

    /** The proxy in front of this test's node (0) and the second node (1). */
    synchronized RoundRobinProxy proxy() throws Exception {
        if (proxy == null) {
            int secondPort = Integer.parseInt(secondNode().getEnvironment().getProperty("local.server.port"));
            proxy = new RoundRobinProxy(List.of(port, secondPort));
        }
        return proxy;
    }

    /** A person at a browser, reaching Coplan only through the proxy. */
    Visitor throughProxy() throws Exception {
        return new Visitor(proxy().port(), fixtures::secondFactorCode);
    }

    @AfterAll
    void stopSecondNode() {
        if (proxy != null) {
            proxy.close();
        }
        if (second != null) {
            second.close();
        }
    }

    void today(LocalDate day) {
        clock.set(ZonedDateTime.of(day, LocalTime.of(10, 0), ClockConfiguration.ZONE).toInstant());
    }

    /** A case whose draft plan went out on the clock's first day: the final plan is due 22 March 2027. */
    World caseWithDraftOut() {
        World world = fixtures.world();
        var ctx = cases.open(world.coordinator().id(), world.ownCase(), CaseAction.VIEW_CASE);
        LocalDate requested = LocalDate.of(2026, 11, 2);
        for (ProcessEvent step : List.of(
                ProcessEvent.of(ProcessEventKind.REQUEST_RECEIVED, requested)
                        .withRequest(RequestSource.SCHOOL, RequestChannel.ONLINE_FORM, requested.atTime(9, 30)),
                ProcessEvent.of(ProcessEventKind.DECIDED_TO_ASSESS, LocalDate.of(2026, 11, 9)),
                ProcessEvent.of(ProcessEventKind.DECIDED_TO_ISSUE, LocalDate.of(2026, 11, 20)),
                ProcessEvent.of(ProcessEventKind.DRAFT_PLAN_SENT, LocalDate.of(2026, 11, 23)))) {
            assertThat(process.record(ctx, step)).isEmpty();
        }
        return world;
    }

    /** Both instances run at once, started together. */
    static void together(ExecutorService threads, Runnable first, Runnable second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (Runnable run : List.of(first, second)) {
            running.add(threads.submit(() -> {
                start.await();
                run.run();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : running) {
            f.get();
        }
    }

    static List<String> subjects(Person person) {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : TestMail.to(person.email())) {
            try {
                subjects.add(m.getSubject());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return subjects;
    }

    @Test
    @Order(2)
    void bothNodesRunningTheReminderJobAtOnceSendEachReminderOnce() throws Exception {
        today(LocalDate.of(2026, 11, 23));
        List<World> worlds = List.of(caseWithDraftOut(), caseWithDraftOut(), caseWithDraftOut());
        LocalDate finalDue = LocalDate.of(2027, 3, 22);
        List<LocalDate> days = List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24), finalDue.minusDays(14),
                finalDue.minusDays(7), finalDue.minusDays(1), finalDue.plusDays(1));

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            ConfigurableApplicationContext second = secondNode();
            ReminderJob other = second.getBean(ReminderJob.class);
            assertThat(other).isNotSameAs(job);
            assertThat(second.getBean(CaseAccess.class).child(worlds.get(0).ownCase())).as("same database").isPresent();
            List<ReminderJob.Run> runs = java.util.Collections.synchronizedList(new ArrayList<>());
            for (LocalDate day : days) {
                today(day);
                for (int round = 0; round < 3; round++) {
                    together(threads, () -> runs.add(job.sendDue()), () -> runs.add(other.sendDue()));
                }
                together(threads, job::run, other::run);
            }

            assertThat(runs).as("racing for the same claims is not an error").allMatch(r -> r.failed() == 0);
            ReminderClaims otherClaims = second.getBean(ReminderClaims.class);
            assertThat(claims.takeLease("lease-check", "first", Duration.ofMinutes(5))).isTrue();
            assertThat(otherClaims.takeLease("lease-check", "second", Duration.ofMinutes(5))).isFalse();
            claims.releaseLease("lease-check", "first");
            assertThat(otherClaims.takeLease("lease-check", "second", Duration.ofMinutes(5))).isTrue();
            otherClaims.releaseLease("lease-check", "second");
        } finally {
            threads.shutdownNow();
        }

        String plan = "the final EHC plan";
        for (World world : worlds) {
            assertThat(subjects(world.coordinator())).containsExactly(
                    "Reminder: " + plan + " is due in 14 days",
                    "Reminder: " + plan + " is due in 7 days",
                    "Reminder: " + plan + " is due tomorrow",
                    "Overdue: " + plan + " was due on 22 March 2027");
            assertThat(subjects(world.parent())).containsExactly("You can now comment on the draft EHC plan");
            assertThat(subjects(world.child())).containsExactly("You can now comment on the draft EHC plan");
            assertThat(jdbc.sql("select count(*) from process_reminder where case_id = ?").param(world.ownCase().value())
                    .query(Long.class).single()).isEqualTo(6);
            assertThat(audit.forCase(world.ownCase().value(), 200))
                    .filteredOn(e -> e.action() == AuditAction.MESSAGE_SENT).hasSize(6);
        }
    }

    String childName(World world) {
        return cases.child(world.ownCase()).orElseThrow().familyName();
    }

    /** A signed-in page: the sign-out link is there and it is not the sign-in page. */
    static void assertSignedIn(Page page, String expected) {
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        assertThat(page.text()).contains("Sign out").contains(expected);
    }

    @Test
    @Order(1)
    void aPersonSignedInThroughTheProxyIsServedByEitherNodeAndTheirFormsWorkOnBoth() throws Exception {
        World world = fixtures.world();
        Visitor coordinator = throughProxy();
        proxy().forget();
        coordinator.signIn(world.coordinator().email(), Fixtures.PASSWORD);
        assertThat(proxy().answeredBy()).as("the sign-in's requests were shared out").contains(FIRST, SECOND);

        String caseUrl = "/cases/" + world.ownCase();
        for (String path : List.of("/", "/caseload", caseUrl, caseUrl + "/timeline")) {
            proxy().forget();
            assertSignedIn(coordinator.get(path), path.startsWith(caseUrl) ? childName(world) : "");
            assertSignedIn(coordinator.get(path), path.startsWith(caseUrl) ? childName(world) : "");
            assertThat(proxy().answeredBy()).as(path + " was answered by both nodes").containsExactlyInAnyOrder(FIRST, SECOND);
        }

        // a form shown by one node and sent to the other: the CSRF token and the sign-in are the session's
        Visitor parent = throughProxy();
        parent.signIn(world.parent().email(), Fixtures.PASSWORD);
        proxy().forget();
        parent.get(caseUrl + "/participation");
        Page saved = parent.post(caseUrl + "/participation", Map.of(
                "involvement", "CO_PRODUCING", "channels", "TEXT", "phone", "07700 900123", "language", "Urdu", "interpreter", "yes",
                "accessibilityNeeds", "Step-free access", "cannotAttend", "Friday afternoons", "version", "-1"));
        List<Integer> answered = proxy().answeredBy();
        assertThat(answered).hasSize(2);
        assertThat(answered.get(1)).as("the form was sent to the other node").isNotEqualTo(answered.get(0));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith(caseUrl);
        assertThat(cases.choicesOf(world.parentMember().id()).orElseThrow().language()).isEqualTo("Urdu");
        assertSignedIn(parent.get(caseUrl), "Urdu");
        assertSignedIn(parent.get(caseUrl), "Urdu");
    }

    @Test
    @Order(3)
    void whenOneNodeStopsThePeopleItServedStaySignedInOnTheOther() throws Exception {
        World world = fixtures.world();
        Visitor coordinator = throughProxy();
        coordinator.signIn(world.coordinator().email(), Fixtures.PASSWORD);
        String caseUrl = "/cases/" + world.ownCase();
        proxy().forget();
        coordinator.get(caseUrl);
        coordinator.get(caseUrl);
        assertThat(proxy().answeredBy()).containsExactlyInAnyOrder(FIRST, SECOND);

        secondNode().close();

        proxy().forget();
        for (String path : List.of(caseUrl, "/", caseUrl + "/timeline", caseUrl)) {
            assertSignedIn(coordinator.get(path), path.startsWith(caseUrl) ? childName(world) : "");
        }
        assertThat(proxy().answeredBy()).as("only the node left answers").containsOnly(FIRST).hasSize(4);
        Visitor parent = throughProxy();
        parent.signIn(world.parent().email(), Fixtures.PASSWORD);
        parent.get(caseUrl + "/participation");
        assertThat(parent.post(caseUrl + "/participation", Map.of("involvement", "KEPT_INFORMED", "channels", "EMAIL",
                "language", "Welsh", "interpreter", "no", "version", "-1")).location()).endsWith(caseUrl);
        assertSignedIn(parent.get(caseUrl), "Welsh");
    }
}
