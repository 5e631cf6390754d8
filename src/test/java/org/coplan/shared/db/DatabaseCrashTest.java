package org.coplan.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.shared.db.DatabaseConfiguration.EmbeddedDatabase;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestDatabase.OwnEmbeddedServer;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 11, item 3: PostgreSQL is killed (SIGKILL, the postmaster and every backend at once) in the
 * middle of a stream of "All about me" saves by several parents, then started again on the same
 * files and port. Every save that was answered as saved must be there, nothing may be half-written,
 * requests while it is down must fail within seconds with the "nothing you saved has been lost"
 * page, and the running application must serve saves again without being restarted.
 *
 * <p>Runs on its own application context and embedded server, durable as in production, so the
 * shared test database is never killed.
 */
@TestPropertySource(properties = "coplan.database.embedded-durable=true")
@OwnEmbeddedServer
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseCrashTest extends IntegrationTest {

    static final int WRITERS = 6;
    static final int SAVES_BEFORE_CRASH = 150;
    static final int SAVES_AFTER_RESTART = 20;
    static final Duration FAIL_FAST = Duration.ofSeconds(10);
    static final Pattern BASED_ON = Pattern.compile("name=\"basedOn\" value=\"([^\"]+)\"");

    @Autowired
    EmbeddedDatabase embedded;

    @Autowired
    DatabaseLogins logins;

    /** The saves each writer was told were saved, by case. */
    final Map<UUID, Set<String>> acknowledged = new ConcurrentHashMap<>();
    final AtomicInteger acknowledgedCount = new AtomicInteger();
    final AtomicInteger attempted = new AtomicInteger();
    final AtomicBoolean stop = new AtomicBoolean();

    @Test
    void everySaveAnsweredAsSavedSurvivesPostgresBeingKilledAndTheServiceRecoversByItself() throws Exception {
        List<Writer> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            World world = fixtures.world();
            Visitor parent = visitor();
            parent.signIn(world.parent().email(), Fixtures.PASSWORD);
            writers.add(new Writer(i, world.ownCase().value(), parent));
            acknowledged.put(world.ownCase().value(), ConcurrentHashMap.newKeySet());
        }
        World watcher = fixtures.world();
        Visitor watching = visitor();
        watching.signIn(watcher.parent().email(), Fixtures.PASSWORD);

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> running = new ArrayList<>();
        try {
            writers.forEach(w -> running.add(pool.submit(w)));
            await().atMost(Duration.ofMinutes(3)).until(() -> acknowledgedCount.get() >= SAVES_BEFORE_CRASH);

            int beforeCrash = acknowledgedCount.get();
            killPostgres();

            long start = System.nanoTime();
            Page whileDown = watching.get("/cases/" + watcher.ownCase());
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(whileDown.status()).isEqualTo(503);
            assertThat(whileDown.text()).contains("Sorry, there is a problem with the service")
                    .contains("Nothing you saved has been lost");
            assertThat(waited).isLessThan(FAIL_FAST);

            long restartStart = System.nanoTime();
            embedded.restart();
            Duration restartTook = Duration.ofNanos(System.nanoTime() - restartStart);
            int atRestart = acknowledgedCount.get();

            long recoveryStart = System.nanoTime();
            await().atMost(Duration.ofMinutes(2)).until(() -> acknowledgedCount.get() >= atRestart + SAVES_AFTER_RESTART);
            Duration recovered = Duration.ofNanos(System.nanoTime() - recoveryStart);
            assertThat(watching.get("/cases/" + watcher.ownCase()).status()).isEqualTo(200);

            stop.set(true);
            for (Future<?> f : running) {
                f.get(1, TimeUnit.MINUTES);
            }

            List<String> missing = new ArrayList<>();
            int found = checkEveryAcknowledgedSaveIsStoredWhole(missing);
            System.out.printf("FAULT saves attempted %d; answered as saved %d (%d before the kill); of those found after"
                            + " the restart %d; a request while down failed in %d ms; PostgreSQL restarted in %d ms; "
                            + "%d more saves answered within %d ms of the restart%n",
                    attempted.get(), acknowledgedCount.get(), beforeCrash, found, waited.toMillis(),
                    restartTook.toMillis(), SAVES_AFTER_RESTART, recovered.toMillis());
            assertThat(missing).as("saves answered as saved but not found after the restart").isEmpty();
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
    }

    /** SIGKILL to the postmaster and all its processes at once, as a crash would stop them. */
    void killPostgres() throws Exception {
        long pid = Long.parseLong(Files.readAllLines(embedded.dataDirectory().resolve("postmaster.pid")).get(0).strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> backends = postmaster.descendants().toList();
        postmaster.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        for (ProcessHandle backend : backends) {
            backend.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    /** Returns how many acknowledged saves were found, adding the missing ones; fails if any is half-written. */
    int checkEveryAcknowledgedSaveIsStoredWhole(List<String> missing) {
        JdbcClient owner = JdbcClient.create(logins.ownerDataSource());
        int found = 0;
        for (Map.Entry<UUID, Set<String>> entry : acknowledged.entrySet()) {
            UUID caseId = entry.getKey();
            Set<String> stored = new HashSet<>(owner.sql("select body from about_me_revision where case_id = ?")
                    .param(caseId).query(String.class).list());
            entry.getValue().stream().filter(body -> !stored.contains(body)).forEach(missing::add);
            found += (int) entry.getValue().stream().filter(stored::contains).count();

            // Each revision and its audit event are written in one transaction: both or neither.
            long changes = owner.sql("""
                    select count(*) from audit_event
                    where case_id = ? and action = 'CHANGED' and subject = 'All about me: like-and-admire'
                    """).param(caseId).query(Long.class).single();
            assertThat(changes).as("audit events for the case's saves").isEqualTo(stored.size());
            // One unbroken line of revisions: each save is based on the one before.
            long unbroken = owner.sql("""
                    with recursive line as (
                        select id from about_me_revision where case_id = ? and based_on is null
                        union all
                        select r.id from about_me_revision r join line on r.based_on = line.id)
                    select count(*) from line
                    """).param(caseId).query(Long.class).single();
            assertThat(unbroken).as("revisions in one line").isEqualTo(stored.size());
        }
        return found;
    }

    /** One parent saving "All about me" over and over, as fast as the service answers. */
    final class Writer implements Runnable {
        final int number;
        final UUID caseId;
        final Visitor parent;

        Writer(int number, UUID caseId, Visitor parent) {
            this.number = number;
            this.caseId = caseId;
            this.parent = parent;
        }

        @Override
        public void run() {
            String path = "/cases/" + caseId + "/about-me/like-and-admire";
            for (int i = 1; !stop.get() && i < 100_000; i++) {
                try {
                    save(path, i);
                } catch (IllegalStateException connectionDropped) {
                    // the service did not answer: not saved as far as the parent knows
                }
            }
        }

        void save(String path, int i) {
            Page edit = parent.get(path);
            if (edit.status() != 200) {
                return;
            }
            Matcher basedOn = BASED_ON.matcher(edit.body());
            String body = "Save " + number + "-" + i;
            attempted.incrementAndGet();
            Page saved = parent.post(path, basedOn.find()
                    ? Map.of("body", body, "basedOn", basedOn.group(1))
                    : Map.of("body", body));
            if (saved.status() == 302 && saved.location() != null && saved.location().endsWith("#about-me")) {
                acknowledged.get(caseId).add(body);
                acknowledgedCount.incrementAndGet();
            }
        }
    }
}
