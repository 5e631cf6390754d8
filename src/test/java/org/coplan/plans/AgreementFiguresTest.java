package org.coplan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coplan.cases.CaseFigures.Figure;
import org.coplan.cases.CaseFigures.Measure;
import org.coplan.cases.CaseId;
import org.coplan.people.Person;
import org.coplan.plans.domain.AgreementMark;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.internal.AgreementFigures;
import org.coplan.plans.internal.PlanWork;
import org.coplan.plans.internal.SendingForComment;
import org.coplan.shared.ClockConfiguration;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The agreement figures on a fixed record with answers worked out by hand. Cases A, B and C are
 * asked about; case X is not. Each person gives a position on every section at once, as the
 * agreement page has them do, through the same service the page uses.
 *
 * <pre>
 * when         who              plan    positions
 * 1 Jul (sum)  A parent         A EHC   all agree
 * 10 Sep (aut) A parent         A EHC   B disagree, the rest agree   (changed on 20 Sep)
 * 10 Sep       A child          A EHC   F not read yet, the rest agree
 * 10 Sep       A psychologist   A EHC   B disagree, the rest agree   staff: not the family's
 * 10 Sep       B parent         B EHC   B disagree, the rest agree
 * 10 Sep       C parent         C EHC   B not read yet, the rest agree
 * 10 Sep       C parent         C SEN   about me, outcomes, support agree; needs disagree; review not read yet
 * 10 Sep       X parent         X EHC   B disagree, the rest agree   case X is not asked about
 * 20 Sep       A parent         A EHC   all agree
 * </pre>
 */
class AgreementFiguresTest extends IntegrationTest {

    @Autowired
    AgreementFigures figures;

    @Autowired
    PlanSetup setup;

    @Autowired
    PlanWork work;

    @Autowired
    SendingForComment sending;

    @Autowired
    MessageSource messages;

    private static final List<SectionCode> EHC = SectionCode.of(PlanKind.EHC);

    private static Instant at(int month, int day) {
        return ZonedDateTime.of(2026, month, day, 10, 0, 0, 0, ClockConfiguration.ZONE).toInstant();
    }

    private record Fixture(CaseId a, CaseId b, CaseId c, CaseId x) {}

    private Fixture record() {
        World wa = fixtures.world();
        World wb = fixtures.world();
        World wc = fixtures.world();
        World wx = fixtures.world();

        clock.set(at(7, 1));
        UUID aEhc = sentEhcPlan(wa, true);
        mark(wa, wa.parent(), aEhc, Map.of());

        clock.set(at(9, 10));
        UUID bEhc = sentEhcPlan(wb, false);
        UUID cEhc = sentEhcPlan(wc, false);
        UUID xEhc = sentEhcPlan(wx, false);
        UUID cSen = setup.start(wc.senco().id(), wc.ownCase(), PlanKind.SEN_SUPPORT);
        setup.propose(wc.senco().id(), wc.ownCase(), cSen, 1, LocalDate.of(2026, 9, 10));

        mark(wa, wa.parent(), aEhc, Map.of(SectionCode.B, AgreementMark.DISAGREE));
        mark(wa, wa.child(), aEhc, Map.of(SectionCode.F, AgreementMark.NOT_READ));
        mark(wa, wa.psychologist(), aEhc, Map.of(SectionCode.B, AgreementMark.DISAGREE));
        mark(wb, wb.parent(), bEhc, Map.of(SectionCode.B, AgreementMark.DISAGREE));
        mark(wc, wc.parent(), cEhc, Map.of(SectionCode.B, AgreementMark.NOT_READ));
        Map<SectionCode, AgreementMark> sen = new EnumMap<>(SectionCode.class);
        sen.put(SectionCode.ABOUT_ME, AgreementMark.AGREE);
        sen.put(SectionCode.NEEDS, AgreementMark.DISAGREE);
        sen.put(SectionCode.OUTCOMES, AgreementMark.AGREE);
        sen.put(SectionCode.SUPPORT, AgreementMark.AGREE);
        sen.put(SectionCode.REVIEW, AgreementMark.NOT_READ);
        markExactly(wc, wc.parent(), cSen, sen);
        mark(wx, wx.parent(), xEhc, Map.of(SectionCode.B, AgreementMark.DISAGREE));

        clock.set(at(9, 20));
        mark(wa, wa.parent(), aEhc, Map.of());

        clock.reset();
        return new Fixture(wa.ownCase(), wb.ownCase(), wc.ownCase(), wx.ownCase());
    }

    /** An EHC plan with every section written, sent for comment today. */
    private UUID sentEhcPlan(World w, boolean askProfessionals) {
        planFixtures.decidedToIssue(w.ownCase(), w.coordinator());
        UUID plan = setup.start(w.coordinator().id(), w.ownCase(), PlanKind.EHC);
        planFixtures.writeEverySection(w.ownCase(), w.coordinator(), plan, 1);
        var sent = sending.send(planFixtures.open(w.coordinator(), w.ownCase(), plan, 1, PlanAction.WRITE), sending.minimumDays(),
                askProfessionals, LocalDate.now(clock));
        assertThat(sent).isInstanceOf(SendingForComment.Result.Sent.class);
        return plan;
    }

    /** Positions on every section of an EHC plan: those given, and "agree" on the rest. */
    private void mark(World w, Person who, UUID plan, Map<SectionCode, AgreementMark> except) {
        Map<SectionCode, AgreementMark> positions = new EnumMap<>(SectionCode.class);
        EHC.forEach(s -> positions.put(s, except.getOrDefault(s, AgreementMark.AGREE)));
        markExactly(w, who, plan, positions);
    }

    private void markExactly(World w, Person who, UUID plan, Map<SectionCode, AgreementMark> positions) {
        Map<SectionCode, String> reasons = new EnumMap<>(SectionCode.class);
        positions.forEach((s, m) -> reasons.put(s, m == AgreementMark.DISAGREE ? "It leaves things out." : ""));
        work.markAgreement(planFixtures.open(who, w.ownCase(), plan, 1, PlanAction.MARK_AGREEMENT), positions, reasons);
    }

    private static Figure figure(String key, String term, long numerator, long denominator, int cases, int numeratorCases) {
        return new Figure("agreement", key, term, Measure.SHARE, numerator, denominator, cases, numeratorCases);
    }

    @Test
    void everyAgreementFigureMatchesTheRecordWorkedOutByHand() {
        Fixture f = record();

        List<Figure> got = figures.figures(List.of(f.a(), f.b(), f.c()), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 23));

        List<Figure> expected = new ArrayList<>();
        // summer: A's parent agreed with every section
        for (SectionCode s : EHC) {
            expected.add(figure(AgreementFigures.sectionKey(s), "2026-summer", 1, 1, 1, 1));
        }
        expected.add(figure(AgreementFigures.DISAGREED, "2026-summer", 0, 1, 1, 0));
        // autumn, EHC plans: A's parent (last position: agree), A's child, B's parent and C's parent
        for (SectionCode s : EHC) {
            switch (s) {
                // A's parent agrees in the end, A's child agrees, B's parent disagrees; C's parent has not read it
                case B -> expected.add(figure(AgreementFigures.sectionKey(s), "2026-autumn", 2, 3, 2, 1));
                // A's child has not read it; the three parents agree
                case F -> expected.add(figure(AgreementFigures.sectionKey(s), "2026-autumn", 3, 3, 3, 3));
                default -> expected.add(figure(AgreementFigures.sectionKey(s), "2026-autumn", 4, 4, 3, 3));
            }
        }
        // autumn, C's SEN support plan: C's parent; "review" not read yet, so not there
        expected.add(figure(AgreementFigures.sectionKey(SectionCode.ABOUT_ME), "2026-autumn", 1, 1, 1, 1));
        expected.add(figure(AgreementFigures.sectionKey(SectionCode.NEEDS), "2026-autumn", 0, 1, 1, 0));
        expected.add(figure(AgreementFigures.sectionKey(SectionCode.OUTCOMES), "2026-autumn", 1, 1, 1, 1));
        expected.add(figure(AgreementFigures.sectionKey(SectionCode.SUPPORT), "2026-autumn", 1, 1, 1, 1));
        // five family members' positions on a plan (A parent, A child, B parent, C parent twice): B's parent on
        // the EHC plan and C's parent on the SEN support plan disagreed with a section
        expected.add(figure(AgreementFigures.DISAGREED, "2026-autumn", 2, 5, 3, 2));

        assertThat(got).containsExactlyElementsOf(expected);
        Figure sectionB = got.stream().filter(x -> x.term().equals("2026-autumn") && x.key().equals("agreement.section-B"))
                .findFirst().orElseThrow();
        assertThat(sectionB.value()).isEqualTo(2.0 / 3);
        assertThat(got.getLast().value()).isEqualTo(0.4);
        assertThat(got.get(EHC.size()).value()).as("summer: nobody disagreed").isZero();
        assertThat(got.getFirst().value()).isEqualTo(1.0);
    }

    @Test
    void aWholeAuthorityIsCountedInOneStatementAndCasesNotAskedAboutChangeNothing() throws Exception {
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

        assertThat(sent).hasSize(1);
        assertThat(many.get()).isEqualTo(few);
        List<Figure> x = figures.figures(List.of(f.x()), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 23));
        assertThat(x).as("case X on its own: its parent disagreed with B only").hasSize(EHC.size() + 1)
                .contains(figure("agreement.section-B", "2026-autumn", 0, 1, 1, 0), figure("agreement.section-K", "2026-autumn", 1, 1, 1, 1),
                        figure(AgreementFigures.DISAGREED, "2026-autumn", 1, 1, 1, 1));
        assertThat(figures.figures(List.of(f.a()), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1)))
                .as("only the terms asked about").allMatch(fig -> fig.term().equals("2026-autumn"));
    }

    @Test
    void everyAgreementFigureHasANameAndAOneLineDefinition() {
        List<String> keys = new ArrayList<>();
        for (SectionCode s : SectionCode.values()) {
            keys.add(AgreementFigures.sectionKey(s));
        }
        keys.add(AgreementFigures.DISAGREED);
        for (String key : keys) {
            assertThat(messages.getMessage("figure." + key + ".name", null, null, Locale.UK)).as(key).isNotBlank();
            assertThat(messages.getMessage("figure." + key + ".definition", null, null, Locale.UK)).as(key).isNotBlank();
        }
    }
}
