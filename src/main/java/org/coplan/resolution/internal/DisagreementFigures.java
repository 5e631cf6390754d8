package org.coplan.resolution.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.cases.CaseFigures;
import org.coplan.cases.CaseId;
import org.coplan.resolution.domain.DisagreementStage;
import org.coplan.resolution.domain.Outcome;
import org.coplan.shared.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Disagreements by stage and outcome, term by term (docs/quality-figures.md): how many reached each
 * stage in the term, and how many were closed in it with each outcome. A disagreement starts at
 * {@link DisagreementStage#TALKING} on the day it is raised; it reaches another stage on the day it
 * is moved there, and counts once for a stage in a term however often it comes back to it. Every
 * stage and outcome is given for every term asked about, so a term with none shows 0. One query,
 * whatever the number of cases.
 */
@Component
public class DisagreementFigures implements CaseFigures {

    static final String GROUP = "disagreements";

    public static String stageKey(DisagreementStage stage) {
        return "disagreements.stage." + stage.name();
    }

    public static String outcomeKey(Outcome outcome) {
        return "disagreements.outcome." + outcome.name();
    }

    private final JdbcClient jdbc;

    DisagreementFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Counted(long count, int cases) {}

    @Override
    public List<Figure> figures(Collection<CaseId> cases, LocalDate from, LocalDate to) {
        if (cases.isEmpty()) {
            return List.of();
        }
        UUID[] ids = cases.stream().map(CaseId::value).distinct().toArray(UUID[]::new);
        LocalDate start = termStart(from);
        LocalDate end = nextTermStart(to);
        Timestamp startAt = Timestamp.from(start.atStartOfDay(ClockConfiguration.ZONE).toInstant());
        Timestamp endAt = Timestamp.from(end.atStartOfDay(ClockConfiguration.ZONE).toInstant());
        String changedOn = "(s.changed_at at time zone '" + ClockConfiguration.ZONE.getId() + "')::date";
        Map<String, Counted> counted = new HashMap<>();
        jdbc.sql("""
                with d as (
                    select id, case_id, raised_on, closed_on, outcome from disagreement where case_id = any(?)),
                reached as (
                    select d.id, d.case_id, 'TALKING' as name, d.raised_on as reached_on
                    from d where d.raised_on >= ? and d.raised_on < ?
                    union all
                    select d.id, d.case_id, s.to_stage, %s
                    from d join disagreement_stage_change s on s.disagreement_id = d.id
                    where s.to_stage <> 'CLOSED' and s.changed_at >= ? and s.changed_at < ?),
                per_case as (
                    select 'stage' as kind, %s as term, name, case_id, count(distinct id) as n
                    from reached group by 2, name, case_id
                    union all
                    select 'outcome', %s, outcome, case_id, count(*)
                    from d where closed_on >= ? and closed_on < ? and outcome is not null group by 2, outcome, case_id)
                select kind, term, name, sum(n) as n, count(*) as cases
                from per_case group by kind, term, name"""
                .formatted(changedOn, term("reached_on"), term("closed_on")))
                .params(ids, start, end, startAt, endAt, start, end)
                .query((rs, n) -> {
                    String key = rs.getString("kind") + "/" + termName(rs.getInt("term")) + "/" + rs.getString("name");
                    counted.put(key, new Counted(rs.getLong("n"), rs.getInt("cases")));
                    return key;
                })
                .list();
        List<Figure> figures = new ArrayList<>();
        for (String term : CaseFigures.terms(from, to)) {
            for (DisagreementStage stage : DisagreementStage.values()) {
                if (stage.open()) {
                    Counted c = counted.getOrDefault("stage/" + term + "/" + stage.name(), new Counted(0, 0));
                    figures.add(new Figure(GROUP, stageKey(stage), term, Measure.COUNT, c.count(), 0, c.cases(), c.cases()));
                }
            }
            for (Outcome outcome : Outcome.values()) {
                Counted c = counted.getOrDefault("outcome/" + term + "/" + outcome.name(), new Counted(0, 0));
                figures.add(new Figure(GROUP, outcomeKey(outcome), term, Measure.COUNT, c.count(), 0, c.cases(), c.cases()));
            }
        }
        return figures;
    }

    /**
     * The term a date expression falls in, as a number that groups fast: the year times 3, plus 0 for
     * spring, 1 for summer and 2 for autumn. The same rule as {@link CaseFigures#termOf}.
     */
    private static String term(String date) {
        return "(extract(year from " + date + ")::int * 3 + case when extract(month from " + date + ") >= 9 then 2"
                + " when extract(month from " + date + ") <= 3 then 0 else 1 end)";
    }

    private static final String[] TERMS = {"spring", "summer", "autumn"};

    /** The term a number from {@link #term} stands for, as {@code 2026-autumn}. */
    private static String termName(int term) {
        return (term / 3) + "-" + TERMS[term % 3];
    }

    private static LocalDate termStart(LocalDate day) {
        int month = day.getMonthValue();
        return LocalDate.of(day.getYear(), month >= 9 ? 9 : month <= 3 ? 1 : 4, 1);
    }

    private static LocalDate nextTermStart(LocalDate day) {
        int month = day.getMonthValue();
        return month >= 9 ? LocalDate.of(day.getYear() + 1, 1, 1) : LocalDate.of(day.getYear(), month <= 3 ? 4 : 9, 1);
    }
}
