package org.coplan.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseFigures.Figure;
import org.coplan.cases.CaseFigures.Measure;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.Person;
import org.coplan.plans.domain.SectionCode;
import org.coplan.process.internal.ProcessWork;
import org.coplan.resolution.domain.Disagreement;
import org.coplan.resolution.domain.DisagreementStage;
import org.coplan.resolution.domain.Outcome;
import org.coplan.resolution.domain.Subject;
import org.coplan.resolution.internal.DisagreementFigures;
import org.coplan.resolution.internal.DisagreementWork;
import org.coplan.shared.ClockConfiguration;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The disagreement figures on a fixed record with answers worked out by hand. Cases A, B and C are
 * asked about; case X is not. Every disagreement is raised and moved through the same service the
 * pages use, on the day the clock is set to.
 *
 * <pre>
 * d1 A  raised 10 Jun (sum) by the parent; SENDIASS 1 Jul; closed "agreed" 15 Sep (aut)
 * d2 A  raised 3 Sep about section F of the issued plan; mediation 20 Sep; Tribunal 15 Oct; closed "Tribunal decided" 20 Nov
 * d3 B  raised 10 Sep; SENDIASS 12 Sep; talking again 14 Sep; withdrawn by the parent 1 Oct
 * d4 B  raised 5 Oct by the coordinator; SENDIASS 6 Oct; talking again 7 Oct; SENDIASS again 8 Oct; still open
 * d5 C  raised 2 Nov; disagreement resolution 10 Nov; still open
 * d6 X  raised 10 Sep; closed "agreed" 15 Sep               case X is not asked about
 * </pre>
 */
class DisagreementFiguresTest extends IntegrationTest {

    @Autowired
    DisagreementFigures figures;

    @Autowired
    DisagreementWork work;

    @Autowired
    ProcessWork process;

    @Autowired
    CaseAccess access;

    @Autowired
    MessageSource messages;

    private static Instant at(int month, int day) {
        return ZonedDateTime.of(2026, month, day, 11, 0, 0, 0, ClockConfiguration.ZONE).toInstant();
    }

    private record Fixture(CaseId a, CaseId b, CaseId c, CaseId x) {}

    private Fixture record() {
        World wa = fixtures.world();
        World wb = fixtures.world();
        World wc = fixtures.world();
        World wx = fixtures.world();

        clock.set(at(6, 10));
        Disagreement d1 = raise(wa, wa.parent(), Subject.other("School transport"));
        clock.set(at(7, 1));
        move(wa, wa.coordinator(), d1, DisagreementStage.SENDIASS, null);

        clock.set(at(9, 3));
        DisagreementFixtures.finalPlanIssued(process, access, wa.coordinator(), wa.ownCase(), LocalDate.of(2026, 8, 3));
        Subject.Decision issued = work.latestPlanIssued(ctx(wa, wa.parent())).orElseThrow();
        Disagreement d2 = raise(wa, wa.parent(), Subject.section(SectionCode.F, issued));

        clock.set(at(9, 10));
        Disagreement d3 = raise(wb, wb.parent(), Subject.other("Homework"));
        Disagreement d6 = raise(wx, wx.parent(), Subject.other("Lunchtimes"));
        clock.set(at(9, 12));
        move(wb, wb.coordinator(), d3, DisagreementStage.SENDIASS, null);
        clock.set(at(9, 14));
        move(wb, wb.coordinator(), d3, DisagreementStage.TALKING, null);
        clock.set(at(9, 15));
        move(wa, wa.coordinator(), d1, DisagreementStage.CLOSED, Outcome.AGREED);
        move(wx, wx.coordinator(), d6, DisagreementStage.CLOSED, Outcome.AGREED);
        clock.set(at(9, 20));
        move(wa, wa.coordinator(), d2, DisagreementStage.MEDIATION, null);
        clock.set(at(10, 1));
        move(wb, wb.parent(), d3, DisagreementStage.CLOSED, Outcome.WITHDRAWN);
        clock.set(at(10, 5));
        Disagreement d4 = raise(wb, wb.coordinator(), Subject.other("Reading support"));
        clock.set(at(10, 6));
        move(wb, wb.coordinator(), d4, DisagreementStage.SENDIASS, null);
        clock.set(at(10, 7));
        move(wb, wb.coordinator(), d4, DisagreementStage.TALKING, null);
        clock.set(at(10, 8));
        move(wb, wb.coordinator(), d4, DisagreementStage.SENDIASS, null);
        clock.set(at(10, 15));
        move(wa, wa.coordinator(), d2, DisagreementStage.TRIBUNAL, null);
        clock.set(at(11, 2));
        Disagreement d5 = raise(wc, wc.parent(), Subject.other("Therapy times"));
        clock.set(at(11, 10));
        move(wc, wc.coordinator(), d5, DisagreementStage.DISAGREEMENT_RESOLUTION, null);
        clock.set(at(11, 20));
        move(wa, wa.coordinator(), d2, DisagreementStage.CLOSED, Outcome.TRIBUNAL_DECIDED);

        clock.reset();
        return new Fixture(wa.ownCase(), wb.ownCase(), wc.ownCase(), wx.ownCase());
    }

    private CaseContext ctx(World w, Person who) {
        return access.open(who.id(), w.ownCase(), CaseAction.VIEW_CASE);
    }

    private Disagreement raise(World w, Person who, Subject subject) {
        return work.raise(ctx(w, who), subject, "What we disagree with.", null);
    }

    private void move(World w, Person who, Disagreement d, DisagreementStage to, Outcome outcome) {
        CaseContext ctx = ctx(w, who);
        Disagreement now = work.find(ctx, d.id());
        assertThat(work.move(ctx, now, now.version(), to, outcome, "Moved on.")).as(to + " " + outcome).isEqualTo(DisagreementWork.Move.DONE);
    }

    private static Figure count(String key, String term, long count, int cases) {
        return new Figure("disagreements", key, term, Measure.COUNT, count, 0, cases, cases);
    }

    private static String stage(DisagreementStage s) {
        return DisagreementFigures.stageKey(s);
    }

    private static String outcome(Outcome o) {
        return DisagreementFigures.outcomeKey(o);
    }

    @Test
    void everyDisagreementFigureMatchesTheRecordWorkedOutByHand() {
        Fixture f = record();

        List<Figure> got = figures.figures(List.of(f.a(), f.b(), f.c()), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 23));

        assertThat(got).containsExactly(
                // summer: d1 raised and taken to SENDIASS; nothing closed
                count(stage(DisagreementStage.TALKING), "2026-summer", 1, 1),
                count(stage(DisagreementStage.SENDIASS), "2026-summer", 1, 1),
                count(stage(DisagreementStage.DISAGREEMENT_RESOLUTION), "2026-summer", 0, 0),
                count(stage(DisagreementStage.MEDIATION), "2026-summer", 0, 0),
                count(stage(DisagreementStage.TRIBUNAL), "2026-summer", 0, 0),
                count(outcome(Outcome.AGREED), "2026-summer", 0, 0),
                count(outcome(Outcome.WITHDRAWN), "2026-summer", 0, 0),
                count(outcome(Outcome.TRIBUNAL_DECIDED), "2026-summer", 0, 0),
                count(outcome(Outcome.OTHER), "2026-summer", 0, 0),
                // autumn: d2, d3, d4 and d5 talked (d3 and d4 twice, counted once) on A, B and C
                count(stage(DisagreementStage.TALKING), "2026-autumn", 4, 3),
                // d3 and d4 (d4 twice), both on B
                count(stage(DisagreementStage.SENDIASS), "2026-autumn", 2, 1),
                count(stage(DisagreementStage.DISAGREEMENT_RESOLUTION), "2026-autumn", 1, 1),
                count(stage(DisagreementStage.MEDIATION), "2026-autumn", 1, 1),
                count(stage(DisagreementStage.TRIBUNAL), "2026-autumn", 1, 1),
                // d1, raised in summer, closed in autumn; X's is not counted
                count(outcome(Outcome.AGREED), "2026-autumn", 1, 1),
                count(outcome(Outcome.WITHDRAWN), "2026-autumn", 1, 1),
                count(outcome(Outcome.TRIBUNAL_DECIDED), "2026-autumn", 1, 1),
                count(outcome(Outcome.OTHER), "2026-autumn", 0, 0));
        assertThat(got.get(9).value()).isEqualTo(4.0);
        assertThat(got.get(10).value()).isEqualTo(2.0);
        assertThat(got.get(17).value()).isZero();
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
        assertThat(figures.figures(List.of(f.x()), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 23)))
                .as("case X on its own")
                .contains(count(stage(DisagreementStage.TALKING), "2026-autumn", 1, 1), count(outcome(Outcome.AGREED), "2026-autumn", 1, 1))
                .allMatch(fig -> fig.term().equals("2026-autumn"));
        assertThat(figures.figures(List.of(), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 23))).isEmpty();
    }

    @Test
    void everyDisagreementFigureHasANameAndAOneLineDefinition() {
        List<String> keys = new ArrayList<>();
        for (DisagreementStage s : DisagreementStage.values()) {
            if (s.open()) {
                keys.add(DisagreementFigures.stageKey(s));
            }
        }
        for (Outcome o : Outcome.values()) {
            keys.add(DisagreementFigures.outcomeKey(o));
        }
        for (String key : keys) {
            assertThat(messages.getMessage("figure." + key + ".name", null, null, Locale.UK)).as(key).isNotBlank();
            assertThat(messages.getMessage("figure." + key + ".definition", null, null, Locale.UK)).as(key).isNotBlank();
        }
    }
}
