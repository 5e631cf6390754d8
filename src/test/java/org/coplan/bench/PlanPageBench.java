package org.coplan.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.coplan.plans.domain.ContributionKind;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.ResponseOutcome;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.internal.Contributions;
import org.coplan.plans.internal.PlanContext;
import org.coplan.plans.internal.PlanWork;
import org.coplan.cases.domain.CaseAction;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Opens a plan with 200 contributions: the version overview and the busiest section page, each
 * timed over real HTTP from the request to the last byte. Not part of the test suite: run with
 * {@code ./mvnw -Pbench test -Dtest=PlanPageBench} and read the figures it prints.
 */
@Tag("bench")
class PlanPageBench extends IntegrationTest {

    static final int CONTRIBUTIONS = 200;
    static final int WARM_UP = 10;
    static final int RUNS = 50;

    @Autowired
    org.coplan.plans.internal.AnsweringContribution answering;

    @Autowired
    PlanWork work;

    @Autowired
    org.coplan.cases.CaseAccess cases;

    @Autowired
    Contributions contributions;

    @Test
    void planPageWithTwoHundredContributions() {
        World world = fixtures.world();
        UUID plan = work.startPlan(cases.open(world.coordinator().id(), world.ownCase(), CaseAction.VIEW_CASE), PlanKind.EHC)
                .orElseThrow().id();
        PlanContext parent = planFixtures.open(world.parent(), world.ownCase(), plan, 1, PlanAction.CONTRIBUTE);
        PlanContext writer = planFixtures.open(world.coordinator(), world.ownCase(), plan, 1, PlanAction.WRITE);
        List<SectionCode> sections = SectionCode.of(PlanKind.EHC);
        String paragraph = "Kit finds it hard to follow spoken instructions with more than two steps, especially in a noisy room. ";
        for (int i = 0; i < CONTRIBUTIONS; i++) {
            // half of them in section F, the busiest section; the rest spread across the others
            SectionCode section = i % 2 == 0 ? SectionCode.F : sections.get(i % sections.size());
            var c = work.contribute(parent, section, ContributionKind.PARENT_CARER_VIEW, paragraph.repeat(3) + i, null);
            if (i % 3 == 0) {
                answering.answer(writer, c, ResponseOutcome.INCLUDED_WITH_CHANGES, "Included with the therapist's wording.");
            }
        }
        Visitor v = visitor();
        v.signIn(world.coordinator().email(), Fixtures.PASSWORD);
        String base = "/cases/" + world.ownCase() + "/plans/" + plan + "/versions/1";
        report("version overview (200 contributions)", v, base);
        report("section F page (100 contributions)", v, base + "/sections/f");
        report("print-friendly page (whole plan)", v, base + "/print");
    }

    private static void report(String what, Visitor v, String path) {
        for (int i = 0; i < WARM_UP; i++) {
            v.get(path);
        }
        List<Double> millis = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            var page = v.get(path);
            millis.add((System.nanoTime() - start) / 1e6);
            if (page.status() != 200) {
                throw new AssertionError(path + " answered " + page.status());
            }
            bytes = page.body().length();
        }
        Collections.sort(millis);
        System.out.printf("BENCH %-40s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d runs, %d KB)%n", what,
                millis.get(RUNS / 2), millis.get((int) Math.ceil(RUNS * 0.95) - 1), millis.get(RUNS - 1), RUNS, bytes / 1024);
    }
}
