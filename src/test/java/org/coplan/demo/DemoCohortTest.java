package org.coplan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.coplan.cases.CaseFacets;
import org.coplan.cases.CaseFigures;
import org.coplan.cases.CaseSelections;
import org.coplan.cases.Stage;
import org.coplan.people.OrganisationId;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.SchoolPhase;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's cohort gives each demo school enough families for its co-production figures to show
 * (figures from fewer than five families are hidden). The whole demo is loaded inside a transaction
 * that is rolled back, so the shared test database is left as it was.
 */
class DemoCohortTest extends IntegrationTest {

    @Autowired
    DemoData demo;

    @Autowired
    People people;

    @Autowired
    CaseSelections selections;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void eachDemoSchoolHasTenOrMoreFamiliesAnsweringInEachOfTheLastThreeTermsWithATrend() {
        clock.set(ZonedDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneId.of("Europe/London")).toInstant());
        LocalDate today = LocalDate.of(2026, 12, 6);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            demo.load();
            School oakfield = school("senco.oakfield");
            School riverside = school("senco.riverside");
            for (School school : List.of(oakfield, riverside)) {
                List<CaseFacets> cases = selections.atSchool(school.id, school.la, today);
                List<CaseFacets> cohort = cases.stream().filter(c -> c.stage() == Stage.SEN_SUPPORT && c.need() != null).toList();
                assertThat(cohort).as("SEN support cases with a primary need at " + school.id).hasSizeGreaterThanOrEqualTo(24);
                assertThat(cases).allMatch(c -> c.phase() == (school == oakfield ? SchoolPhase.PRIMARY : SchoolPhase.SECONDARY));
                UUID[] ids = cases.stream().map(c -> c.id().value()).toArray(UUID[]::new);

                Map<String, double[]> byTerm = new TreeMap<>(); // term -> answers, sum of agreement, statements answered
                jdbc.sql("select answered_at, informed, contact, honest, listened, clear from confidence_answer where case_id = any(?)")
                        .param(ids)
                        .query(rs -> {
                            String term = CaseFigures.termOf(rs.getTimestamp(1).toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate());
                            double[] t = byTerm.computeIfAbsent(term, k -> new double[3]);
                            t[0]++;
                            for (int i = 2; i <= 6; i++) {
                                if (rs.getInt(i) > 0) {
                                    t[1] += rs.getInt(i);
                                    t[2]++;
                                }
                            }
                        });
                assertThat(byTerm.keySet()).containsExactly("2026-autumn", "2026-spring", "2026-summer");
                assertThat(byTerm.values()).allMatch(t -> t[0] >= 20 && t[0] <= 24);
                double first = byTerm.get("2026-spring")[1] / byTerm.get("2026-spring")[2];
                double last = byTerm.get("2026-autumn")[1] / byTerm.get("2026-autumn")[2];
                assertThat(last).as("1 is strongly agree: the latest term is the most confident").isLessThan(first - 0.3);

                Map<String, Long> outcomes = new TreeMap<>();
                jdbc.sql("""
                        select coalesce(r.outcome, 'UNANSWERED') as outcome, count(*) from contribution k
                        join plan_version v on v.id = k.version_id join plan p on p.id = v.plan_id
                        left join contribution_response r on r.contribution_id = k.id
                        where p.case_id = any(?) and k.author_role = 'PARENT_CARER' group by 1""")
                        .param(ids).query(rs -> {
                            outcomes.put(rs.getString(1), rs.getLong(2));
                        });
                assertThat(outcomes.keySet()).as("family contributions answered every way, and some waiting")
                        .contains("INCLUDED", "INCLUDED_WITH_CHANGES", "NOT_INCLUDED", "UNANSWERED");
            }
        });
    }

    @Test
    void theSurveyGoesOutOnceInEachOfTheLastThreeTermsNeverWithinNinetyDays() {
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.isBefore(LocalDate.of(2028, 1, 1)); today = today.plusDays(5)) {
            List<LocalDate> days = DemoData.cohortSurveyDays(today);
            assertThat(days).hasSize(3);
            assertThat(days.stream().map(CaseFigures::termOf).distinct()).hasSize(3);
            for (int i = 0; i < days.size(); i++) {
                assertThat(days.get(i).plusDays(18)).isBefore(today);
                if (i > 0) {
                    assertThat(ChronoUnit.DAYS.between(days.get(i - 1).plusDays(8), days.get(i))).isGreaterThanOrEqualTo(90);
                }
            }
        }
    }

    private record School(OrganisationId id, OrganisationId la) {}

    private School school(String senco) {
        Person person = people.findByEmail(senco + DemoData.DOMAIN).orElseThrow();
        OrganisationId school = people.staffMemberships(person.id()).get(0).organisationId();
        return new School(school, people.organisation(school).orElseThrow().localAuthorityId());
    }
}
