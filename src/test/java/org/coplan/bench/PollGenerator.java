package org.coplan.bench;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.coplan.CoplanApplication;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.coplan.shared.db.DatabaseLogins;
import org.coplan.strategic.PollsSetup;
import org.coplan.strategic.domain.Rung;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes a parent carer forum with many verified members who can sign in, and one open poll, in the
 * database the packaged application uses, for {@code bench/forum-poll.sh}. It starts Coplan itself
 * (no web traffic, jobs off) on the database the usual settings point at ({@code COPLAN_DATA_DIRECTORY}
 * for the embedded server, or {@code COPLAN_DATABASE_URL}).
 *
 * <p>Every member's password is {@code coplan-bench-poll-2026}: the first account is made through
 * the people module (so the hash is the service's own) and the others share its hash, written in
 * one batch, since hashing 5,000 passwords one by one would take minutes and measure nothing.
 *
 * <pre>
 * --members N   verified members (default 5000), poll-bench.1@bench.coplan.test to poll-bench.N@...
 * </pre>
 *
 * Prints {@code BENCH-POLL <id>}, {@code BENCH-QUESTION <field name>}, {@code BENCH-LA <id>} and
 * {@code BENCH-MEMBERS <N>}. Run from the packaged jar with Spring Boot's PropertiesLauncher.
 */
public final class PollGenerator {

    public static final String PASSWORD = PollLoad.PASSWORD;

    private PollGenerator() {}

    public static String email(int n) {
        return PollLoad.email(n);
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> o = new HashMap<>(Map.of("members", 5_000));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--") || !o.containsKey(args[i].substring(2))) {
                throw new IllegalArgumentException("Unknown option " + args[i]);
            }
            o.put(args[i].substring(2), Integer.parseInt(args[i + 1].replace("_", "").replace(",", "")));
        }
        int members = o.get("members");
        SpringApplication application = new SpringApplication(CoplanApplication.class);
        ConfigurableApplicationContext context = application.run("--server.port=0", "--coplan.reminders.cron=-", "--coplan.polls.cron=-",
                "--coplan.database.embedded-durable=false", "--logging.level.root=WARN");
        int status = 0;
        try {
            DataSource dataSource = context.getBean(DataSource.class);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            People people = context.getBean(People.class);
            PollsSetup setup = context.getBean(PollsSetup.class);
            Instant now = context.getBean(Clock.class).instant();
            if (people.findByEmail(email(1)).isPresent()) {
                throw new IllegalStateException("This database already holds the poll's members");
            }
            long started = System.nanoTime();
            Organisation la = people.createOrganisation(OrganisationKind.LOCAL_AUTHORITY, "Poll bench council", null);
            Organisation forum = people.createOrganisation(OrganisationKind.FORUM, "Poll bench parent carer forum", la.id());
            UUID forumId = forum.id().value();
            Person officer = people.createAccount("poll-bench.officer@bench.coplan.test", "Bench Officer", PASSWORD);
            people.addStaffRole(officer.id(), forum.id(), StaffRole.FORUM_OFFICER);
            Person first = people.createAccount(email(1), "Bench Parent 1", PASSWORD);
            String hash = jdbc.sql("select password_hash from person where id = ?").param(first.id().value()).query(String.class).single();
            setup.verifiedMember(forumId, first);

            JdbcClient owner = JdbcClient.create(context.getBean(DatabaseLogins.class).ownerDataSource());
            Timestamp at = Timestamp.from(now);
            for (int from = 2; from <= members; from += 1_000) {
                int to = Math.min(members, from + 999);
                owner.sql("""
                        insert into person (id, email, display_name, password_hash, created_at)
                        select gen_random_uuid(), 'poll-bench.' || n || '@bench.coplan.test', 'Bench Parent ' || n, ?, ?
                        from generate_series(?, ?) n""")
                        .params(hash, at, from, to).update();
            }
            owner.sql("""
                    insert into forum_member (id, forum_id, person_id, email, display_name, channel, status, joined_at, verified_at)
                    select gen_random_uuid(), ?, p.id, p.email, p.display_name, 'EMAIL', 'MEMBER', ?, ?
                    from person p where p.email like 'poll-bench.%@bench.coplan.test' and p.email <> 'poll-bench.officer@bench.coplan.test'
                    on conflict do nothing""")
                    .params(forumId, at, at).update();
            UUID poll = setup.openPoll(forumId, officer, "Bench poll: meeting times", "Which time suits you best for forum meetings?",
                    List.of("Weekday mornings", "Weekday evenings", "Saturday mornings"), false, Rung.CONSULTING, now.plus(Duration.ofDays(2)));
            owner.sql("vacuum analyze").update();
            long count = jdbc.sql("select count(*) from forum_member where forum_id = ? and status = 'MEMBER'").param(forumId)
                    .query(Long.class).single();
            String question = "q" + jdbc.sql("""
                    select q.id from poll_question q join poll_part p on p.id = q.part_id where p.poll_id = ?""")
                    .param(poll).query(UUID.class).single();
            System.out.printf("BENCH-LOAD %,d verified members and one open poll in %.0f s%n", count, (System.nanoTime() - started) / 1e9);
            System.out.println("BENCH-LA " + la.id().value());
            System.out.println("BENCH-POLL " + poll);
            System.out.println("BENCH-QUESTION " + question);
            System.out.println("BENCH-MEMBERS " + count);
            System.out.println("BENCH-OFFICER poll-bench.officer@bench.coplan.test");
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        } finally {
            context.close();
        }
        System.exit(status);
    }
}
