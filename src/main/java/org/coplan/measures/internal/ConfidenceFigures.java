package org.coplan.measures.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.cases.CaseFigures;
import org.coplan.cases.CaseId;
import org.coplan.measures.domain.ConfidenceScale;
import org.coplan.measures.domain.ConfidenceSpread;
import org.coplan.measures.domain.ConfidenceStatement;
import org.coplan.measures.domain.Term;
import org.coplan.shared.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The confidence measure as figures over a set of cases, term by term: for each of the five
 * statements, the share of answers agreeing (strongly agree or agree) among the answers that are not
 * "don't know", by the term the survey was answered in. Also how the answers spread over the scale,
 * for the table beside the chart. Counts only: no answer row ever leaves this class, except a
 * person's own answers to that person.
 */
@Component
@Transactional(readOnly = true)
public class ConfidenceFigures implements CaseFigures {

    /** The panel these figures belong to. */
    public static final String GROUP = "confidence";

    private static final String TERM = """
            extract(year from d)::int || '-' || case when extract(month from d) >= 9 then 'autumn'
                 when extract(month from d) <= 3 then 'spring' else 'summer' end""";

    /** The five answers of each row as (statement, value) rows, over the chosen cases and days. */
    private static final String ANSWERS = """
            with a as (
                select case_id, (answered_at at time zone '%s')::date as d, informed, contact, honest, listened, clear
                from confidence_answer where case_id = any(?) and answered_at >= ? and answered_at < ?
            ), s as (
                select a.case_id, %s as term, v.statement, v.answer
                from a cross join lateral (values ('informed', a.informed), ('contact', a.contact), ('honest', a.honest),
                    ('listened', a.listened), ('clear', a.clear)) as v(statement, answer)
            )
            """.formatted(ClockConfiguration.ZONE.getId(), TERM);

    private final JdbcClient jdbc;

    ConfidenceFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key of a statement's figure: {@code confidence.informed} and so on. */
    public static String key(ConfidenceStatement s) {
        return GROUP + "." + s.field();
    }

    @Override
    public List<Figure> figures(Collection<CaseId> cases, LocalDate from, LocalDate to) {
        if (cases.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ANSWERS + """
                select term, statement,
                       count(*) filter (where answer in (1, 2)) as agreeing,
                       count(*) filter (where answer between 1 and 5) as known,
                       count(distinct case_id) filter (where answer between 1 and 5) as cases,
                       count(distinct case_id) filter (where answer in (1, 2)) as agreeing_cases
                from s group by term, statement order by term, statement""")
                .params(ids(cases), start(from), start(to.plusDays(1)))
                .query((rs, n) -> new Figure(GROUP, GROUP + "." + rs.getString("statement"), rs.getString("term"), Measure.SHARE,
                        rs.getLong("agreeing"), rs.getLong("known"), rs.getInt("cases"), rs.getInt("agreeing_cases")))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing((Figure f) -> Term.parse(f.term()))
                        .thenComparing(f -> ConfidenceStatement.valueOf(f.key().substring(GROUP.length() + 1).toUpperCase()).ordinal()))
                .toList();
    }

    /** How the answers to each statement spread over the scale, per term, over the cases. */
    public List<ConfidenceSpread> spread(Collection<CaseId> cases, LocalDate from, LocalDate to) {
        if (cases.isEmpty()) {
            return List.of();
        }
        record Cell(String term, String statement, int answer, int answers) {}
        record Row(String term, String statement, int cases) {}
        List<Cell> cells = jdbc.sql(ANSWERS + "select term, statement, answer, count(*) as answers from s group by term, statement, answer")
                .params(ids(cases), start(from), start(to.plusDays(1)))
                .query((rs, n) -> new Cell(rs.getString("term"), rs.getString("statement"), rs.getInt("answer"), rs.getInt("answers")))
                .list();
        List<Row> rows = jdbc.sql(ANSWERS + "select term, statement, count(distinct case_id) as cases from s group by term, statement")
                .params(ids(cases), start(from), start(to.plusDays(1)))
                .query((rs, n) -> new Row(rs.getString("term"), rs.getString("statement"), rs.getInt("cases")))
                .list();
        Map<String, Map<ConfidenceScale, Integer>> byRow = new LinkedHashMap<>();
        for (Cell c : cells) {
            byRow.computeIfAbsent(c.term() + "|" + c.statement(), k -> new EnumMap<>(ConfidenceScale.class))
                    .put(ConfidenceScale.ofStored(c.answer()), c.answers());
        }
        List<ConfidenceSpread> spread = new ArrayList<>();
        for (Row r : rows) {
            spread.add(new ConfidenceSpread(r.term(), ConfidenceStatement.valueOf(r.statement().toUpperCase()),
                    byRow.getOrDefault(r.term() + "|" + r.statement(), Map.of()), r.cases()));
        }
        spread.sort(java.util.Comparator.comparing((ConfidenceSpread s) -> Term.parse(s.term())).thenComparing(s -> s.statement().ordinal()));
        return spread;
    }

    /** One survey a person answered on a case, for that person alone. */
    public record OwnAnswer(Instant answeredAt, Map<ConfidenceStatement, ConfidenceScale> answers) {}

    /** The person's own answers on the case, newest first: never anyone else's. */
    public List<OwnAnswer> ownAnswers(CaseId caseId, UUID personId) {
        return jdbc.sql("""
                select a.answered_at, a.informed, a.contact, a.honest, a.listened, a.clear
                from confidence_answer a join confidence_offer o on o.id = a.offer_id
                where a.case_id = ? and o.person_id = ? order by a.answered_at desc""")
                .params(caseId.value(), personId)
                .query((rs, n) -> {
                    Map<ConfidenceStatement, ConfidenceScale> answers = new EnumMap<>(ConfidenceStatement.class);
                    for (ConfidenceStatement s : ConfidenceStatement.values()) {
                        answers.put(s, ConfidenceScale.ofStored(rs.getInt(s.field())));
                    }
                    return new OwnAnswer(rs.getTimestamp("answered_at").toInstant(), answers);
                })
                .list();
    }

    private static UUID[] ids(Collection<CaseId> cases) {
        return cases.stream().map(CaseId::value).toArray(UUID[]::new);
    }

    private static java.time.OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(ClockConfiguration.ZONE).toOffsetDateTime();
    }
}
