package org.coplan.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
import org.coplan.deadlines.RequestChannel;
import org.coplan.process.domain.AdviceKind;
import org.coplan.process.domain.DeadlineKey;
import org.coplan.process.domain.ExceptionReason;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.process.domain.RequestSource;
import org.coplan.process.domain.ReviewOutcome;
import org.coplan.process.internal.ProcessWork;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Cases of one local authority at every stage, each with a plausible run of steps, written straight
 * into the tables with COPY: a case's child, its lead coordinator, its recorded steps, up to 4 actions
 * and (one case in 10) a disagreement. The deadlines and summaries are then built with the real read
 * model ({@link #refreshAll}). The same seed gives the same cases, so 20,000 cases here are the
 * 20,000 of {@link DashboardBench} and of {@code bench/authority-scale.sh}; calling {@link #generate}
 * once per authority loads a country ({@link AuthorityLoad}).
 */
public final class AuthorityGenerator {

    static final String[] GIVEN = {"Amira", "Yusuf", "Leo", "Zofia", "Noah", "Ella", "Oliver", "Olivia", "George", "Amelia",
            "Arthur", "Isla", "Muhammad", "Ava", "Harry", "Mia", "Jack", "Ivy", "Freddie", "Grace"};
    static final String[] FAMILY = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
            "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Khan", "Ahmed"};

    /** Cases written per round of COPY. */
    static final int BATCH = 2_000;

    private final DataSource dataSource;
    private final LocalDate today;
    private final Random random;

    /** What one call of {@link #generate} wrote. */
    public record Generated(List<UUID> caseIds, long members, long events, long actions, long disagreements) {}

    public AuthorityGenerator(DataSource dataSource, LocalDate today, long seed) {
        this.dataSource = dataSource;
        this.today = today;
        this.random = new Random(seed);
    }

    /**
     * Writes {@code cases} cases of one local authority, shared out among the schools in turn and
     * among the coordinators in turn (the first coordinator leads cases 0, n, 2n...). Coordinators
     * other than the first need not be accounts: they only lead cases.
     */
    public Generated generate(UUID localAuthority, List<UUID> schools, UUID[] coordinators, int cases) throws SQLException, IOException {
        List<UUID> ids = new ArrayList<>(cases);
        StringBuilder children = new StringBuilder();
        StringBuilder members = new StringBuilder();
        StringBuilder events = new StringBuilder();
        StringBuilder actions = new StringBuilder();
        StringBuilder disagreements = new StringBuilder();
        long eventCount = 0;
        long actionCount = 0;
        long disagreementCount = 0;
        String now = Instant.now().toString();
        UUID la = localAuthority;
        try (Connection c = dataSource.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (int i = 0; i < cases; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                Steps s = new Steps(id, coordinators[0], now, events, today);
                Stage stage = steps(s);
                eventCount += s.count;
                LocalDate born = LocalDate.of(2005, 9, 1).plusDays(random.nextInt(365 * 17));
                UUID school = schools.get(i % schools.size());
                line(children, id, GIVEN[random.nextInt(GIVEN.length)], FAMILY[random.nextInt(FAMILY.length)], born, school, la,
                        stage.name(), now);
                UUID member = UUID.randomUUID();
                UUID lead = coordinators[i % coordinators.length];
                line(members, member, id, lead, "EHC_COORDINATOR", now);
                // up to 4 actions a case (about 40,000 in 20,000 cases), due in the last year or the next 3 months: about 1 in 8 open and overdue
                for (int a = random.nextInt(5); a > 0; a--) {
                    LocalDate due = today.minusDays(365).plusDays(random.nextInt(455));
                    String status = due.isAfter(today) || random.nextInt(10) < 3 ? "OPEN" : random.nextInt(10) < 9 ? "DONE" : "CANCELLED";
                    line(actions, UUID.randomUUID(), id, "Send the report", member, lead, "Bench coordinator", "EHC_COORDINATOR", due,
                            status, status.equals("CANCELLED") ? "No longer needed." : null, "Bench coordinator", now, la, school);
                    actionCount++;
                }
                // one case in 10 has a disagreement raised in the last 6 months, a third of them closed
                if (random.nextInt(10) == 0) {
                    LocalDate raised = today.minusDays(random.nextInt(180));
                    boolean closed = random.nextInt(3) == 0;
                    line(disagreements, UUID.randomUUID(), id, la, school, "OTHER", "Transport", "The taxi is too late.",
                            closed ? "CLOSED" : "TALKING", lead, "Bench coordinator", "EHC_COORDINATOR", raised, now,
                            closed ? raised.plusDays(20) : null);
                    disagreementCount++;
                }
                if (i % BATCH == BATCH - 1) {
                    flush(copy, children, members, events, actions, disagreements);
                }
            }
            flush(copy, children, members, events, actions, disagreements);
        }
        return new Generated(ids, cases, eventCount, actionCount, disagreementCount);
    }

    /** Every case's deadlines and summary, built by the real read model, one case at a time on a few threads. */
    public static void refreshAll(ProcessWork work, CaseAccess cases, List<UUID> ids, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                    work.refresh(cases.child(new CaseId(ids.get(i))).orElseThrow());
                }
            }));
        }
        try {
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
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
    private Stage steps(Steps s) {
        double profile = random.nextDouble();
        if (profile < 0.10) {
            return Stage.SEN_SUPPORT;
        }
        if (profile < 0.20) { // asked for in the last 10 weeks, not yet decided: some overdue
            s.request(today.minusDays(random.nextInt(70)));
            return Stage.ASSESSMENT_REQUESTED;
        }
        if (profile < 0.25) {
            LocalDate r = today.minusDays(60 + random.nextInt(900));
            s.request(r);
            s.add(ProcessEventKind.DECIDED_NOT_TO_ASSESS, r.plusWeeks(5), null, "Needs can be met at SEN support.");
            return Stage.SEN_SUPPORT;
        }
        if (profile < 0.40) { // assessment under way, some advice back
            LocalDate r = today.minusDays(45 + random.nextInt(95));
            s.request(r);
            LocalDate assess = r.plusWeeks(4 + random.nextInt(3));
            s.add(ProcessEventKind.DECIDED_TO_ASSESS, assess, null, null);
            s.advice(random, assess.plusDays(2), today);
            return Stage.ASSESSMENT;
        }
        if (profile < 0.45) {
            LocalDate r = today.minusDays(120 + random.nextInt(900));
            s.request(r);
            s.add(ProcessEventKind.DECIDED_TO_ASSESS, r.plusWeeks(5), null, null);
            s.advice(random, r.plusWeeks(5).plusDays(2), r.plusWeeks(13));
            s.add(ProcessEventKind.DECIDED_NOT_TO_ISSUE, r.plusWeeks(14 + random.nextInt(4)), null, "Needs can be met without a plan.");
            return Stage.SEN_SUPPORT;
        }
        if (profile < 0.50) {
            LocalDate r = today.minusDays(100 + random.nextInt(50));
            s.assessedAndDrafted(random, r);
            return Stage.DRAFT_PLAN;
        }
        LocalDate r = today.minusDays(170 + random.nextInt(3_900));
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
            if (decided.isAfter(today) || (stopsEarly && decided.plusMonths(12).isAfter(today))) {
                break;
            }
            s.add(ProcessEventKind.REVIEW_MEETING_ARRANGED, meeting.minusWeeks(6), null, null, null, meeting);
            s.add(ProcessEventKind.REVIEW_ADVICE_CIRCULATED, meeting.minusDays(15), null, null);
            s.add(ProcessEventKind.REVIEW_MEETING_HELD, meeting, null, null);
            s.add(ProcessEventKind.REVIEW_REPORT_SENT, meeting.plusDays(7), null, null);
            s.add(ProcessEventKind.REVIEW_DECISION, decided, ReviewOutcome.MAINTAIN.name(), "The plan still fits.");
            last = decided;
        }
        if (random.nextInt(100) < 3 && last.plusDays(30).isBefore(today)) {
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
        final LocalDate today;
        int count;

        Steps(UUID caseId, UUID by, String at, StringBuilder out, LocalDate today) {
            this.caseId = caseId;
            this.by = by;
            this.at = at;
            this.out = out;
            this.today = today;
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
                if (!answered.isAfter(answeredBy) && !answered.isAfter(today)) {
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
}
