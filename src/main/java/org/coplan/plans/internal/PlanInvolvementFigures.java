package org.coplan.plans.internal;

import java.time.Instant;
import java.time.LocalDate;
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
import org.coplan.cases.FamilyChoices;
import org.coplan.cases.Involvement;
import org.coplan.cases.InvolvementReached;
import org.coplan.plans.PlanInvolvement;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.SectionCode;
import org.coplan.shared.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code involvement.plans-reached}: of each plan version issued in the term times each family
 * member on the team when it was issued who chose a level, how many reached that level on the
 * version. The level reached is {@link PlanInvolvement}'s (told, contributed or commented, marked
 * agreement, co-author of section A), read here for many versions at once from the same records;
 * it reaches the choice by the case page's rule ({@link InvolvementReached.Reached}: at least the
 * level chosen, a plan asking at most for co-producing). Three queries whatever the number of cases
 * (docs/quality-figures-meetings-involvement-fidelity.md).
 */
@Component
@Transactional(readOnly = true)
public class PlanInvolvementFigures implements CaseFigures {

    private final JdbcClient jdbc;
    private final FamilyChoices choices;

    PlanInvolvementFigures(JdbcClient jdbc, FamilyChoices choices) {
        this.jdbc = jdbc;
        this.choices = choices;
    }

    @Override
    public List<Figure> figures(Collection<CaseId> cases, LocalDate from, LocalDate to) {
        if (cases.isEmpty()) {
            return List.of();
        }
        record Issued(UUID id, UUID caseId, Instant at) {}
        LocalDate first = termStart(from);
        LocalDate after = termEnd(to).plusDays(1);
        List<Issued> issued = jdbc.sql("""
                select v.id, p.case_id, v.issued_at from unnest(?::uuid[]) as c(id) join plan p on p.case_id = c.id
                join plan_version v on v.plan_id = p.id
                where v.status = 'FINAL' and v.issued_at >= ? and v.issued_at < ?""")
                .params(cases.stream().map(CaseId::value).toArray(UUID[]::new),
                        java.sql.Timestamp.from(first.atStartOfDay(ClockConfiguration.ZONE).toInstant()),
                        java.sql.Timestamp.from(after.atStartOfDay(ClockConfiguration.ZONE).toInstant()))
                .query((rs, n) -> new Issued(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant()))
                .list();
        if (issued.isEmpty()) {
            return List.of();
        }
        // the facts PlanInvolvement reads for one version and person, here for every version at once
        UUID[] versions = issued.stream().map(Issued::id).toArray(UUID[]::new);
        String[] sectionA = {SectionCode.aboutTheChild(PlanKind.EHC).name(), SectionCode.aboutTheChild(PlanKind.SEN_SUPPORT).name()};
        Map<List<UUID>, Set<Character>> facts = new HashMap<>();
        jdbc.sql("""
                with v as (select unnest(?::uuid[]) as id)
                select distinct fact, version_id, person_id from (
                    select 'T' as fact, t.version_id, t.person_id from v join plan_version_told t on t.version_id = v.id
                    union all select 'C', c.version_id, c.author_id from v join contribution c on c.version_id = v.id
                    union all select 'C', c.version_id, c.author_id from v join plan_comment c on c.version_id = v.id
                    union all select 'G', g.version_id, g.person_id from v join agreement_mark g on g.version_id = v.id
                    union all select 'A', q.version_id, q.speaker_id from v join section_quote q on q.version_id = v.id
                        where q.section = any(?) and q.state in ('STANDS', 'ACCEPTED')
                    union all select 'A', c.version_id, c.author_id from v join contribution c on c.version_id = v.id
                        where c.section = any(?)
                ) f""")
                .params(versions, sectionA, sectionA)
                .query((rs, n) -> facts.computeIfAbsent(List.of(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)),
                        k -> new HashSet<>()).add(rs.getString(1).charAt(0)))
                .list();
        Map<UUID, List<FamilyChoices.Chosen>> family = new HashMap<>();
        for (FamilyChoices.Chosen c : choices.onCases(cases)) {
            family.computeIfAbsent(c.caseId().value(), k -> new ArrayList<>()).add(c);
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Set<UUID>> casesOf = new HashMap<>();
        Map<String, Set<UUID>> numeratorCases = new HashMap<>();
        List<String> terms = CaseFigures.terms(from, to);
        for (Issued v : issued) {
            String term = CaseFigures.termOf(v.at().atZone(ClockConfiguration.ZONE).toLocalDate());
            if (!terms.contains(term)) {
                continue;
            }
            for (FamilyChoices.Chosen c : family.getOrDefault(v.caseId(), List.of())) {
                if (!c.onTeamAt(v.at())) {
                    continue;
                }
                Set<Character> f = facts.getOrDefault(List.of(v.id(), c.personId().value()), Set.of());
                PlanInvolvement.Reached reached = PlanInvolvement.Reached.of(f.contains('T'), f.contains('C'), f.contains('G'),
                        f.contains('A'), c.involvement() == Involvement.CO_PRODUCING);
                long reaching = new InvolvementReached.Reached(c.memberId(), "reached.record.PLAN_VERSION",
                        java.util.Collections.singletonList(reached.level()), Involvement.CO_PRODUCING).reaching(c.involvement());
                long[] n = counts.computeIfAbsent(term, k -> new long[2]);
                n[0] += reaching;
                n[1]++;
                casesOf.computeIfAbsent(term, k -> new HashSet<>()).add(v.caseId());
                if (reaching > 0) {
                    numeratorCases.computeIfAbsent(term, k -> new HashSet<>()).add(v.caseId());
                }
            }
        }
        List<Figure> out = new ArrayList<>();
        for (String term : terms) {
            long[] n = counts.get(term);
            if (n != null) {
                out.add(new Figure("involvement", "involvement.plans-reached", term, Measure.SHARE, n[0], n[1],
                        casesOf.get(term).size(), numeratorCases.getOrDefault(term, Set.of()).size()));
            }
        }
        return out;
    }

    private static LocalDate termStart(LocalDate day) {
        String term = CaseFigures.termOf(day);
        LocalDate d = day.withDayOfMonth(1);
        while (CaseFigures.termOf(d.minusMonths(1)).equals(term)) {
            d = d.minusMonths(1);
        }
        return d;
    }

    private static LocalDate termEnd(LocalDate day) {
        String term = CaseFigures.termOf(day);
        LocalDate d = day.withDayOfMonth(1);
        while (CaseFigures.termOf(d.plusMonths(1)).equals(term)) {
            d = d.plusMonths(1);
        }
        return d.plusMonths(1).minusDays(1);
    }
}
