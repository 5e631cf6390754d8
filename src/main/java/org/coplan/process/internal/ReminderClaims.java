package org.coplan.process.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
     * The local authorities with any open deadline, in id order: one index probe per authority
     * (a skip scan over {@code process_deadline_open_authority}), however many deadlines each has.
     */
    public List<UUID> authoritiesWithOpenDeadlines() {
        return jdbc.sql("""
                with recursive authority(id) as (
                    (select local_authority_id from process_deadline where not closed order by local_authority_id limit 1)
                    union all
                    select (select d.local_authority_id from process_deadline d
                            where not d.closed and d.local_authority_id > authority.id
                            order by d.local_authority_id limit 1)
                    from authority where authority.id is not null)
                select id from authority where id is not null""")
                .query(UUID.class)
                .list();
    }

    /**
     * One authority's open deadlines due between {@code overdueDays} ago and {@code longestLead}
     * days ahead that someone has to meet and no exception covers, and family windows open today:
     * at most {@code limit}, in due order, those after {@code after} (null for the first batch).
     */
    public List<Candidate> candidates(UUID authority, LocalDate today, int longestLead, int overdueDays, Candidate after,
            int limit) {
        LocalDate afterDue = after == null ? LocalDate.of(1, 1, 1) : after.deadline().dueOn();
        UUID afterCase = after == null ? new UUID(0, 0) : after.caseId();
        String afterKey = after == null ? "" : after.deadline().key().name();
        UUID afterSubject = after == null ? new UUID(0, 0) : after.deadline().subjectId();
        return jdbc.sql("""
                select d.*, e.adviser, e.adviser_name
                from process_deadline d
                left join process_event e on e.id = d.subject_id and e.case_id = d.case_id
                where d.local_authority_id = ? and not d.closed
                  and ((d.responsible <> 'FAMILY' and not d.excepted and d.due_on between ? and ?)
                    or (d.responsible = 'FAMILY' and d.opens_on <= ? and d.due_on >= ?))
                  and (d.due_on, d.case_id, d.deadline_key, d.subject_id) > (?, ?, ?, ?)
                order by d.due_on, d.case_id, d.deadline_key, d.subject_id
                limit ?""")
                .params(authority, today.minusDays(overdueDays), today.plusDays(longestLead), today, today,
                        afterDue, afterCase, afterKey, afterSubject, limit)
                .query(ReminderClaims::candidate)
                .list();
    }

    /** Which reminder a claim is, whoever it is to. */
    public record Reminder(UUID caseId, DeadlineKey key, UUID subjectId, LocalDate dueOn, ReminderKind kind, int leadDays) {
        static Reminder of(Claim c) {
            return new Reminder(c.caseId(), c.key(), c.subjectId(), c.dueOn(), c.kind(), c.leadDays());
        }
    }

    /**
     * Who already has each reminder claimed on these cases, in one query for a whole batch, so a
     * run skips them without building their message. Only a shortcut: {@link #claim} is the guarantee.
     */
    public Map<Reminder, Set<UUID>> claimedOn(Collection<UUID> caseIds) {
        Map<Reminder, Set<UUID>> claimed = new HashMap<>();
        if (caseIds.isEmpty()) {
            return claimed;
        }
        jdbc.sql("""
                select case_id, deadline_key, subject_id, due_on, kind, lead_days, person_id from process_reminder
                where case_id = any(?::uuid[])""")
                .param(caseIds.stream().map(UUID::toString).distinct().collect(Collectors.joining(",", "{", "}")))
                .query((rs, n) -> {
                    Reminder r = new Reminder(rs.getObject("case_id", UUID.class),
                            DeadlineKey.valueOf(rs.getString("deadline_key")), rs.getObject("subject_id", UUID.class),
                            rs.getObject("due_on", LocalDate.class), ReminderKind.valueOf(rs.getString("kind")),
                            rs.getInt("lead_days"));
                    claimed.computeIfAbsent(r, k -> new HashSet<>()).add(rs.getObject("person_id", UUID.class));
                    return r;
                })
                .list();
        return claimed;
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
