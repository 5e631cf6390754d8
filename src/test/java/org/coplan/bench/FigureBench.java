package org.coplan.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.coplan.cases.CaseFigures;
import org.coplan.cases.CaseId;
import org.coplan.cases.internal.InvolvementChoiceFigures;
import org.coplan.meetings.internal.MeetingFigures;
import org.coplan.people.OrganisationKind;
import org.coplan.plans.internal.PlanInvolvementFigures;
import org.coplan.provision.internal.FidelityTermFigures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The meetings, involvement and fidelity figures over a whole authority of 20,000 cases: the cases
 * and actions of {@link AuthorityGenerator} and, written here with set-based SQL, a parent on each
 * case with a chosen level of involvement, two meetings held a term for the last year (each with the
 * parent's view and the level they reached, a decision at one in two), an issued SEN support plan,
 * and 3 weekly provision items with this term's sessions (about 640,000 rows). Times
 * each bean over the last year (four terms), 5 runs after 2 warm-ups. Not part of the test suite:
 * {@code ./mvnw -Pbench test -Dtest=FigureBench}.
 */
@Tag("bench")
class FigureBench extends IntegrationTest {

    static final int CASES = 20_000;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23); // the test clock's day

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeetingFigures meetings;

    @Autowired
    PlanInvolvementFigures plans;

    @Autowired
    InvolvementChoiceFigures choices;

    @Autowired
    FidelityTermFigures fidelity;

    @Test
    void figuresOfAnAuthorityWithTwentyThousandCases() throws Exception {
        World w = fixtures.world();
        List<UUID> schools = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            schools.add(fixtures.people().createOrganisation(OrganisationKind.SCHOOL, "Bench school " + i, w.localAuthority().id()).id().value());
        }
        UUID la = w.localAuthority().id().value();
        long start = System.nanoTime();
        AuthorityGenerator.Generated g = new AuthorityGenerator(dataSource, TODAY, 16).generate(la, schools,
                new UUID[] {w.coordinator().id().value()}, CASES);
        jdbc.sql("""
                insert into provision_case (case_id, local_authority, school, child_name)
                select id, local_authority_id, school_id, given_name || ' ' || family_name from child_case where local_authority_id = ?
                on conflict do nothing""").param(la).update();
        // an issued SEN support plan a case (1 October), the parent told of half of them
        jdbc.sql("""
                insert into plan (id, case_id, kind, created_at, created_by)
                select md5(c.id::text || 'plan')::uuid, c.id, 'SEN_SUPPORT', '2026-09-01', ? from child_case c where c.local_authority_id = ?""")
                .params(w.coordinator().id().value(), la).update();
        jdbc.sql("""
                insert into plan_version (id, plan_id, number, status, issued_at, issued_by, created_at, created_by)
                select md5(c.id::text || 'v1')::uuid, md5(c.id::text || 'plan')::uuid, 1, 'FINAL', '2026-10-01 12:00', ?, '2026-09-01', ?
                from child_case c where c.local_authority_id = ?""")
                .params(w.coordinator().id().value(), w.coordinator().id().value(), la).update();
        jdbc.sql("""
                insert into plan_version_told (version_id, person_id, told_at)
                select md5(c.id::text || 'v1')::uuid, md5(c.id::text || 'parent-person')::uuid, '2026-10-01 12:00'
                from child_case c where c.local_authority_id = ? and abs(hashtext(c.id::text)) % 2 = 0""").param(la).update();
        // 3 weekly items a case in force for the year, and this term's sessions (7 September to 20 November): 90% delivered,
        // 7% missed, the rest not written down
        jdbc.sql("""
                insert into provision_item (case_id, lineage, plan_kind, plan_version_id, section, description, provider, frequency,
                    session_length, sessions, per, minutes, group_count, provider_role, in_force_from)
                select c.id, md5(c.id::text || 'i' || n)::uuid, 'SEN_SUPPORT', md5(c.id::text || 'v1')::uuid, 'SUPPORT', 'Therapy ' || n,
                    'Therapist', 'once a week', '30 minutes', 1, 'WEEK', 30, 1, 'HEALTH_PROFESSIONAL', '2025-11-01'
                from child_case c cross join generate_series(1, 3) n where c.local_authority_id = ?""").param(la).update();
        long sessions = jdbc.sql("""
                insert into provision_session (id, case_id, item_lineage, session_date, status, minutes, reason, recorded_by,
                    recorded_by_name, recorded_at)
                select md5(i.lineage::text || w)::uuid, i.case_id, i.lineage, '2026-09-07'::date + w * 7 + (abs(hashtext(i.lineage::text)) % 5),
                    case when r < 90 then 'DELIVERED' else 'NOT_DELIVERED' end, case when r < 90 then 30 end,
                    case when r >= 90 then 'CHILD_ABSENT' end, ?, 'Bench', now()
                from provision_item i join child_case c on c.id = i.case_id cross join generate_series(0, 10) w
                cross join lateral (select abs(hashtext(i.lineage::text || w)) % 100 as r) x
                where c.local_authority_id = ? and r < 97""").params(w.coordinator().id().value(), la).update();
        jdbc.sql("""
                insert into case_member (id, case_id, person_id, case_role, added_at)
                select md5(c.id::text || 'parent')::uuid, c.id, md5(c.id::text || 'parent-person')::uuid, 'PARENT_CARER', now() - interval '2 years'
                from child_case c where c.local_authority_id = ?""").param(la).update();
        jdbc.sql("""
                insert into participation_choice (member_id, involvement, channels, language, interpreter_needed, support, updated_at)
                select md5(c.id::text || 'parent')::uuid,
                    (array['KEPT_INFORMED', 'ASKED_FOR_VIEWS', 'INVOLVED_IN_DECISIONS', 'CO_PRODUCING'])[1 + abs(hashtext(c.id::text)) % 4],
                    '{EMAIL}', 'English', false, '{}', now()
                from child_case c where c.local_authority_id = ?""").param(la).update();
        // two meetings held a term for a year: 8 a case, 160,000 in all
        jdbc.sql("""
                insert into meeting (id, case_id, kind, title, mode, place, organiser_id, organiser_name, organiser_role, arranged_at,
                    completed_at, completed_by_name)
                select md5(c.id::text || 'm' || n)::uuid, c.id, 'PLANNING', 'Planning', 'IN_PERSON', 'Room 1', ?, 'Bench', 'EHC_COORDINATOR',
                    (?::date - n * 45) - 20, (?::date - n * 45) + time '12:00', 'Bench'
                from child_case c cross join generate_series(1, 8) n where c.local_authority_id = ?""")
                .params(w.coordinator().id().value(), TODAY, TODAY, la).update();
        jdbc.sql("""
                insert into meeting_time (meeting_id, position, starts_at, minutes)
                select md5(c.id::text || 'm' || n)::uuid, 0, (?::date - n * 45) + time '10:00', 60
                from child_case c cross join generate_series(1, 8) n where c.local_authority_id = ?""").params(TODAY, la).update();
        jdbc.sql("""
                insert into meeting_view (id, meeting_id, speaker_member_id, speaker_name, speaker_role, words, recorded_by_id,
                    recorded_by_name, recorded_at)
                select md5(c.id::text || 'v' || n)::uuid, md5(c.id::text || 'm' || n)::uuid, md5(c.id::text || 'parent')::uuid, 'Parent',
                    'PARENT_CARER', 'What we think.', ?, 'Bench', now()
                from child_case c cross join generate_series(1, 8) n where c.local_authority_id = ?""")
                .params(w.coordinator().id().value(), la).update();
        jdbc.sql("""
                insert into involvement_reached (case_id, subject, subject_id, member_id, level, rank, reached_at)
                select c.id, 'MEETING', md5(c.id::text || 'm' || n)::uuid, md5(c.id::text || 'parent')::uuid,
                    (array['KEPT_INFORMED', 'ASKED_FOR_VIEWS', 'INVOLVED_IN_DECISIONS'])[1 + n % 3], n % 3, now()
                from child_case c cross join generate_series(1, 8) n where c.local_authority_id = ?""").param(la).update();
        jdbc.sql("""
                insert into decision (id, case_id, meeting_id, question, options, holder, decision, reasons, recorded_by_id, recorded_by_name,
                    recorded_by_role, recorded_at, local_authority_id)
                select md5(c.id::text || 'd' || n)::uuid, c.id, md5(c.id::text || 'm' || n)::uuid, 'Which?', 'A', 'SCHOOL', 'A', 'Because',
                    ?, 'Bench', 'EHC_COORDINATOR', now(), ?
                from child_case c cross join generate_series(1, 8, 2) n where c.local_authority_id = ?""")
                .params(w.coordinator().id().value(), la, la).update();
        jdbc.sql("analyze").update();
        System.out.printf("BENCH figures data: %,d cases, %,d actions, %,d sessions, 160,000 meetings, loaded in %.1f s%n", CASES,
                g.actions(), sessions, (System.nanoTime() - start) / 1e9);

        List<CaseId> all = g.caseIds().stream().map(CaseId::new).toList();
        LocalDate from = TODAY.minusYears(1);
        time("meetings (views acted on, actions on time, meetings reached)", meetings, all, from);
        time("involvement.plans-reached", plans, all, from);
        time("involvement.chosen", choices, all, from);
        time("fidelity (delivered, accounted)", fidelity, all, from);
        time("fidelity, one school's 200 cases", fidelity, all.subList(0, 200), from);
    }

    private void time(String what, CaseFigures bean, List<CaseId> cases, LocalDate from) {
        List<CaseFigures.Figure> figures = List.of();
        for (int i = 0; i < 2; i++) {
            figures = bean.figures(cases, from, TODAY);
        }
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            figures = bean.figures(cases, from, TODAY);
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("BENCH %s over %,d cases: median %d ms, slowest %d ms (%d figures)%n", what, cases.size(), ms[2], ms[4],
                figures.size());
        figures.forEach(f -> System.out.println("BENCH   " + f));
    }
}
