package org.coplan.process;

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
import org.coplan.CoplanApplication;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditLog;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.Person;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.process.domain.RequestChannel;
import org.coplan.process.domain.RequestSource;
import org.coplan.process.internal.ProcessWork;
import org.coplan.process.internal.ReminderClaims;
import org.coplan.process.internal.ReminderJob;
import org.coplan.shared.ClockConfiguration;
import org.coplan.shared.db.DatabaseLogins;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.junit.jupiter.api.Test;
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
 * A second Coplan in the same JVM, on the first one's database and mail server, with the same
 * clock: both run the reminder job at the same moment, round after round, and every reminder
 * still reaches each person once.
 */
class TwoInstancesReminderTest extends IntegrationTest {

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

    ConfigurableApplicationContext secondInstance() throws Exception {
        String url;
        String user;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
            user = c.getMetaData().getUserName();
        }
        // A second node is configured as the first: the application role, and the owner for migrations.
        String owner = logins.ownerUser();
        String ownerPassword = logins.ownerPassword();
        Clock shared = clock;
        return new SpringApplicationBuilder(CoplanApplication.class)
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
    void twoInstancesOnOneDatabaseSendEachReminderOnce() throws Exception {
        today(LocalDate.of(2026, 11, 23));
        List<World> worlds = List.of(caseWithDraftOut(), caseWithDraftOut(), caseWithDraftOut());
        LocalDate finalDue = LocalDate.of(2027, 3, 22);
        List<LocalDate> days = List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24), finalDue.minusDays(14),
                finalDue.minusDays(7), finalDue.minusDays(1), finalDue.plusDays(1));

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (ConfigurableApplicationContext second = secondInstance()) {
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

}
