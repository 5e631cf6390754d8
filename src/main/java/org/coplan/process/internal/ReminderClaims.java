package org.coplan.process.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.cases.CaseRole;
import org.coplan.process.domain.AdviceKind;
import org.coplan.process.domain.Deadline;
import org.coplan.process.domain.DeadlineKey;
import org.coplan.process.domain.ExceptionReason;
import org.coplan.process.domain.ReminderKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deadlines that may need a reminder, and the claims that make each reminder go out once:
 * a reminder is claimed by inserting its row, and the primary key lets only one instance succeed.
 */
@Repository
public class ReminderClaims {

    /** What a claimed reminder led to. */
    public enum Outcome {
        EMAILED,
        /** The family member chose no email; the case lead was emailed to tell them their way. */
        NOT_EMAILED_CHANNEL
    }

    /** An open deadline, with who its advice was asked of when it is advice. */
    public record Candidate(UUID caseId, Deadline deadline, AdviceKind adviceKind, String adviserName) {}

    /** One reminder to one person: the row that claims it. */
    public record Claim(UUID caseId, DeadlineKey key, UUID subjectId, LocalDate dueOn, ReminderKind kind, int leadDays,
            UUID personId, CaseRole role) {}

    private final JdbcClient jdbc;

    ReminderClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Open deadlines due between {@code overdueDays} ago and {@code longestLead} days ahead that
     * someone has to meet and no exception covers, and family windows open today.
     */
    public List<Candidate> candidates(LocalDate today, int longestLead, int overdueDays) {
        return jdbc.sql("""
                select d.*, e.adviser, e.adviser_name
                from process_deadline d
                left join process_event e on e.id = d.subject_id and e.case_id = d.case_id
                where not d.closed
                  and ((d.responsible <> 'FAMILY' and not d.excepted and d.due_on between ? and ?)
                    or (d.responsible = 'FAMILY' and d.opens_on <= ? and d.due_on >= ?))
                order by d.due_on, d.case_id, d.deadline_key""")
                .params(today.minusDays(overdueDays), today.plusDays(longestLead), today, today)
                .query(ReminderClaims::candidate)
                .list();
    }

    /** Claims the reminder; false if it was already claimed (here or by another instance). */
    public boolean claim(Claim c, Outcome outcome, Instant at) {
        return jdbc.sql("""
                insert into process_reminder (case_id, deadline_key, subject_id, due_on, kind, lead_days, person_id,
                    recipient_role, outcome, sent_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(c.caseId(), c.key().name(), c.subjectId(), c.dueOn(), c.kind().name(), c.leadDays(),
                        c.personId(), c.role().name(), outcome.name(), Timestamp.from(at))
                .update() == 1;
    }

    /**
     * Who already has this reminder (the claim's person and role are ignored), so a run skips
     * them without building their message. Only a shortcut: {@link #claim} is the guarantee.
     */
    public Set<UUID> claimedBy(Claim c) {
        return new HashSet<>(jdbc.sql("""
                select person_id from process_reminder
                where case_id = ? and deadline_key = ? and subject_id = ? and due_on = ? and kind = ? and lead_days = ?""")
                .params(c.caseId(), c.key().name(), c.subjectId(), c.dueOn(), c.kind().name(), c.leadDays())
                .query(UUID.class)
                .list());
    }

    /**
     * Takes the job's lease for {@code length} if nobody holds it or it ran out, timed by the
     * database's clock so instances with different clocks agree.
     */
    public boolean takeLease(String job, String holder, Duration length) {
        return jdbc.sql("""
                insert into process_job_lease (job, holder, expires_at)
                values (?, ?, now() + make_interval(secs => ?))
                on conflict (job) do update set holder = excluded.holder, expires_at = excluded.expires_at
                where process_job_lease.expires_at < now()""")
                .params(job, holder, (double) length.toSeconds())
                .update() == 1;
    }

    public void releaseLease(String job, String holder) {
        jdbc.sql("delete from process_job_lease where job = ? and holder = ?").params(job, holder).update();
    }

    private static Candidate candidate(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("exception_reason");
        String adviser = rs.getString("adviser");
        Deadline d = new Deadline(
                DeadlineKey.valueOf(rs.getString("deadline_key")),
                rs.getObject("subject_id", UUID.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getObject("opens_on", LocalDate.class),
                rs.getObject("met_on", LocalDate.class),
                rs.getBoolean("closed"),
                reason == null ? null : ExceptionReason.valueOf(reason),
                rs.getString("adviser_name"));
        return new Candidate(rs.getObject("case_id", UUID.class), d, adviser == null ? null : AdviceKind.valueOf(adviser),
                rs.getString("adviser_name"));
    }
}
