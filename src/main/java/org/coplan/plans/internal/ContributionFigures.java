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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What happened to the family's contributions to plans, term by term (docs/quality-figures.md):
 * how many they made per plan being worked on, how many have been answered, how long an answer took
 * and what the answer was. A family contribution is one whose author was a parent, carer, child or
 * young person on the case when they made it. Two queries, whatever the number of cases.
 */
@Component
public class ContributionFigures implements CaseFigures {

    static final String GROUP = "contributions";

    private static final String[] FAMILY = CaseRole.familyNames().toArray(String[]::new);

    private final JdbcClient jdbc;

    ContributionFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(Collection<CaseId> cases, LocalDate from, LocalDate to) {
        if (cases.isEmpty()) {
            return List.of();
        }
        UUID[] ids = cases.stream().map(CaseId::value).distinct().toArray(UUID[]::new);
        List<Figure> figures = new ArrayList<>();
        made(ids, from, to, figures);
        answered(ids, from, to, figures);
        return FigureTerms.inTermOrder(figures, from, to);
    }

    /**
     * The contributions made in each term: per plan, and the share of the family's since answered.
     * Counted per plan, then per case, then per term, so that different cases are counted by
     * grouping rather than by sorting every contribution.
     */
    private void made(UUID[] ids, LocalDate from, LocalDate to, List<Figure> figures) {
        jdbc.sql("""
                with per_plan as (
                    select %s as term, p.case_id, p.id as plan_id,
                           count(*) filter (where c.author_role = any(?)) as family,
                           count(r.contribution_id) filter (where c.author_role = any(?)) as answered
                    from plan p
                    join plan_version v on v.plan_id = p.id
                    join contribution c on c.version_id = v.id
                    left join contribution_response r on r.contribution_id = c.id
                    where p.case_id = any(?) and c.created_at >= ? and c.created_at < ?
                    group by 1, p.case_id, p.id),
                per_case as (
                    select term, case_id, count(*) as plans, sum(family) as family, sum(answered) as answered
                    from per_plan group by term, case_id)
                select term,
                       sum(plans) as plans,
                       count(*) as plan_cases,
                       sum(family) as family,
                       count(*) filter (where family > 0) as family_cases,
                       sum(answered) as answered,
                       count(*) filter (where answered > 0) as answered_cases
                from per_case group by term""".formatted(term(day("c.created_at"))))
                .params(FAMILY, FAMILY, ids, FigureTerms.at(FigureTerms.start(from)), FigureTerms.at(FigureTerms.end(to)))
                .query((rs, n) -> {
                    String term = FigureTerms.name(rs.getInt("term"));
                    long family = rs.getLong("family");
                    int familyCases = rs.getInt("family_cases");
                    figures.add(new Figure(GROUP, "contributions.per-plan", term, Measure.AVERAGE, family, rs.getLong("plans"),
                            rs.getInt("plan_cases"), familyCases));
                    if (family > 0) {
                        figures.add(new Figure(GROUP, "contributions.answered", term, Measure.SHARE, rs.getLong("answered"), family,
                                familyCases, rs.getInt("answered_cases")));
                    }
                    return term;
                })
                .list();
    }

    /**
     * The family's contributions answered in each term: the median wait in days and the share of each
     * answer. The median is taken over every answer in the term; the answers are counted per case,
     * then per term.
     */
    private void answered(UUID[] ids, LocalDate from, LocalDate to, List<Figure> figures) {
        jdbc.sql("""
                with answered as (
                    select %s as term, p.case_id, r.outcome, %s - %s as days
                    from plan p
                    join plan_version v on v.plan_id = p.id
                    join contribution c on c.version_id = v.id
                    join contribution_response r on r.contribution_id = c.id
                    where p.case_id = any(?) and c.author_role = any(?) and r.responded_at >= ? and r.responded_at < ?),
                medians as (
                    select term, percentile_disc(0.5) within group (order by days) as median_days
                    from answered group by term),
                per_case as (
                    select term, case_id, count(*) as answered,
                           count(*) filter (where outcome = 'INCLUDED') as included,
                           count(*) filter (where outcome = 'INCLUDED_WITH_CHANGES') as changed,
                           count(*) filter (where outcome = 'NOT_INCLUDED') as not_included
                    from answered group by term, case_id)
                select c.term, m.median_days,
                       sum(answered) as answered,
                       count(*) as cases,
                       sum(included) as included,
                       count(*) filter (where included > 0) as included_cases,
                       sum(changed) as changed,
                       count(*) filter (where changed > 0) as changed_cases,
                       sum(not_included) as not_included,
                       count(*) filter (where not_included > 0) as not_included_cases
                from per_case c join medians m on m.term = c.term
                group by c.term, m.median_days""".formatted(term(day("r.responded_at")), day("r.responded_at"), day("c.created_at")))
                .params(ids, FAMILY, FigureTerms.at(FigureTerms.start(from)), FigureTerms.at(FigureTerms.end(to)))
                .query((rs, n) -> {
                    String term = FigureTerms.name(rs.getInt("term"));
                    long answered = rs.getLong("answered");
                    int cases = rs.getInt("cases");
                    figures.add(new Figure(GROUP, "contributions.days-to-answer", term, Measure.MEDIAN_DAYS, rs.getLong("median_days"),
                            answered, cases, cases));
                    figures.add(new Figure(GROUP, "contributions.included", term, Measure.SHARE, rs.getLong("included"), answered,
                            cases, rs.getInt("included_cases")));
                    figures.add(new Figure(GROUP, "contributions.changed", term, Measure.SHARE, rs.getLong("changed"), answered,
                            cases, rs.getInt("changed_cases")));
                    figures.add(new Figure(GROUP, "contributions.not-included", term, Measure.SHARE, rs.getLong("not_included"),
                            answered, cases, rs.getInt("not_included_cases")));
                    return term;
                })
                .list();
    }
}
