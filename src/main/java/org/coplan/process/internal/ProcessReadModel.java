package org.coplan.process.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.ChildCase;
import org.coplan.process.domain.CaseProcess;
import org.coplan.process.domain.Deadline;
import org.coplan.process.domain.DeadlineKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deadlines and one summary row per case, rewritten from the replayed process whenever a
 * case's steps change, so dashboards read them without replaying thousands of cases.
 */
@Repository
public class ProcessReadModel {

    private final JdbcClient jdbc;

    ProcessReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void refresh(ChildCase child, CaseProcess process) {
        UUID caseId = child.id().value();
        jdbc.sql("delete from process_deadline where case_id = ?").param(caseId).update();
        List<Deadline> all = process.deadlines();
        // One statement for all the case's deadlines (a case with years of reviews has dozens),
        // rather than a round trip for each.
        int n = all.size();
        String[] keys = new String[n], rules = new String[n], responsible = new String[n], reasons = new String[n];
        String[] due = new String[n], opens = new String[n], met = new String[n];
        UUID[] subjects = new UUID[n];
        Boolean[] closed = new Boolean[n], excepted = new Boolean[n], guidance = new Boolean[n];
        for (int i = 0; i < n; i++) {
            Deadline d = all.get(i);
            keys[i] = d.key().name();
            subjects[i] = d.subjectId();
            rules[i] = d.key().rule();
            responsible[i] = d.key().responsible().name();
            due[i] = d.dueOn().toString();
            opens[i] = d.opensOn() == null ? null : d.opensOn().toString();
            met[i] = d.metOn() == null ? null : d.metOn().toString();
            closed[i] = !d.open();
            excepted[i] = d.excepted();
            reasons[i] = d.exceptionReason() == null ? null : d.exceptionReason().name();
            guidance[i] = d.key().guidance();
        }
        if (n > 0) {
            jdbc.sql("""
                    insert into process_deadline (case_id, local_authority_id, deadline_key, subject_id, rule, responsible,
                        due_on, opens_on, met_on, closed, excepted, exception_reason, guidance)
                    select ?, ?, d.* from unnest(?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[]::date[], ?::text[]::date[],
                        ?::text[]::date[], ?::boolean[], ?::boolean[], ?::text[], ?::boolean[]) as d""")
                    .params(caseId, child.localAuthority().value(), keys, subjects, rules, responsible, due, opens, met, closed, excepted, reasons, guidance)
                    .update();
        }
        Optional<Deadline> next = process.nextDuty();
        Optional<Deadline> finalPlan = latest(all, DeadlineKey.FINAL_PLAN);
        Optional<Deadline> review = all.stream().filter(d -> d.key() == DeadlineKey.ANNUAL_REVIEW && d.open()).findFirst();
        Optional<Deadline> lastReview = all.stream().filter(d -> d.key() == DeadlineKey.REVIEW_DECISION && d.metOn() != null)
                .reduce((a, b) -> b);
        jdbc.sql("""
                insert into process_summary (case_id, local_authority_id, school_id, child_name, given_name, family_name,
                    date_of_birth, stage, next_key, next_due_on, next_responsible, next_excepted,
                    request_received_on, final_due_on, final_issued_on, final_excepted, review_due_on, last_review_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (case_id) do update set local_authority_id = excluded.local_authority_id,
                    child_name = excluded.child_name, given_name = excluded.given_name, family_name = excluded.family_name,
                    date_of_birth = excluded.date_of_birth, stage = excluded.stage,
                    school_id = excluded.school_id, next_key = excluded.next_key, next_due_on = excluded.next_due_on,
                    next_responsible = excluded.next_responsible, next_excepted = excluded.next_excepted,
                    request_received_on = excluded.request_received_on,
                    final_due_on = excluded.final_due_on, final_issued_on = excluded.final_issued_on,
                    final_excepted = excluded.final_excepted, review_due_on = excluded.review_due_on,
                    last_review_on = excluded.last_review_on""")
                .params(caseId, child.localAuthority().value(), child.school() == null ? null : child.school().value(),
                        child.fullName(), child.givenName(), child.familyName(), child.dateOfBirth(), child.stage().name(),
                        next.map(d -> d.key().name()).orElse(null), next.map(Deadline::dueOn).orElse(null),
                        next.map(d -> d.key().responsible().name()).orElse(null), next.map(Deadline::excepted).orElse(false),
                        finalPlan.map(d -> d.dueOn().minusWeeks(20)).orElse(null), finalPlan.map(Deadline::dueOn).orElse(null),
                        finalPlan.map(Deadline::metOn).orElse(null), finalPlan.map(Deadline::excepted).orElse(false),
                        review.map(Deadline::dueOn).orElse(null), lastReview.map(Deadline::metOn).orElse(null))
                .update();
    }

    private static Optional<Deadline> latest(List<Deadline> all, DeadlineKey key) {
        return all.stream().filter(d -> d.key() == key).reduce((a, b) -> a.dueOn().isAfter(b.dueOn()) ? a : b);
    }
}
