package org.coplan.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the co-production dashboards count, at authority scale, written with set-based SQL after
 * {@link AuthorityGenerator} has written the cases (and, if asked, {@link ProvisionGenerator} the
 * provision): each school's phase, each child's primary need, a parent on every case with the level
 * of involvement they chose, and over the last two years the family's contributions to the child's
 * plan (an EHC plan from the draft stage on, else an SEN support plan) with the answers to them and
 * the family's agreement marks, meetings with the family's views, decisions with their position and
 * actions done on time or late, the involvement each parent reached, disagreements by stage and
 * outcome, and the confidence survey: offers in each of the last six terms and {@code answers}
 * answers (30,000 by default), better on average term by term and varying by school, need and stage.
 * Which rows exist and what they say follow from hashes of the case ids, so a case keeps its figures
 * when the generator runs again on the same cases; only the generated cases (those with the bench
 * parent) are touched, never the demo's.
 */
final class MeasuresGenerator {

    /**
     * A generated case, in SQL on {@code child_case c}: its team is its coordinator (and, with provision,
     * the demo therapist) only. Every demo case has someone else on it, a family member or a SENCO.
     */
    static final String GENERATED = " not exists (select 1 from case_member m where m.case_id = c.id"
            + " and m.case_role not in ('EHC_COORDINATOR', 'HEALTH_PROFESSIONAL')) ";

    private final JdbcClient jdbc;
    private final LocalDate today;
    private final int answers;

    MeasuresGenerator(JdbcClient jdbc, LocalDate today, int answers) {
        this.jdbc = jdbc;
        this.today = today;
        this.answers = answers;
    }

    /** Writes the authority's figures' records; returns the rows written per table. */
    Map<String, Long> generate(UUID la) {
        Map<String, Long> rows = new LinkedHashMap<>();
        String now = today.atTime(8, 0).toString();
        rows.put("organisation.phase", (long) jdbc.sql("""
                update organisation o set phase = case when x.n % 20 < 11 then 'PRIMARY' when x.n % 20 < 16 then 'SECONDARY'
                    when x.n % 20 = 16 then 'SPECIAL' when x.n % 20 = 17 then 'EARLY_YEARS' when x.n % 20 = 18 then 'ALL_THROUGH'
                    when x.n % 40 = 19 then 'POST_16' else 'ALTERNATIVE_PROVISION' end
                from (select id, row_number() over (order by name, id) - 1 as n from organisation
                      where kind = 'SCHOOL' and local_authority_id = ?) x
                where o.id = x.id and o.phase is null""").param(la).update());
        // about the shares of the SEN2 return: autism, speech and language, SEMH first; 3% not recorded
        rows.put("child_case.primary_need", (long) jdbc.sql("""
                update child_case c set primary_need = case when h < 250 then 'ASD' when h < 470 then 'SLCN' when h < 650 then 'SEMH'
                    when h < 750 then 'MLD' when h < 830 then 'SPLD' when h < 870 then 'SLD' when h < 900 then 'PD' when h < 915 then 'HI'
                    when h < 925 then 'VI' when h < 935 then 'PMLD' when h < 938 then 'MSI' when h < 965 then 'OTH' when h < 970 then 'NSA'
                    end
                from (select id, abs(hashtext(id::text || 'need')) % 1000 as h from child_case c
                      where local_authority_id = ? and primary_need is null and """ + GENERATED + """
                      ) x
                where c.id = x.id""").param(la).update());
        rows.put("person (parents)", (long) jdbc.sql("""
                insert into person (id, email, display_name, created_at)
                select md5(c.id::text || 'parent')::uuid, 'parent.' || c.id || '@bench.coplan.test', 'Bench parent', ?::timestamp - interval '800 days'
                from child_case c
                where c.local_authority_id = ? and exists (select 1 from case_member m where m.case_id = c.id and m.case_role = 'EHC_COORDINATOR')
                  and """ + GENERATED + """
                on conflict do nothing""").params(now, la).update());
        rows.put("case_member (parents)", (long) jdbc.sql("""
                insert into case_member (id, case_id, person_id, case_role, added_at)
                select md5(c.id::text || 'parent-member')::uuid, c.id, md5(c.id::text || 'parent')::uuid, 'PARENT_CARER',
                    ?::timestamp - interval '800 days'
                from child_case c join person p on p.id = md5(c.id::text || 'parent')::uuid
                where c.local_authority_id = ?
                  and not exists (select 1 from case_member m where m.case_id = c.id and m.case_role = 'PARENT_CARER')""")
                .params(now, la).update());
        rows.put("participation_choice", (long) jdbc.sql("""
                insert into participation_choice (member_id, involvement, channels, language, interpreter_needed, support, version, updated_at)
                select m.id, case when h < 15 then 'KEPT_INFORMED' when h < 55 then 'ASKED_FOR_VIEWS' when h < 85 then 'INVOLVED_IN_DECISIONS'
                    else 'CO_PRODUCING' end, '{EMAIL}', 'English', false, '{}', 0, ?::timestamp - interval '790 days'
                from case_member m join child_case c on c.id = m.case_id
                cross join lateral (select abs(hashtext(m.id::text || 'involvement')) % 100 as h) x
                where c.local_authority_id = ? and m.id = md5(c.id::text || 'parent-member')::uuid
                on conflict do nothing""").params(now, la).update());

        jdbc.sql("drop table if exists bench_measures_case").update();
        jdbc.sql("""
                create unlogged table bench_measures_case as
                select distinct on (c.id) c.id as case_id, c.school_id, c.local_authority_id as la, c.stage, c.primary_need as need,
                    pm.id as parent_member, pm.person_id as parent, lead.id as lead_member, lead.person_id as lead,
                    c.stage in ('DRAFT_PLAN', 'EHC_PLAN', 'CEASED') as ehc
                from child_case c
                join case_member pm on pm.id = md5(c.id::text || 'parent-member')::uuid
                join case_member lead on lead.case_id = c.id and lead.case_role = 'EHC_COORDINATOR' and lead.removed_at is null
                where c.local_authority_id = ?
                order by c.id, lead.added_at""").param(la).update();

        plans(now, rows);
        meetings(now, rows);
        disagreements(now, rows);
        confidence(rows);
        for (String t : List.of("bench_measures_case", "bench_measures_version", "bench_measures_meeting")) {
            jdbc.sql("drop table if exists " + t).update();
        }
        return rows;
    }

    /** A plan per case (kept if there is one), two years of the parent's contributions, the answers and agreement marks. */
    private void plans(String now, Map<String, Long> rows) {
        rows.put("plan", (long) jdbc.sql("""
                insert into plan (id, case_id, kind, created_at, created_by)
                select (case when b.ehc then md5(b.case_id::text || 'plan') else md5(b.case_id::text || 'sen-plan') end)::uuid, b.case_id,
                    case when b.ehc then 'EHC' else 'SEN_SUPPORT' end, ?::timestamp - interval '760 days', b.lead
                from bench_measures_case b
                on conflict do nothing""").param(now).update());
        rows.put("plan_version", (long) jdbc.sql("""
                insert into plan_version (id, plan_id, number, status, review_date, proposed_at, proposed_by, issued_at, issued_by,
                    created_at, created_by)
                select md5(p.id::text || 'v1')::uuid, p.id, 1, s.status,
                    case when s.status = 'FINAL' then (?::date - 700 + 365) end,
                    case when s.status <> 'DRAFT' then ?::timestamp - interval '730 days' end, case when s.status <> 'DRAFT' then b.lead end,
                    case when s.status = 'FINAL' then ?::timestamp - interval '700 days' end, case when s.status = 'FINAL' then b.lead end,
                    p.created_at, p.created_by
                from bench_measures_case b
                join plan p on p.case_id = b.case_id and p.kind = case when b.ehc then 'EHC' else 'SEN_SUPPORT' end
                cross join lateral (select case when b.stage in ('EHC_PLAN', 'CEASED') then 'FINAL' when b.stage = 'DRAFT_PLAN' then 'PROPOSED'
                    else 'DRAFT' end as status) s
                on conflict do nothing""").params(now, now, now).update());
        jdbc.sql("drop table if exists bench_measures_version").update();
        jdbc.sql("""
                create unlogged table bench_measures_version as
                select b.*, v.id as version_id
                from bench_measures_case b
                join plan p on p.case_id = b.case_id and p.kind = case when b.ehc then 'EHC' else 'SEN_SUPPORT' end
                join plan_version v on v.id = md5(p.id::text || 'v1')::uuid""").update();
        // 0 to 4 contributions a plan (about 2 on average) over the last two years
        rows.put("contribution", (long) jdbc.sql("""
                insert into contribution (id, version_id, section, kind, body, author_id, author_name, author_role, created_at)
                select md5(v.version_id::text || 'c' || n)::uuid, v.version_id,
                    case when v.ehc then (array['A', 'B', 'E', 'F', 'I'])[1 + abs(hashtext(v.version_id::text || 's' || n)) % 5]
                         else (array['ABOUT_ME', 'NEEDS', 'OUTCOMES', 'SUPPORT'])[1 + abs(hashtext(v.version_id::text || 's' || n)) % 4] end,
                    'PARENT_CARER_VIEW', 'At home my child copes better with a picture of what comes next.', v.parent, 'Bench parent',
                    'PARENT_CARER',
                    ?::timestamp - make_interval(days => abs(hashtext(v.version_id::text || 'd' || n)) % 730,
                                                 hours => abs(hashtext(v.version_id::text || 'h' || n)) % 10)
                from bench_measures_version v cross join generate_series(1, 4) n
                where n <= abs(hashtext(v.version_id::text || 'n')) % 5
                on conflict do nothing""").param(now).update());
        // nine in ten answered, half within a week, most of the rest within a month; half included, a quarter changed, a quarter not
        rows.put("contribution_response", (long) jdbc.sql("""
                insert into contribution_response (contribution_id, outcome, explanation, responder_id, responder_name, responded_at,
                    responder_role)
                select k.id, case when r < 50 then 'INCLUDED' when r < 75 then 'INCLUDED_WITH_CHANGES' else 'NOT_INCLUDED' end,
                    case when r >= 50 then 'Talked through at the meeting: the support is set out in section F.' end,
                    v.lead, 'Bench coordinator', k.created_at + make_interval(days => 1 + d), 'EHC_COORDINATOR'
                from contribution k join bench_measures_version v on v.version_id = k.version_id
                cross join lateral (select abs(hashtext(k.id::text || 'r')) % 100 as r, abs(hashtext(k.id::text || 'q')) % 1000 as q) x
                cross join lateral (select case when q < 500 then q % 8 when q < 850 then 8 + q % 22 else 30 + q % 60 end as d) y
                where k.author_role = 'PARENT_CARER' and abs(hashtext(k.id::text || 'answered')) % 100 < 90
                  and k.created_at + make_interval(days => 1 + d) < ?::timestamp
                on conflict do nothing""").param(now).update());
        rows.put("agreement_mark", (long) jdbc.sql("""
                insert into agreement_mark (version_id, section, person_id, person_name, person_role, mark, reason, marked_at)
                select v.version_id, s.section, v.parent, 'Bench parent', 'PARENT_CARER',
                    case when r < 75 then 'AGREE' when r < 90 then 'DISAGREE' else 'NOT_READ' end,
                    case when r >= 75 and r < 90 then 'The support is less than the advice said.' end,
                    ?::timestamp - make_interval(days => abs(hashtext(v.version_id::text || s.section || 'when')) % 700)
                from bench_measures_version v
                cross join lateral unnest(case when v.ehc then array['A', 'B', 'E', 'F', 'I'] else array['NEEDS', 'OUTCOMES', 'SUPPORT'] end)
                    s(section)
                cross join lateral (select abs(hashtext(v.version_id::text || s.section)) % 100 as r) x
                where abs(hashtext(v.version_id::text || s.section || 'marked')) % 100 < 70
                  and not exists (select 1 from agreement_mark a where a.version_id = v.version_id and a.section = s.section
                                  and a.person_id = v.parent)""").param(now).update());
    }

    /** 0 to 3 meetings a case in the last two years, the parent's views, decisions with their position, actions, involvement reached. */
    private void meetings(String now, Map<String, Long> rows) {
        jdbc.sql("drop table if exists bench_measures_meeting").update();
        jdbc.sql("""
                create unlogged table bench_measures_meeting as
                select md5(b.case_id::text || 'meeting' || n)::uuid as id, b.*, m.held_on, abs(hashtext(b.case_id::text || 'mr' || n)) % 100 as r,
                    m.held_on < ?::date - 2 as held
                from bench_measures_case b cross join generate_series(1, 3) n
                cross join lateral (select (?::date - abs(hashtext(b.case_id::text || 'mday' || n)) % 730) as held_on) m
                where n <= abs(hashtext(b.case_id::text || 'meetings')) % 4""").params(now, now).update();
        rows.put("meeting", (long) jdbc.sql("""
                insert into meeting (id, case_id, kind, title, mode, place, organiser_id, organiser_name, organiser_role, arranged_at,
                    completed_at, completed_by_name, review_held_recorded)
                select m.id, m.case_id, k.kind, 'Planning together', case when m.r % 5 = 0 then 'ONLINE' else 'IN_PERSON' end, 'The school',
                    m.lead, 'Bench coordinator', 'EHC_COORDINATOR', (m.held_on - 21) + time '10:00',
                    case when m.held then m.held_on + time '12:00' end, case when m.held then 'Bench coordinator' end,
                    m.held and k.kind = 'ANNUAL_REVIEW'
                from bench_measures_meeting m
                cross join lateral (select case when m.ehc and m.r % 3 = 0 then 'ANNUAL_REVIEW' when m.r % 2 = 0 then 'STRUCTURED_CONVERSATION'
                    else 'PLANNING' end as kind) k
                on conflict do nothing""").update());
        rows.put("meeting_time", (long) jdbc.sql("""
                insert into meeting_time (meeting_id, position, starts_at, minutes)
                select m.id, 0, m.held_on + time '10:00', 60 from bench_measures_meeting m
                on conflict do nothing""").update());
        rows.put("meeting_attendee", (long) jdbc.sql("""
                insert into meeting_attendee (meeting_id, member_id, person_id, reply, replied_at, replied_to_sequence)
                select m.id, a.member, a.person, case when a.family and m.r % 7 = 0 then 'NOT_ATTENDING' else 'ATTENDING' end,
                    (m.held_on - 19) + time '18:00', 0
                from bench_measures_meeting m
                cross join lateral (values (m.parent_member, m.parent, true), (m.lead_member, m.lead, false)) a(member, person, family)
                on conflict do nothing""")
                .update());
        // the parent's view heard at three meetings in four
        rows.put("meeting_view", (long) jdbc.sql("""
                insert into meeting_view (id, meeting_id, speaker_member_id, speaker_name, speaker_role, words, recorded_by_id,
                    recorded_by_name, recorded_at)
                select md5(m.id::text || 'view')::uuid, m.id, m.parent_member, 'Bench parent', 'PARENT_CARER',
                    'Mornings are hard. A calm start at school would help.', m.lead, 'Bench coordinator', m.held_on + time '10:15'
                from bench_measures_meeting m where m.held and m.r < 75
                on conflict do nothing""").update());
        rows.put("decision", (long) jdbc.sql("""
                insert into decision (id, case_id, meeting_id, question, options, holder, decision, reasons, recorded_by_id, recorded_by_name,
                    recorded_by_role, recorded_at, review_on, local_authority_id, school_id)
                select md5(m.id::text || 'decision')::uuid, m.case_id, m.id, 'How do we make mornings calmer?',
                    'A quiet start in the library; a later start; no change', case when m.ehc then 'LOCAL_AUTHORITY' else 'SCHOOL' end,
                    'A quiet start in the library for half a term, then review.', 'The family and the school agreed it is worth trying.',
                    m.lead, 'Bench coordinator', 'EHC_COORDINATOR', m.held_on + time '11:00', (m.held_on + interval '6 months')::date,
                    m.la, m.school_id
                from bench_measures_meeting m where m.held and m.r % 20 < 11
                on conflict do nothing""").update());
        rows.put("decision_position", (long) jdbc.sql("""
                insert into decision_position (decision_id, member_id, member_name, member_role, position, reasons, on_behalf,
                    entered_by_name, given_at)
                select md5(m.id::text || 'decision')::uuid, m.parent_member, 'Bench parent', 'PARENT_CARER',
                    case when p < 80 then 'AGREE' when p < 90 then 'DISAGREE' else 'ABSTAIN' end,
                    case when p >= 80 and p < 90 then 'A later start would suit us better.' end, false, 'Bench parent',
                    m.held_on + time '11:00'
                from bench_measures_meeting m cross join lateral (select abs(hashtext(m.id::text || 'position')) % 100 as p) x
                where m.held and m.r % 20 < 11 and m.r < 90
                on conflict do nothing""").update());
        // an action on seven decisions in ten, due in 2 to 8 weeks: about 70% of those done are done by the day
        rows.put("meeting_action", (long) jdbc.sql("""
                insert into meeting_action (id, case_id, meeting_id, decision_id, description, owner_member_id, owner_person_id, owner_name,
                    owner_role, due_on, status, cancel_reason, status_changed_at, status_changed_by, created_by_name, created_at,
                    local_authority_id, school_id)
                select md5(m.id::text || 'action')::uuid, m.case_id, m.id, md5(m.id::text || 'decision')::uuid,
                    'Set up the quiet start in the library', m.lead_member, m.lead, 'Bench coordinator', 'EHC_COORDINATOR', a.due, s.status,
                    case when s.status = 'CANCELLED' then 'The family chose a later start instead.' end,
                    case when s.status = 'DONE' then least(a.due + (a.q % 30 - 20), ?::date - 1) + time '16:00'
                         when s.status = 'CANCELLED' then a.due - 3 + time '16:00' end,
                    case when s.status <> 'OPEN' then 'Bench coordinator' end, 'Bench coordinator', m.held_on + time '11:05', m.la, m.school_id
                from bench_measures_meeting m
                cross join lateral (select m.held_on + 14 + abs(hashtext(m.id::text || 'due')) % 45 as due,
                                           abs(hashtext(m.id::text || 'done')) % 100 as q) a
                cross join lateral (select case when a.due + (a.q % 30 - 20) >= ?::date then 'OPEN' when a.q < 88 then 'DONE'
                                                when a.q < 94 then 'OPEN' else 'CANCELLED' end as status) s
                where m.held and m.r % 20 < 11 and abs(hashtext(m.id::text || 'acted')) % 10 < 7
                on conflict do nothing""").params(now, now).update());
        rows.put("involvement_reached", (long) jdbc.sql("""
                insert into involvement_reached (case_id, subject, subject_id, member_id, level, rank, reached_at)
                select m.case_id, 'MEETING', m.id, m.parent_member, case when m.r < 75 then 'ASKED_FOR_VIEWS' else 'KEPT_INFORMED' end,
                    case when m.r < 75 then 1 else 0 end, m.held_on + time '12:00'
                from bench_measures_meeting m where m.held
                union all
                select m.case_id, 'DECISION', md5(m.id::text || 'decision')::uuid, m.parent_member,
                    case when m.r < 90 then 'INVOLVED_IN_DECISIONS' else 'ASKED_FOR_VIEWS' end, case when m.r < 90 then 2 else 1 end,
                    m.held_on + time '11:00'
                from bench_measures_meeting m where m.held and m.r % 20 < 11
                on conflict do nothing""").update());
    }

    /**
     * Disagreements over two years beside the generator's recent ones: one case in 16 raised one 6 to 24
     * months ago, seven in ten closed (most agreed), the rest at every stage on the way; and the
     * generator's closed ones get an outcome.
     */
    private void disagreements(String now, Map<String, Long> rows) {
        rows.put("disagreement", (long) jdbc.sql("""
                insert into disagreement (id, case_id, local_authority_id, school_id, subject_kind, subject_ref, disagree_with, stage,
                    outcome, raised_by, raised_by_name, raised_by_role, raised_on, raised_at, closed_on)
                select md5(b.case_id::text || 'disagreement')::uuid, b.case_id, b.la, b.school_id, 'PLAN_SECTION',
                    case when b.ehc then (array['B', 'F', 'I'])[1 + r % 3] else 'SUPPORT' end, 'The support in the plan is not enough.',
                    s.stage, case when s.stage = 'CLOSED' then (array['AGREED', 'AGREED', 'AGREED', 'WITHDRAWN', 'TRIBUNAL_DECIDED', 'OTHER'])[1 + r % 6] end,
                    b.parent, 'Bench parent', 'PARENT_CARER', d.raised, d.raised + time '09:30',
                    case when s.stage = 'CLOSED' then d.raised + 20 + r % 100 end
                from bench_measures_case b
                cross join lateral (select abs(hashtext(b.case_id::text || 'dis')) as h, abs(hashtext(b.case_id::text || 'dis-r')) % 1000 as r) x
                cross join lateral (select ?::date - 180 - x.h % 550 as raised) d
                cross join lateral (select case when r < 700 then 'CLOSED' when r < 780 then 'TALKING' when r < 850 then 'SENDIASS'
                    when r < 900 then 'DISAGREEMENT_RESOLUTION' when r < 960 then 'MEDIATION' else 'TRIBUNAL' end as stage) s
                where x.h % 16 = 0
                on conflict do nothing""").param(now).update());
        rows.put("disagreement (outcomes of closed ones)", (long) jdbc.sql("""
                update disagreement d set outcome = (array['AGREED', 'AGREED', 'WITHDRAWN', 'OTHER'])[1 + abs(hashtext(d.id::text)) % 4]
                from bench_measures_case b
                where d.case_id = b.case_id and d.stage = 'CLOSED' and d.outcome is null""").update());
    }

    /**
     * Six terms of the confidence survey: the survey offered to about a third of the parents each term
     * (once a term at SEN support; at a plan sent, a review held or a disagreement closed otherwise),
     * {@code answers} of the offers answered within ten days, three in ten of the rest skipped.
     * Answers run from 1 (strongly agree) to 5, one in 25 "don't know", better by about a tenth of a
     * point each term, and spread by school (up to half a point either way), need (SEMH a third of a
     * point lower), stage (families waiting on an assessment or a draft plan lower) and statement
     * ("who to contact" lowest, "people are honest" highest).
     */
    private void confidence(Map<String, Long> rows) {
        List<LocalDate> days = surveyDays(today, 6);
        String[] dayText = days.stream().map(LocalDate::toString).toArray(String[]::new);
        String[] terms = days.stream().map(org.coplan.cases.CaseFigures::termOf).toArray(String[]::new);
        long slots = jdbc.sql("select count(*) * ? from bench_measures_case").param(days.size()).query(Long.class).single();
        int offersWanted = (int) Math.min(slots, Math.round(answers / 0.75));
        rows.put("confidence_offer", (long) jdbc.sql("""
                insert into confidence_offer (id, case_id, person_id, easy_read, moment, moment_key, token_hash, offered_at, expires_at)
                select md5(s.case_id::text || s.term || 'offer')::uuid, s.case_id, s.parent, false, s.moment,
                    case when s.moment = 'TERM_AT_SEN_SUPPORT' then 'term-' || s.term else 'bench-' || s.term end,
                    md5(s.case_id::text || s.term || 'token'), s.day + s.h % 9 + time '09:00', s.day + s.h % 9 + 30 + time '09:00'
                from (select b.case_id, b.parent, w.day, w.term, abs(hashtext(b.case_id::text || w.term || 'slot')) as h,
                          case when b.stage = 'SEN_SUPPORT' then 'TERM_AT_SEN_SUPPORT'
                               else (array['PLAN_SENT', 'REVIEW_HELD', 'DISAGREEMENT_CLOSED'])[1 + abs(hashtext(b.case_id::text || w.term)) % 3] end
                              as moment,
                          row_number() over (order by abs(hashtext(b.case_id::text || w.term || 'slot')), b.case_id, w.term) as rn
                      from bench_measures_case b cross join unnest(?::date[], ?::text[]) w(day, term)) s
                where s.rn <= ?
                on conflict do nothing""").params(dayText, terms, offersWanted).update());
        String base = "2.95 - 0.1 * t.idx + (abs(hashtext(b.school_id::text || 'confidence')) % 100) / 100.0 - 0.5"
                + " + case when b.need = 'SEMH' then 0.33 else 0 end"
                + " + case when b.stage in ('ASSESSMENT_REQUESTED', 'ASSESSMENT', 'DRAFT_PLAN') then 0.3 else 0 end";
        rows.put("confidence_answer", (long) jdbc.sql("""
                insert into confidence_answer (id, offer_id, case_id, easy_read, moment, answered_at, informed, contact, honest, listened,
                    clear, more_confident, may_share)
                select md5(o.id::text || 'answer')::uuid, o.id, o.case_id, false, o.moment,
                    o.offered_at + make_interval(days => o.g % 10, hours => 8 + o.g % 4, mins => o.g % 60),
                    {informed}, {contact}, {honest}, {listened}, {clear},
                    case when o.g % 5 = 0 then 'A call after each meeting to say what happens next.' end, o.g % 10 = 0
                from (select o.*, abs(hashtext(o.id::text || 'answer')) as g,
                          row_number() over (order by abs(hashtext(o.id::text || 'answer')), o.id) as rn
                      from confidence_offer o join bench_measures_case b on b.case_id = o.case_id) o
                join bench_measures_case b on b.case_id = o.case_id
                join unnest(?::text[]) with ordinality t(term, idx) on o.moment_key like '%' || t.term
                where o.rn <= ?
                on conflict do nothing""".replace("{informed}", score("informed", 0, base)).replace("{contact}", score("contact", 0.35, base))
                .replace("{honest}", score("honest", -0.2, base)).replace("{listened}", score("listened", 0, base))
                .replace("{clear}", score("clear", 0.15, base))).params(terms, answers).update());
        jdbc.sql("""
                update confidence_offer o set answered_at = a.answered_at
                from confidence_answer a join bench_measures_case b on b.case_id = a.case_id
                where a.offer_id = o.id and o.answered_at is null""").update();
        // the once-a-term job has made these terms' offers (and this term's, as it would have by now), so it does not
        // make thousands more, each with a message, in the middle of a measurement
        String[] claimed = java.util.stream.Stream.concat(java.util.Arrays.stream(terms),
                java.util.stream.Stream.of(org.coplan.cases.CaseFigures.termOf(today))).distinct().toArray(String[]::new);
        rows.put("confidence_term_run", (long) jdbc.sql("""
                insert into confidence_term_run (term, claimed_at) select t, now() from unnest(?::text[]) t on conflict do nothing""")
                .param(claimed).update());
        rows.put("confidence_offer (skipped)", (long) jdbc.sql("""
                update confidence_offer o set skipped_at = o.offered_at + interval '3 days'
                from bench_measures_case b
                where b.case_id = o.case_id and o.answered_at is null and o.skipped_at is null
                  and abs(hashtext(o.id::text || 'skip')) % 10 < 3""").update());
    }

    /** One statement's answer: 0 ("don't know") one time in 25, else the base and the statement's shift, with spread, from 1 to 5. */
    private static String score(String statement, double shift, String base) {
        String u = "(abs(hashtext(o.id::text || '" + statement + "#')) % 1000) / 1000.0";
        return "case when abs(hashtext(o.id::text || '" + statement + "dk')) % 25 = 0 then 0 else greatest(1, least(5, round(" + base
                + " + " + shift + " + (" + u.replace("#", "1") + " + " + u.replace("#", "2") + " + " + u.replace("#", "3")
                + " - 1.5) * 1.6))) end";
    }

    /**
     * The first day of the survey in each of the last {@code count} terms that are far enough on (offers
     * and answers take up to 18 days), oldest first: early February, mid-May and early October, so
     * nobody is asked twice within 90 days.
     */
    static List<LocalDate> surveyDays(LocalDate today, int count) {
        List<LocalDate> days = new ArrayList<>();
        for (int year = today.getYear(); days.size() < count; year--) {
            for (LocalDate d : List.of(LocalDate.of(year, 10, 1), LocalDate.of(year, 5, 12), LocalDate.of(year, 2, 1))) {
                if (days.size() < count && d.plusDays(18).isBefore(today)) {
                    days.add(d);
                }
            }
        }
        return days.reversed();
    }
}
