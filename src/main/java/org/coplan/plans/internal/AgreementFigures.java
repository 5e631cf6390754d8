package org.coplan.plans.internal;

import static org.coplan.plans.internal.FigureTerms.day;
import static org.coplan.plans.internal.FigureTerms.term;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseFigures;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.plans.domain.SectionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far the family agrees with each section of the plans sent to them, term by term
 * (docs/quality-figures.md). A family member's position on a section is the last one they gave
 * on that section of that plan version in the term, so saying it again does not count twice and a
 * term's figure does not change when they say something new in a later term. "Not read yet" is not
 * a position on what the section says, so it is left out. One query, whatever the number of cases.
 */
@Component
public class AgreementFigures implements CaseFigures {

    static final String GROUP = "agreement";

    /** The key of the figure for one section: {@code agreement.section-B}, {@code agreement.section-NEEDS}. */
    public static String sectionKey(SectionCode section) {
        return "agreement.section-" + section.name();
    }

    public static final String DISAGREED = "agreement.disagreed";

    private static final String[] FAMILY = CaseRole.familyNames().toArray(String[]::new);

    private final JdbcClient jdbc;

    AgreementFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(Collection<CaseId> cases, LocalDate from, LocalDate to) {
        if (cases.isEmpty()) {
            return List.of();
        }
        UUID[] ids = cases.stream().map(CaseId::value).distinct().toArray(UUID[]::new);
        List<Figure> figures = new ArrayList<>();
        // A person's last position on a section in a term is found by grouping, not sorting: the
        // latest record has the highest id, so max(id * 4 + mark) ends in the mark of the latest one
        // (1 agree, 2 disagree, 3 not read yet).
        jdbc.sql("""
                with versions as materialized (
                    select v.id, p.case_id from plan p join plan_version v on v.plan_id = p.id where p.case_id = any(?)),
                last as (
                    select %s as term, v.case_id, m.version_id, m.person_id, m.section,
                           max(m.id * 4 + case m.mark when 'AGREE' then 1 when 'DISAGREE' then 2 else 3 end) %% 4 as mark
                    from versions v
                    join agreement_mark m on m.version_id = v.id
                    where m.person_role = any(?) and m.marked_at >= ? and m.marked_at < ?
                    group by 1, v.case_id, m.version_id, m.person_id, m.section),
                taken as (
                    select * from last where mark in (1, 2)),
                sections as (
                    select term, section, case_id, count(*) as positions, count(*) filter (where mark = 1) as agreed
                    from taken group by term, section, case_id),
                people as (
                    select term, case_id, count(*) as people, count(*) filter (where disagreed) as disagreed
                    from (select term, case_id, version_id, person_id, bool_or(mark = 2) as disagreed
                          from taken group by term, case_id, version_id, person_id) p
                    group by term, case_id)
                select term, section, sum(positions) as positions, count(*) as cases,
                       sum(agreed) as agreed, count(*) filter (where agreed > 0) as agreed_cases
                from sections group by term, section
                union all
                select term, null, sum(people), count(*), sum(disagreed), count(*) filter (where disagreed > 0)
                from people group by term""".formatted(term(day("m.marked_at"))))
                .params(ids, FAMILY, FigureTerms.at(FigureTerms.start(from)), FigureTerms.at(FigureTerms.end(to)))
                .query((rs, n) -> {
                    String section = rs.getString("section");
                    figures.add(new Figure(GROUP, section == null ? DISAGREED : sectionKey(SectionCode.valueOf(section)),
                            FigureTerms.name(rs.getInt("term")), Measure.SHARE, rs.getLong("agreed"), rs.getLong("positions"),
                            rs.getInt("cases"), rs.getInt("agreed_cases")));
                    return n;
                })
                .list();
        figures.sort(java.util.Comparator.comparingInt(AgreementFigures::order));
        return FigureTerms.inTermOrder(figures, from, to);
    }

    /** Sections in the order the plan has them, then the share who disagreed with any. */
    private static int order(Figure f) {
        for (SectionCode s : SectionCode.values()) {
            if (sectionKey(s).equals(f.key())) {
                return s.ordinal();
            }
        }
        return SectionCode.values().length;
    }
}
