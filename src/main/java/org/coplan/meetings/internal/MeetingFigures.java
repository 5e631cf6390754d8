package org.coplan.meetings.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coplan.cases.CaseFigures;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.FamilyChoices;
import org.coplan.cases.Involvement;
import org.coplan.cases.InvolvementReached;
import org.coplan.shared.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings module's quality figures, term by term, drawn from the record with no extra typing
 * (docs/quality-figures-meetings-involvement-fidelity.md):
 *
 * <ul>
 *   <li>{@code meetings.views-acted-on}: of the views family members gave for meetings held in the
 *       term (said at the meeting, or written before it in their own words), how many were given
 *       for a meeting that led to a decision or an action: the "you said, we did" chain as the
 *       case's page and the school's figures follow it, view to meeting to what it led to;
 *   <li>{@code meetings.actions-on-time}: of the actions due in the term, how many were done on or
 *       before their due date;
 *   <li>{@code involvement.meetings-reached}: of each meeting held in the term times each family
 *       member on the team then who chose a level, how many reached it (capped at what a meeting can
 *       ask: involvement in decisions), by the rule of {@link InvolvementReached.Reached}.
 * </ul>
 *
 * A meeting is held when its record is complete and it was not cancelled; it is held on the day of
 * its earliest time. Four queries whatever the number of cases.
 */
@Component
@Transactional(readOnly = true)
public class MeetingFigures implements CaseFigures {

    /** What a meeting can ask of anyone, as the case page's "Involvement so far" caps it: co-producing happens on plans. */
    static final Involvement MEETING_CEILING = Involvement.INVOLVED_IN_DECISIONS;

    private final JdbcClient jdbc;
    private final FamilyChoices choices;
    private final Clock clock;

    MeetingFigures(JdbcClient jdbc, FamilyChoices choices, Clock clock) {
        this.jdbc = jdbc;
        this.choices = choices;
        this.clock = clock;
    }

    /** Counts toward one figure in one term. */
    private static final class Tally {
        long numerator;
        long denominator;
        final Set<UUID> cases = new HashSet<>();
        final Set<UUID> numeratorCases = new HashSet<>();

        void add(UUID caseId, long numerator, long denominator) {
            this.numerator += numerator;
            this.denominator += denominator;
            if (denominator > 0) {
                cases.add(caseId);
            }
            if (numerator > 0) {
                numeratorCases.add(caseId);
            }
        }

        Figure figure(String group, String key, String term) {
            return new Figure(group, key, term, Measure.SHARE, numerator, denominator, cases.size(), numeratorCases.size());
        }
    }

    @Override
    public List<Figure> figures(Collection<CaseId> cases, LocalDate from, LocalDate to) {
        if (cases.isEmpty()) {
            return List.of();
        }
        UUID[] ids = cases.stream().map(CaseId::value).toArray(UUID[]::new);
        LocalDate first = termStart(from);
        LocalDate last = termEnd(to);
        LocalDate today = LocalDate.now(clock);
        Map<String, Tally> views = new LinkedHashMap<>();
        Map<String, Tally> actions = new LinkedHashMap<>();
        Map<String, Tally> reached = new LinkedHashMap<>();
        for (String term : CaseFigures.terms(from, to)) {
            views.put(term, new Tally());
            actions.put(term, new Tally());
            reached.put(term, new Tally());
        }
        countViews(ids, first, last, views);
        countActions(ids, first, last, today, actions);
        countReached(cases, ids, first, last, reached);
        List<Figure> out = new ArrayList<>();
        views.forEach((term, t) -> {
            if (t.denominator > 0) {
                out.add(t.figure("meetings", "meetings.views-acted-on", term));
            }
        });
        actions.forEach((term, t) -> {
            if (t.denominator > 0) {
                out.add(t.figure("meetings", "meetings.actions-on-time", term));
            }
        });
        reached.forEach((term, t) -> {
            if (t.denominator > 0) {
                out.add(t.figure("involvement", "involvement.meetings-reached", term));
            }
        });
        return out;
    }

    /** The meetings of these cases held from {@code first} to {@code last}, as a query's first part. */
    private static final String HELD = """
            with held as (
                select m.id, m.case_id, min(t.starts_at) as starts
                from unnest(?::uuid[]) as c(id) join meeting m on m.case_id = c.id join meeting_time t on t.meeting_id = m.id
                where m.completed_at is not null and m.cancelled_at is null
                group by m.id, m.case_id
                having min(t.starts_at) >= ? and min(t.starts_at) < ?)
            """;

    /**
     * Views per meeting held: those said at it by a family member, and the current version of each
     * family member's views written before it (one per person, however often changed). Whether the
     * meeting led to a decision (recorded at it) or an action (agreed at it, or carrying out one of
     * its decisions: such a decision counts already).
     */
    private void countViews(UUID[] ids, LocalDate first, LocalDate last, Map<String, Tally> tallies) {
        String[] family = CaseRole.familyNames().toArray(String[]::new);
        jdbc.sql(HELD + """
                select h.case_id, h.starts,
                    (select count(*) from meeting_view v where v.meeting_id = h.id and v.speaker_role = any(?))
                    + (select count(*) from meeting_own_view o where o.meeting_id = h.id and o.member_role = any(?)
                        and not exists (select 1 from meeting_own_view n
                            where n.meeting_id = o.meeting_id and n.member_id = o.member_id and n.based_on = o.id)) as views,
                    exists (select 1 from decision d where d.case_id = h.case_id and d.meeting_id = h.id)
                        or exists (select 1 from meeting_action a where a.case_id = h.case_id and a.meeting_id = h.id) as acted_on
                from held h""")
                .params(ids, first.atStartOfDay(), last.plusDays(1).atStartOfDay(), family, family)
                .query((rs, n) -> {
                    long given = rs.getLong("views");
                    if (given == 0) {
                        return null;
                    }
                    String term = CaseFigures.termOf(rs.getObject("starts", LocalDateTime.class).toLocalDate());
                    Tally t = tallies.get(term);
                    if (t != null) {
                        t.add(rs.getObject("case_id", UUID.class), rs.getBoolean("acted_on") ? given : 0, given);
                    }
                    return null;
                })
                .list();
    }

    /**
     * Actions due in each term. Done on or before the due day (Europe/London): on time. Done later,
     * still open after the due day, or cancelled after it: not on time. Still open on or before the
     * due day, or cancelled by then (no longer needed): left out.
     */
    private void countActions(UUID[] ids, LocalDate first, LocalDate last, LocalDate today, Map<String, Tally> tallies) {
        jdbc.sql("""
                select a.case_id, due_on,
                    count(*) filter (where status = 'DONE' and (status_changed_at at time zone ?)::date <= due_on) as on_time,
                    count(*) filter (where status = 'DONE'
                        or (status = 'OPEN' and due_on < ?)
                        or (status = 'CANCELLED' and (status_changed_at at time zone ?)::date > due_on)) as counted
                from unnest(?::uuid[]) as c(id) join meeting_action a on a.case_id = c.id
                where due_on between ? and ?
                group by a.case_id, due_on""")
                .params(ClockConfiguration.ZONE.getId(), today, ClockConfiguration.ZONE.getId(), ids, first, last)
                .query((rs, n) -> {
                    Tally t = tallies.get(CaseFigures.termOf(rs.getObject("due_on", LocalDate.class)));
                    if (t != null) {
                        t.add(rs.getObject("case_id", UUID.class), rs.getLong("on_time"), rs.getLong("counted"));
                    }
                    return null;
                })
                .list();
    }

    /**
     * Each meeting held, for each family member on the team when it began who chose a level: the
     * level they reached on it (none if not even told), against the level they chose.
     */
    private void countReached(Collection<CaseId> cases, UUID[] ids, LocalDate first, LocalDate last, Map<String, Tally> tallies) {
        record Held(UUID id, UUID caseId, LocalDateTime starts) {}
        List<Held> held = jdbc.sql(HELD + "select id, case_id, starts from held")
                .params(ids, first.atStartOfDay(), last.plusDays(1).atStartOfDay())
                .query((rs, n) -> new Held(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                        rs.getObject("starts", LocalDateTime.class)))
                .list();
        if (held.isEmpty()) {
            return;
        }
        Map<List<UUID>, Involvement> levels = new HashMap<>();
        jdbc.sql("""
                select r.subject_id, r.member_id, r.level from unnest(?::uuid[]) as h(id)
                join involvement_reached r on r.subject = 'MEETING' and r.subject_id = h.id""")
                .param(held.stream().map(Held::id).toArray(UUID[]::new))
                .query((rs, n) -> levels.put(List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                        Involvement.valueOf(rs.getString(3))))
                .list();
        Map<UUID, List<FamilyChoices.Chosen>> family = new HashMap<>();
        for (FamilyChoices.Chosen c : choices.onCases(cases)) {
            family.computeIfAbsent(c.caseId().value(), k -> new ArrayList<>()).add(c);
        }
        for (Held h : held) {
            Tally t = tallies.get(CaseFigures.termOf(h.starts().toLocalDate()));
            if (t == null) {
                continue;
            }
            Instant began = h.starts().atZone(ClockConfiguration.ZONE).toInstant();
            for (FamilyChoices.Chosen c : family.getOrDefault(h.caseId(), List.of())) {
                if (!c.onTeamAt(began)) {
                    continue;
                }
                // the case page's rule: the level reached counts when it is at least the one chosen, capped at the ceiling
                Involvement level = levels.get(List.of(h.id(), c.memberId()));
                long reaching = new InvolvementReached.Reached(c.memberId(), "reached.record.MEETING",
                        java.util.Collections.singletonList(level), MEETING_CEILING).reaching(c.involvement());
                t.add(h.caseId(), reaching, 1);
            }
        }
    }

    /** The first day of the term holding {@code day}, as {@link CaseFigures#termOf} draws terms. */
    static LocalDate termStart(LocalDate day) {
        String term = CaseFigures.termOf(day);
        LocalDate d = day.withDayOfMonth(1);
        while (CaseFigures.termOf(d.minusMonths(1)).equals(term)) {
            d = d.minusMonths(1);
        }
        return d;
    }

    /** The last day of the term holding {@code day}. */
    static LocalDate termEnd(LocalDate day) {
        String term = CaseFigures.termOf(day);
        LocalDate d = day.withDayOfMonth(1);
        while (CaseFigures.termOf(d.plusMonths(1)).equals(term)) {
            d = d.plusMonths(1);
        }
        return d.plusMonths(1).minusDays(1);
    }

}
