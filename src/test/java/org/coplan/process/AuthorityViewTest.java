package org.coplan.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.Stage;
import org.coplan.people.Person;
import org.coplan.process.internal.ProcessWork;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The local authority's figures on a small set of plans worked out by hand. Today is
 * 23 November 2026, so "the last 12 months" runs from 24 November 2025.
 */
class AuthorityViewTest extends IntegrationTest {

    @Autowired
    ProcessWork work;

    @Autowired
    CaseAccess access;

    World w;

    @BeforeEach
    void fivePlansIssuedThisYearAndOneLastYear() {
        w = fixtures.world();
        plan("OnTimeA").finalPlan(LocalDate.of(2026, 1, 5), 19);
        plan("OnTimeB").finalPlan(LocalDate.of(2026, 2, 2), 20); // on the last day allowed
        plan("OnTimeC").finalPlan(LocalDate.of(2026, 3, 2), 18);
        plan("Late").finalPlan(LocalDate.of(2026, 1, 12), 22);
        plan("LateExcepted").finalPlanWithException(LocalDate.of(2026, 1, 19), 24);
        // issued in May 2025: outside the last 12 months, and its annual review (due May 2026) is overdue
        plan("LastYear").finalPlan(LocalDate.of(2025, 1, 6), 19);
    }

    @Test
    void shareOfPlansWithinTwentyWeeksExcludesAndThenIncludesExceptions() {
        Page page = signIn(w.manager()).get("/authority");

        assertThat(page.status()).isEqualTo(200);
        String text = page.text();
        assertThat(text).contains("Final EHC plans issued from 24 November 2025 to 23 November 2026.");
        assertThat(text).contains("3 of 4 (75%) EHC plans issued without an exception came within 20 weeks of the request.");
        assertThat(text).contains("Counting every plan, including the 1 plan where an exception was recorded: 3 of 5 (60%) came within 20 weeks.");
        assertThat(text).contains("Without an exception 3 4 75%").contains("All plans, including exceptions 3 5 60%");
    }

    @Test
    void aCalendarYearCanBeChosen() {
        String text = signIn(w.manager()).get("/authority?period=2025").text();

        assertThat(text).contains("Final EHC plans issued from 1 January 2025 to 31 December 2025.")
                .contains("1 of 1 (100%) EHC plan issued without an exception")
                .contains("No plan had an exception recorded, so counting every plan gives the same: 1 of 1 (100%).");
    }

    @Test
    void overdueReviewsOverdueDeadlinesAndCasesByStage() {
        String text = signIn(w.coordinator()).get("/authority").text();

        assertThat(text).contains("1 annual review is overdue");
        assertThat(text).contains("1 deadline has passed").contains("Annual review 1");
        assertThat(text).contains("There are 7 cases in this local authority.");
        assertThat(text).contains("EHC plan 6").contains("EHC needs assessment 1").contains("SEN support 0");
    }

    @Test
    void otherAuthoritiesSeeOnlyTheirOwnFiguresAndOthersSeeNothing() {
        Visitor other = signIn(w.otherCoordinator());
        Page page = other.get("/authority?la=" + w.localAuthority().id());
        assertThat(page.text()).contains(w.otherLocalAuthority().name()).doesNotContain(w.localAuthority().name())
                .contains("No final EHC plans were issued in this period.");
        assertThat(signIn(w.senco()).get("/authority").status()).isEqualTo(404);
        assertThat(signIn(w.outsider()).get("/authority").status()).isEqualTo(404);
        assertThat(signIn(w.parent()).get("/authority").status()).isEqualTo(404);
    }

    private ProcessSteps plan(String family) {
        CaseId id = fixtures.cases().openCase(w.coordinator().id(), CaseRole.EHC_COORDINATOR, "Pip", family, null,
                LocalDate.of(2016, 5, 14), w.school().id(), w.localAuthority().id(), Stage.SEN_SUPPORT);
        return new ProcessSteps(work, access, w.coordinator(), id);
    }

    private Visitor signIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }
}
