package org.coplan.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coplan.people.Person;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.StatementCounter.Request;
import org.coplan.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages that cover many cases send the same number of statements to the database whether the
 * authority has 10 cases or 1,000: a page whose work grows with the caseload fails here long before
 * it is slow in production. The cases are written straight into the tables (with the process read
 * model rows the dashboards read), so the test stays fast.
 */
class PagesDoTheSameWorkAtAnyCaseloadTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void homeCaseloadAuthorityAndYouSaidPagesSendTheSameStatementsForTenCasesAndForAThousand() throws Exception {
        World w = fixtures.world();
        String tag = w.localAuthority().name().replaceAll("\\D", "");
        // the world has one case in the authority; 9 more make 10
        addCases(w, tag, 9);
        for (Person staff : List.of(w.coordinator(), w.manager(), w.senco())) {
            lookedYesterday(staff);
        }
        Map<String, Visitor> visitors = new LinkedHashMap<>();
        visitors.put("coordinator", signIn(w.coordinator()));
        visitors.put("manager", signIn(w.manager()));
        visitors.put("senco", signIn(w.senco()));
        visitors.put("parent", signIn(w.parent()));
        String youSaid = "/schools/" + w.school().id().value() + "/you-said-we-did";
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("coordinator", List.of("/", "/caseload", "/caseload?scope=AUTHORITY", "/authority"));
        pages.put("manager", List.of("/", "/caseload", "/authority"));
        pages.put("senco", List.of("/", "/caseload", youSaid));
        pages.put("parent", List.of("/"));

        Map<String, Request> atTen = measure(visitors, pages);
        addCases(w, tag, 990);
        Map<String, Request> atAThousand = measure(visitors, pages);

        for (String page : atTen.keySet()) {
            assertThat(atAThousand.get(page).count())
                    .as("statements for %s with 1,000 cases, against 10 cases:%n%s%n%s", page, atTen.get(page), atAThousand.get(page))
                    .isEqualTo(atTen.get(page).count());
        }
        assertThat(pageText(visitors.get("coordinator"), "/")).contains("See all 1,000 cases on your caseload");
        assertThat(pageText(visitors.get("parent"), "/")).contains("Cases 1 to 25 of 1,000");
        assertThat(visitors.get("coordinator").get("/").body().length()).as("home page HTML").isLessThan(100_000);
        assertThat(visitors.get("parent").get("/").body().length()).as("home page HTML").isLessThan(100_000);
    }

    private Map<String, Request> measure(Map<String, Visitor> visitors, Map<String, List<String>> pages) throws Exception {
        Map<String, Request> counted = new LinkedHashMap<>();
        for (var who : pages.entrySet()) {
            Visitor v = visitors.get(who.getKey());
            for (String path : who.getValue()) {
                assertThat(v.get(path).status()).as(who.getKey() + " " + path).isEqualTo(200);
                counted.put(who.getKey() + " " + path, statements.oneRequest(() -> v.get(path)));
            }
        }
        return counted;
    }

    private static String pageText(Visitor v, String path) {
        return v.get(path).text();
    }

    private Visitor signIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }

    /** The person last looked at their home page a day ago, so "changed since" has something to count. */
    private void lookedYesterday(Person person) {
        jdbc.sql("insert into home_visit (person_id, last_view_at) values (?, ?)")
                .params(person.id().value(), Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .update();
    }

    /**
     * {@code n} cases at the world's school, each with the coordinator and the parent on the team, a
     * request for assessment recorded by the manager today, its deadline, and its process summary row.
     * Deadlines spread from a month overdue to a month ahead.
     */
    private void addCases(World w, String tag, int n) {
        LocalDate today = LocalDate.now(clock);
        Timestamp now = Timestamp.from(clock.instant());
        String batch = "Bulk" + tag + "x" + System.nanoTime();
        jdbc.sql("""
                insert into child_case (id, given_name, family_name, date_of_birth, school_id, local_authority_id, stage, created_at)
                select gen_random_uuid(), ?, 'Case' || lpad(g::text, 5, '0'), ?, ?, ?, 'ASSESSMENT', ?
                from generate_series(1, ?) g""")
                .params(batch, LocalDate.of(2016, 5, 14), w.school().id().value(), w.localAuthority().id().value(), now, n)
                .update();
        for (var member : Map.of(w.coordinator(), "EHC_COORDINATOR", w.parent(), "PARENT_CARER").entrySet()) {
            jdbc.sql("""
                    insert into case_member (id, case_id, person_id, case_role, added_at)
                    select gen_random_uuid(), id, ?, ?, ? from child_case where given_name = ?""")
                    .params(member.getKey().id().value(), member.getValue(), now, batch)
                    .update();
        }
        jdbc.sql("""
                insert into process_event (id, case_id, kind, occurred_on, recorded_by, recorded_by_name, recorded_at)
                select gen_random_uuid(), id, 'REQUEST_RECEIVED', ?, ?, 'Manny Manager', ? from child_case where given_name = ?""")
                .params(today.minusWeeks(5), w.manager().id().value(), now, batch)
                .update();
        jdbc.sql("""
                insert into process_deadline (case_id, local_authority_id, deadline_key, subject_id, rule, responsible, due_on,
                    closed, excepted, guidance)
                select id, local_authority_id, 'DECISION_TO_ASSESS', id, 'reg 5', 'LOCAL_AUTHORITY',
                    ?::date - 30 + (abs(hashtext(id::text)) % 60), false, false, false
                from child_case where given_name = ?""")
                .params(today, batch)
                .update();
        jdbc.sql("""
                insert into process_summary (case_id, local_authority_id, school_id, child_name, given_name, family_name,
                    date_of_birth, stage, next_key, next_due_on, next_responsible, request_received_on)
                select c.id, c.local_authority_id, c.school_id, c.given_name || ' ' || c.family_name, c.given_name, c.family_name,
                    c.date_of_birth, c.stage, 'DECISION_TO_ASSESS', d.due_on, 'LOCAL_AUTHORITY', ?
                from child_case c join process_deadline d on d.case_id = c.id
                where c.given_name = ?""")
                .params(today.minusWeeks(5), batch)
                .update();
    }
}
