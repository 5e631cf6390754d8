package org.coplan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.coplan.cases.CaseFigures.Figure;
import org.coplan.cases.CaseFigures.Measure;
import org.coplan.cases.CaseId;
import org.coplan.people.Person;
import org.coplan.plans.domain.ContributionKind;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.ResponseOutcome;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.internal.AnsweringContribution;
import org.coplan.plans.internal.ContributionFigures;
import org.coplan.plans.internal.Contributions.Contribution;
import org.coplan.plans.internal.PlanWork;
import org.coplan.shared.ClockConfiguration;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The contribution figures on a fixed record with answers worked out by hand. Cases A, B and C are
 * asked about; case X is not. Each contribution below is made and answered through the same
 * services the pages use, at the moment the clock is set to (UK time).
 *
 * <pre>
 * made          who           plan   answered       answer                days
 * 2 Mar  (spr)  A parent      A EHC  never          -                     -      before the terms asked about
 * 15 Jun (sum)  A parent      A EHC  18 Jun (sum)   included              3
 * 20 Jun (sum)  B parent      B EHC  27 Jun (sum)   not included          7
 * 20 Jul (sum)  B parent      B EHC  21 Sep (aut)   included              63
 * 1 Sep 00:30   B parent      B EHC  never          -                     -      31 Aug 23:30 UTC: autumn in the UK
 * 7 Sep  (aut)  A parent      A EHC  9 Sep          included              2
 * 7 Sep         A child       A EHC  17 Sep         included with changes 10
 * 7 Sep         A parent      A EHC  8 Sep          included              1
 * 7 Sep         A parent      A SEN  12 Sep         not included          5
 * 7 Sep         B parent      B EHC  never          -                     -
 * 7 Sep         A psychologist A EHC 8 Sep          not included          -      staff: not the family's
 * 7 Sep         C psychologist C EHC never          -                     -      staff: C's plan was worked on
 * 7 Sep         X parent      X EHC  8 Sep          included              -      case X is not asked about
 * </pre>
 */
class ContributionFiguresTest extends IntegrationTest {

    @Autowired
    ContributionFigures figures;

    @Autowired
    PlanSetup setup;

    @Autowired
    PlanWork work;

    @Autowired
    AnsweringContribution answering;

    @Autowired
    MessageSource messages;

    private static Instant at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, ClockConfiguration.ZONE).toInstant();
    }

    private record Fixture(CaseId a, CaseId b, CaseId c, CaseId x) {}

    private Fixture record() {
        World wa = fixtures.world();
        World wb = fixtures.world();
        World wc = fixtures.world();
        World wx = fixtures.world();

        clock.set(at(3, 2, 10, 0));
        UUID aEhc = setup.start(wa.coordinator().id(), wa.ownCase(), PlanKind.EHC);
        UUID aSen = setup.start(wa.senco().id(), wa.ownCase(), PlanKind.SEN_SUPPORT);
        UUID bEhc = setup.start(wb.coordinator().id(), wb.ownCase(), PlanKind.EHC);
        UUID cEhc = setup.start(wc.coordinator().id(), wc.ownCase(), PlanKind.EHC);
        UUID xEhc = setup.start(wx.coordinator().id(), wx.ownCase(), PlanKind.EHC);
        contribute(wa, wa.parent(), aEhc, SectionCode.B, ContributionKind.PARENT_CARER_VIEW);

        clock.set(at(6, 15, 10, 0));
        Contribution c1 = contribute(wa, wa.parent(), aEhc, SectionCode.B, ContributionKind.PARENT_CARER_VIEW);
        clock.set(at(6, 18, 9, 0));
        answer(wa, wa.coordinator(), aEhc, c1, ResponseOutcome.INCLUDED);

        clock.set(at(6, 20, 10, 0));
        Contribution c13 = contribute(wb, wb.parent(), bEhc, SectionCode.K, ContributionKind.PARENT_CARER_VIEW);
        clock.set(at(6, 27, 15, 0));
        answer(wb, wb.coordinator(), bEhc, c13, ResponseOutcome.NOT_INCLUDED);

        clock.set(at(7, 20, 10, 0));
        Contribution c9 = contribute(wb, wb.parent(), bEhc, SectionCode.E, ContributionKind.PARENT_CARER_VIEW);

        clock.set(Instant.parse("2026-08-31T23:30:00Z"));
        contribute(wb, wb.parent(), bEhc, SectionCode.F, ContributionKind.PARENT_CARER_VIEW);

        clock.set(at(9, 7, 10, 0));
        Contribution c2 = contribute(wa, wa.parent(), aEhc, SectionCode.B, ContributionKind.PARENT_CARER_VIEW);
        Contribution c3 = contribute(wa, wa.child(), aEhc, SectionCode.A, ContributionKind.OWN_WORDS);
        Contribution c10 = contribute(wa, wa.parent(), aEhc, SectionCode.F, ContributionKind.OBSERVATION);
        Contribution c5 = contribute(wa, wa.parent(), aSen, SectionCode.NEEDS, ContributionKind.PARENT_CARER_VIEW);
        contribute(wb, wb.parent(), bEhc, SectionCode.B, ContributionKind.PARENT_CARER_VIEW);
        Contribution c4 = contribute(wa, wa.psychologist(), aEhc, SectionCode.B, ContributionKind.PROFESSIONAL_ADVICE);
        contribute(wc, wc.psychologist(), cEhc, SectionCode.B, ContributionKind.PROFESSIONAL_ADVICE);
        Contribution c8 = contribute(wx, wx.parent(), xEhc, SectionCode.B, ContributionKind.PARENT_CARER_VIEW);

        clock.set(at(9, 8, 9, 0));
        answer(wa, wa.coordinator(), aEhc, c10, ResponseOutcome.INCLUDED);
        answer(wa, wa.coordinator(), aEhc, c4, ResponseOutcome.NOT_INCLUDED);
        answer(wx, wx.coordinator(), xEhc, c8, ResponseOutcome.INCLUDED);
        clock.set(at(9, 9, 16, 0));
        answer(wa, wa.coordinator(), aEhc, c2, ResponseOutcome.INCLUDED);
        clock.set(at(9, 12, 11, 0));
        answer(wa, wa.senco(), aSen, c5, ResponseOutcome.NOT_INCLUDED);
        clock.set(at(9, 17, 8, 0));
        answer(wa, wa.coordinator(), aEhc, c3, ResponseOutcome.INCLUDED_WITH_CHANGES);
        clock.set(at(9, 21, 12, 0));
        answer(wb, wb.coordinator(), bEhc, c9, ResponseOutcome.INCLUDED);

        clock.reset();
        return new Fixture(wa.ownCase(), wb.ownCase(), wc.ownCase(), wx.ownCase());
    }

    private Contribution contribute(World w, Person author, UUID plan, SectionCode section, ContributionKind kind) {
        return work.contribute(planFixtures.open(author, w.ownCase(), plan, 1, PlanAction.CONTRIBUTE), section, kind,
                "Said by " + author.displayName() + ".", null);
    }

    private void answer(World w, Person writer, UUID plan, Contribution c, ResponseOutcome outcome) {
        var result = answering.answer(planFixtures.open(writer, w.ownCase(), plan, 1, PlanAction.WRITE), c, outcome,
                outcome.needsExplanation() ? "Because." : null);
        assertThat(result).isInstanceOf(AnsweringContribution.Result.Answered.class);
    }

    private static Figure figure(String key, String term, Measure measure, long numerator, long denominator, int cases,
            int numeratorCases) {
        return new Figure("contributions", key, term, measure, numerator, denominator, cases, numeratorCases);
    }

    @Test
    void everyContributionFigureMatchesTheRecordWorkedOutByHand() {
        Fixture f = record();

        List<Figure> got = figures.figures(List.of(f.a(), f.b(), f.c()), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 23));

        assertThat(got).containsExactly(
                // summer: 3 family contributions (A: 1, B: 2) to A's and B's EHC plans; all since answered
                figure("contributions.per-plan", "2026-summer", Measure.AVERAGE, 3, 2, 2, 2),
                figure("contributions.answered", "2026-summer", Measure.SHARE, 3, 3, 2, 2),
                // answered in summer: A's in 3 days (included), B's in 7 (not included); the lower middle is 3
                figure("contributions.days-to-answer", "2026-summer", Measure.MEDIAN_DAYS, 3, 2, 2, 2),
                figure("contributions.included", "2026-summer", Measure.SHARE, 1, 2, 2, 1),
                figure("contributions.changed", "2026-summer", Measure.SHARE, 0, 2, 2, 0),
                figure("contributions.not-included", "2026-summer", Measure.SHARE, 1, 2, 2, 1),
                // autumn: 6 family contributions (A: 4, B: 2) over the 4 plans worked on (A EHC, A SEN, B EHC, C EHC)
                // on 3 cases; 4 of the 6 answered, all on A (B's two are waiting)
                figure("contributions.per-plan", "2026-autumn", Measure.AVERAGE, 6, 4, 3, 2),
                figure("contributions.answered", "2026-autumn", Measure.SHARE, 4, 6, 2, 1),
                // answered in autumn: 1, 2, 5, 10 and 63 days (B's from July): the middle one is 5
                figure("contributions.days-to-answer", "2026-autumn", Measure.MEDIAN_DAYS, 5, 5, 2, 2),
                figure("contributions.included", "2026-autumn", Measure.SHARE, 3, 5, 2, 2),
                figure("contributions.changed", "2026-autumn", Measure.SHARE, 1, 5, 2, 1),
                figure("contributions.not-included", "2026-autumn", Measure.SHARE, 1, 5, 2, 1));

        assertThat(got.get(0).value()).isEqualTo(1.5);
        assertThat(got.get(1).value()).isEqualTo(1.0);
        assertThat(got.get(2).value()).isEqualTo(3.0);
        assertThat(got.get(3).value()).isEqualTo(0.5);
        assertThat(got.get(4).value()).isEqualTo(0.0);
        assertThat(got.get(5).value()).isEqualTo(0.5);
        assertThat(got.get(6).value()).isEqualTo(1.5);
        assertThat(got.get(7).value()).isEqualTo(4.0 / 6);
        assertThat(got.get(8).value()).isEqualTo(5.0);
        assertThat(got.get(9).value()).isEqualTo(0.6);
        assertThat(got.get(10).value()).isEqualTo(0.2);
        assertThat(got.get(11).value()).isEqualTo(0.2);

        // The spring term, asked about, has A's unanswered contribution from March.
        List<Figure> spring = figures.figures(List.of(f.a(), f.b(), f.c()), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31));
        assertThat(spring).containsExactly(
                figure("contributions.per-plan", "2026-spring", Measure.AVERAGE, 1, 1, 1, 1),
                figure("contributions.answered", "2026-spring", Measure.SHARE, 0, 1, 1, 0));
    }

    @Test
    void aWholeAuthorityIsCountedInTwoStatementsAndCasesNotAskedAboutChangeNothing() throws Exception {
        Fixture f = record();
        List<CaseId> authority = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            authority.add(new CaseId(UUID.randomUUID()));
        }
        authority.addAll(List.of(f.a(), f.b(), f.c()));
        List<Figure> few = figures.figures(List.of(f.a(), f.b(), f.c()), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 23));
        var many = new java.util.concurrent.atomic.AtomicReference<List<Figure>>();

        List<String> sent = statements.sentBy(
                () -> many.set(figures.figures(authority, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 23))));

        assertThat(sent).hasSize(2);
        assertThat(many.get()).isEqualTo(few);
        assertThat(figures.figures(List.of(f.x()), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 23)))
                .as("case X on its own: its parent's one contribution, answered in a day")
                .containsExactly(
                        figure("contributions.per-plan", "2026-autumn", Measure.AVERAGE, 1, 1, 1, 1),
                        figure("contributions.answered", "2026-autumn", Measure.SHARE, 1, 1, 1, 1),
                        figure("contributions.days-to-answer", "2026-autumn", Measure.MEDIAN_DAYS, 1, 1, 1, 1),
                        figure("contributions.included", "2026-autumn", Measure.SHARE, 1, 1, 1, 1),
                        figure("contributions.changed", "2026-autumn", Measure.SHARE, 0, 1, 1, 0),
                        figure("contributions.not-included", "2026-autumn", Measure.SHARE, 0, 1, 1, 0));
        assertThat(figures.figures(List.of(), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 23))).isEmpty();
    }

    @Test
    void everyContributionFigureHasANameAndAOneLineDefinition() {
        for (String key : List.of("contributions.per-plan", "contributions.answered", "contributions.days-to-answer",
                "contributions.included", "contributions.changed", "contributions.not-included")) {
            assertThat(messages.getMessage("figure." + key + ".name", null, null, Locale.UK)).as(key).isNotBlank();
            assertThat(messages.getMessage("figure." + key + ".definition", null, null, Locale.UK)).as(key).isNotBlank()
                    .doesNotContain("\n");
        }
    }
}
