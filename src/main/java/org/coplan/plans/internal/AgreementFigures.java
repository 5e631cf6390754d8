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
        jdbc.sql("""
                with marked as (
                    select p.case_id, m.version_id, m.person_id, m.section, m.mark, m.id, %s as term
                    from agreement_mark m
                    join plan_version v on v.id = m.version_id
                    join plan p on p.id = v.plan_id
                    where p.case_id = any(?) and m.person_role = any(?) and m.marked_at >= ? and m.marked_at < ?),
                last as (
                    select distinct on (term, version_id, section, person_id) *
                    from marked order by term, version_id, section, person_id, id desc),
                taken as (
                    select * from last where mark in ('AGREE', 'DISAGREE'))
                select term, section, count(*) as positions, count(distinct case_id) as cases,
                       count(*) filter (where mark = 'AGREE') as agreed,
                       count(distinct case_id) filter (where mark = 'AGREE') as agreed_cases
                from taken group by term, section
                union all
                select term, null, count(*), count(distinct case_id),
                       count(*) filter (where disagreed), count(distinct case_id) filter (where disagreed)
                from (select term, version_id, person_id, case_id, bool_or(mark = 'DISAGREE') as disagreed
                      from taken group by term, version_id, person_id, case_id) people
                group by term""".formatted(term(day("m.marked_at"))))
                .params(ids, FAMILY, FigureTerms.at(FigureTerms.start(from)), FigureTerms.at(FigureTerms.end(to)))
                .query((rs, n) -> {
                    String section = rs.getString("section");
                    figures.add(new Figure(GROUP, section == null ? DISAGREED : sectionKey(SectionCode.valueOf(section)),
                            rs.getString("term"), Measure.SHARE, rs.getLong("agreed"), rs.getLong("positions"), rs.getInt("cases"),
                            rs.getInt("agreed_cases")));
                    return section;
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
