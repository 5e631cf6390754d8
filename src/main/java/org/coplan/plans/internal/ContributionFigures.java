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

    /** The contributions made in each term: per plan, and the share of the family's since answered. */
    private void made(UUID[] ids, LocalDate from, LocalDate to, List<Figure> figures) {
        jdbc.sql("""
                with made as (
                    select p.case_id, p.id as plan_id, c.author_role = any(?) as family,
                           r.contribution_id is not null as answered, %s as term
                    from contribution c
                    join plan_version v on v.id = c.version_id
                    join plan p on p.id = v.plan_id
                    left join contribution_response r on r.contribution_id = c.id
                    where p.case_id = any(?) and c.created_at >= ? and c.created_at < ?)
                select term,
                       count(distinct plan_id) as plans,
                       count(distinct case_id) as plan_cases,
                       count(*) filter (where family) as family,
                       count(distinct case_id) filter (where family) as family_cases,
                       count(*) filter (where family and answered) as answered,
                       count(distinct case_id) filter (where family and answered) as answered_cases
                from made group by term""".formatted(term(day("c.created_at"))))
                .params(FAMILY, ids, FigureTerms.at(FigureTerms.start(from)), FigureTerms.at(FigureTerms.end(to)))
                .query((rs, n) -> {
                    String term = rs.getString("term");
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

    /** The family's contributions answered in each term: the median wait in days and the share of each answer. */
    private void answered(UUID[] ids, LocalDate from, LocalDate to, List<Figure> figures) {
        jdbc.sql("""
                with answered as (
                    select p.case_id, r.outcome, %s - %s as days, %s as term
                    from contribution_response r
                    join contribution c on c.id = r.contribution_id
                    join plan_version v on v.id = c.version_id
                    join plan p on p.id = v.plan_id
                    where p.case_id = any(?) and c.author_role = any(?) and r.responded_at >= ? and r.responded_at < ?)
                select term,
                       count(*) as answered,
                       count(distinct case_id) as cases,
                       percentile_disc(0.5) within group (order by days) as median_days,
                       count(*) filter (where outcome = 'INCLUDED') as included,
                       count(distinct case_id) filter (where outcome = 'INCLUDED') as included_cases,
                       count(*) filter (where outcome = 'INCLUDED_WITH_CHANGES') as changed,
                       count(distinct case_id) filter (where outcome = 'INCLUDED_WITH_CHANGES') as changed_cases,
                       count(*) filter (where outcome = 'NOT_INCLUDED') as not_included,
                       count(distinct case_id) filter (where outcome = 'NOT_INCLUDED') as not_included_cases
                from answered group by term""".formatted(day("r.responded_at"), day("c.created_at"), term(day("r.responded_at"))))
                .params(ids, FAMILY, FigureTerms.at(FigureTerms.start(from)), FigureTerms.at(FigureTerms.end(to)))
                .query((rs, n) -> {
                    String term = rs.getString("term");
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
