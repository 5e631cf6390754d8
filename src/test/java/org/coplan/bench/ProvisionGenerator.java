package org.coplan.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Provision at authority scale, written with set-based SQL after {@link AuthorityGenerator} has
 * written the cases: for each case of the authority an issued EHC plan (version 1, issued a year
 * and a week ago) with 3 outcomes and 10 provision items (each once a week, 30 minutes, for the
 * health professional's role; on the demo coordinator's cases the demo health professional is on
 * the team and is the named provider), the provision in force copied as the application does,
 * and one year of weekly sessions: about 90% delivered, 7% not delivered with a reason (a third
 * of those made up two days later), the rest not recorded. 20,000 cases make about 10 million
 * session rows. {@link #progress} adds a progress record a month on each outcome (about 720,000
 * rows at 20,000 cases) on the authority's default scale.
 */
final class ProvisionGenerator {

    static final String DEMO_HEALTH = "health@demo.coplan.test";

    private final JdbcClient jdbc;
    private final LocalDate today;

    ProvisionGenerator(JdbcClient jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    /** Returns the number of session rows written. */
    long generate(UUID localAuthority, UUID demoCoordinator) {
        UUID health = jdbc.sql("select id from person where lower(email) = ?").param(DEMO_HEALTH).query(UUID.class).single();
        // a Monday a year and a week ago: the plan's issue date, sessions from the week after
        LocalDate issued = today.minusWeeks(53).with(DayOfWeek.MONDAY);
        jdbc.sql("""
                insert into plan (id, case_id, kind, created_at, created_by)
                select md5(c.id::text || 'plan')::uuid, c.id, 'EHC', ?::date - 60, ?
                from child_case c
                where c.local_authority_id = ? and not exists (select 1 from plan p where p.case_id = c.id and p.kind = 'EHC')""")
                .params(issued, demoCoordinator, localAuthority)
                .update();
        jdbc.sql("""
                insert into plan_version (id, plan_id, number, status, review_date, proposed_at, proposed_by, issued_at, issued_by,
                    created_at, created_by)
                select md5(p.id::text || 'v1')::uuid, p.id, 1, 'FINAL', ?::date + 365, ?::date - 40, ?, ?::date, ?, ?::date - 60, ?
                from plan p join child_case c on c.id = p.case_id
                where c.local_authority_id = ? and p.id = md5(c.id::text || 'plan')::uuid""")
                .params(issued, issued, demoCoordinator, issued, demoCoordinator, issued, demoCoordinator, localAuthority)
                .update();
        jdbc.sql("""
                insert into plan_item (id, version_id, section, kind, description, by_when, links, lineage, created_at, created_by,
                    created_by_name)
                select md5(v.id::text || 'o' || n)::uuid, v.id, 'E', 'OUTCOME', 'Outcome ' || n || ': reads a short book on their own',
                    'July 2027', '{}', md5(v.id::text || 'o' || n)::uuid, ?::date - 50, ?, 'Bench coordinator'
                from plan_version v join plan p on p.id = v.plan_id join child_case c on c.id = p.case_id
                cross join generate_series(0, 2) n
                where c.local_authority_id = ? and v.id = md5(p.id::text || 'v1')::uuid""")
                .params(issued, demoCoordinator, localAuthority)
                .update();
        jdbc.sql("""
                insert into plan_item (id, version_id, section, kind, description, provider, frequency, session_length, group_size,
                    sessions, per, minutes, group_count, provider_role, provider_person, starts, links, lineage, created_at,
                    created_by, created_by_name)
                select md5(v.id::text || 'f' || n)::uuid, v.id, 'F', 'PROVISION', 'Provision ' || n || ': speech and language therapy',
                    'Speech and language therapist', 'once a week', '30 minutes', '1 to 1', 1, 'WEEK', 30, 1, 'HEALTH_PROFESSIONAL',
                    case when lead.person_id = ? then ?::uuid end, ?::date,
                    array[md5(v.id::text || 'o' || (n % 3))::uuid], md5(v.id::text || 'f' || n)::uuid, ?::date - 50, ?,
                    'Bench coordinator'
                from plan_version v join plan p on p.id = v.plan_id join child_case c on c.id = p.case_id
                join case_member lead on lead.case_id = c.id and lead.case_role = 'EHC_COORDINATOR' and lead.removed_at is null
                cross join generate_series(0, 9) n
                where c.local_authority_id = ? and v.id = md5(p.id::text || 'v1')::uuid""")
                .params(demoCoordinator, health, issued, issued, demoCoordinator, localAuthority)
                .update();
        jdbc.sql("""
                insert into case_member (id, case_id, person_id, case_role, added_at)
                select md5(c.id::text || 'health')::uuid, c.id, ?, 'HEALTH_PROFESSIONAL', ?::date - 60
                from child_case c join case_member lead on lead.case_id = c.id and lead.person_id = ? and lead.removed_at is null
                where c.local_authority_id = ?
                  and not exists (select 1 from case_member m where m.case_id = c.id and m.person_id = ? and m.removed_at is null)""")
                .params(health, issued, demoCoordinator, localAuthority, health)
                .update();
        jdbc.sql("""
                insert into provision_item (case_id, lineage, plan_kind, plan_version_id, section, description, provider, frequency,
                    session_length, sessions, per, minutes, group_count, provider_role, provider_person, starts, ends, outcomes,
                    in_force_from)
                select p.case_id, i.lineage, 'EHC', v.id, i.section, i.description, i.provider, i.frequency, i.session_length,
                    i.sessions, i.per, i.minutes, i.group_count, i.provider_role, i.provider_person, i.starts, i.ends, i.links, ?::date
                from plan_item i join plan_version v on v.id = i.version_id join plan p on p.id = v.plan_id
                join child_case c on c.id = p.case_id
                where c.local_authority_id = ? and i.kind = 'PROVISION' and v.id = md5(p.id::text || 'v1')::uuid""")
                .params(issued, localAuthority)
                .update();
        // one session a week for each item, on the weekday of its number (Monday to Friday), up to yesterday:
        // r < 90 delivered, r < 97 not delivered with a reason, the rest not recorded
        long sessions = jdbc.sql("""
                insert into provision_session (id, case_id, item_lineage, session_date, status, minutes, delivered_by, note, reason,
                    reason_words, recorded_by, recorded_by_name, recorded_at)
                select md5(i.lineage::text || w)::uuid, i.case_id, i.lineage, d.day,
                    case when r < 90 then 'DELIVERED' else 'NOT_DELIVERED' end,
                    case when r < 90 then 30 end,
                    case when r < 90 then 'Bench therapist' end,
                    case when r < 90 then 'Worked on asking for help.' end,
                    case when r >= 90 then (array['CHILD_ABSENT', 'PROVIDER_ABSENT', 'SETTING_CLOSED', 'CHILD_DECLINED', 'OTHER'])[1 + r % 5] end,
                    case when r >= 90 and r % 5 = 4 then 'School trip.' end,
                    ?, 'Bench therapist', d.day + time '16:00'
                from provision_item i
                join child_case c on c.id = i.case_id
                cross join generate_series(1, 52) w
                cross join lateral (select ?::date + (w * 7) + (abs(hashtext(i.lineage::text)) % 5) as day,
                                           abs(hashtext(i.lineage::text || w)) % 100 as r) d
                where c.local_authority_id = ? and r < 97 and d.day < ?""")
                .params(health, issued, localAuthority, today)
                .update();
        // a third of the missed sessions made up two days later
        long makeUps = jdbc.sql("""
                insert into provision_session (id, case_id, item_lineage, session_date, status, minutes, delivered_by, note, makes_up,
                    recorded_by, recorded_by_name, recorded_at)
                select md5(s.id::text || 'make-up')::uuid, s.case_id, s.item_lineage, s.session_date + 2, 'DELIVERED', 30,
                    'Bench therapist', 'Make-up session.', s.id, s.recorded_by, s.recorded_by_name, s.recorded_at + interval '2 days'
                from provision_session s join child_case c on c.id = s.case_id
                where c.local_authority_id = ? and s.status = 'NOT_DELIVERED' and abs(hashtext(s.id::text)) % 3 = 0
                  and s.session_date + 2 < ?""")
                .params(localAuthority, today)
                .update();
        return sessions + makeUps;
    }

    /** A progress record a month on each generated outcome since the plan was issued, and a family view every third month. */
    long progress(UUID localAuthority) {
        LocalDate issued = today.minusWeeks(53).with(DayOfWeek.MONDAY);
        jdbc.sql("insert into progress_scale (authority_id, version, changed_at) values (?, 0, now()) on conflict do nothing")
                .param(localAuthority).update();
        String[] steps = {"Not started", "Emerging", "Developing", "Secure", "Achieved"};
        for (int i = 0; i < steps.length; i++) {
            jdbc.sql("insert into progress_step (id, authority_id, position, label) select ?, ?, ?, ?"
                            + " where not exists (select 1 from progress_step where authority_id = ? and position = ?)")
                    .params(UUID.nameUUIDFromBytes((localAuthority + "bench-step" + i).getBytes()), localAuthority, i, steps[i],
                            localAuthority, i)
                    .update();
        }
        long records = jdbc.sql("""
                insert into progress_record (id, case_id, outcome_lineage, step_id, evidence, observed_by, observed_on, recorded_by,
                    recorded_by_name, recorded_role, recorded_at)
                select md5(i.lineage::text || 'p' || m)::uuid, p.case_id, i.lineage,
                    (select s.id from progress_step s where s.authority_id = c.local_authority_id
                     order by s.position offset least(m / 3, 4) limit 1),
                    'Read a short book with two prompts.', 'Class teacher', ?::date + m * 30, p.created_by, 'Bench teacher',
                    'SENCO', (?::date + m * 30) + time '15:00'
                from plan_item i join plan_version v on v.id = i.version_id join plan p on p.id = v.plan_id
                join child_case c on c.id = p.case_id
                cross join generate_series(1, 12) m
                where c.local_authority_id = ? and i.kind = 'OUTCOME' and v.id = md5(p.id::text || 'v1')::uuid
                  and ?::date + m * 30 < ?""")
                .params(issued, issued, localAuthority, issued, today)
                .update();
        long views = jdbc.sql("""
                insert into progress_view (id, case_id, outcome_lineage, words, feeling, author_id, author_name, author_role, added_at)
                select md5(i.lineage::text || 'view' || m)::uuid, p.case_id, i.lineage, 'Going better at home too.', 'GOING_WELL',
                    p.created_by, 'Bench parent', 'PARENT_CARER', (?::date + m * 90) + time '19:00'
                from plan_item i join plan_version v on v.id = i.version_id join plan p on p.id = v.plan_id
                join child_case c on c.id = p.case_id
                cross join generate_series(1, 4) m
                where c.local_authority_id = ? and i.kind = 'OUTCOME' and v.id = md5(p.id::text || 'v1')::uuid
                  and ?::date + m * 90 < ?""")
                .params(issued, localAuthority, issued, today)
                .update();
        return records + views;
    }
}
