package org.coplan.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseFigures;
import org.coplan.cases.CaseFigures.Figure;
import org.coplan.cases.CaseFigures.Measure;
import org.coplan.cases.CaseId;
import org.coplan.plans.PlannedProvision;
import org.coplan.plans.domain.PlanKind;
import org.coplan.provision.domain.NotDeliveredReason;
import org.coplan.provision.domain.Session;
import org.coplan.provision.domain.SessionStatus;
import org.coplan.provision.internal.FidelityTermFigures;
import org.coplan.provision.internal.ProvisionItems;
import org.coplan.provision.internal.SessionRecords;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fidelity figures on a fixed fixture with the answers worked out by hand from the built-in term
 * dates for England (autumn 2026: 2 September to 18 December, half-term 26 to 30 October; summer
 * 2026: 13 April to 22 July, half-term 25 to 29 May). The test's day is Monday 23 November 2026, so
 * the autumn term is counted up to Sunday 22 November. Cases A and B are in the set, C is not.
 */
class FidelityFiguresTest extends IntegrationTest {

    @Autowired
    ProvisionItems items;

    @Autowired
    SessionRecords sessions;

    @Autowired
    FidelityTermFigures figures;

    @Autowired
    List<CaseFigures> allFigures;

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static PlannedProvision.Item weekly(UUID lineage, String what) {
        return new PlannedProvision.Item(lineage, "F", what, "NHS speech and language therapist", "once a week", "30 minutes",
                new PlannedProvision.Amount(1, PlannedProvision.Per.WEEK, 30, 1, "HEALTH_PROFESSIONAL", null), null, null, List.of());
    }

    private void inForce(World w, LocalDate from, PlannedProvision.Item... provision) {
        items.replaceInForce(new PlannedProvision.InForce(w.ownCase().value(), PlanKind.EHC, UUID.randomUUID(), UUID.randomUUID(), 1, from,
                List.of(), List.of(provision)), from);
    }

    private UUID record(World w, UUID item, LocalDate day, SessionStatus status, NotDeliveredReason reason, UUID makesUp) {
        UUID id = UUID.randomUUID();
        boolean delivered = status == SessionStatus.DELIVERED;
        assertThat(sessions.insert(new Session(id, w.ownCase().value(), item, day, status, delivered ? 30 : null,
                delivered ? "Hal Health" : null, null, reason, null, makesUp, null, w.health().id().value(), "Hal Health",
                Instant.now(clock), null))).isTrue();
        return id;
    }

    private UUID delivered(World w, UUID item, LocalDate day) {
        return record(w, item, day, SessionStatus.DELIVERED, null, null);
    }

    private static Figure one(List<Figure> all, String key, String term) {
        List<Figure> found = all.stream().filter(f -> f.key().equals(key) && f.term().equals(term)).toList();
        assertThat(found).as(key + " in " + term).hasSize(1);
        return found.get(0);
    }

    private static void assertFigure(Figure f, long numerator, long denominator, int cases, int numeratorCases) {
        assertThat(f.group()).isEqualTo("fidelity");
        assertThat(f.measure()).isEqualTo(Measure.SHARE);
        assertThat(List.of(f.numerator(), f.denominator(), (long) f.cases(), (long) f.numeratorCases()))
                .as(f.key() + " " + f.term() + ": numerator, denominator, cases, numerator cases")
                .containsExactly(numerator, denominator, (long) cases, (long) numeratorCases);
        assertThat(f.value()).isEqualTo((double) numerator / denominator);
    }

    @Test
    void sessionsDeliveredAndWrittenDownAreCountedAgainstThoseExpectedEachTermOverTheCasesAskedFor() {
        World a = fixtures.world();
        World b = fixtures.world();
        World c = fixtures.world();

        // A, from 1 September: weekly therapy, a weekly group and an item that cannot be counted ("as required").
        // Each weekly item expects 11 sessions up to 22 November: the week of 31 August (school from 2 September),
        // the seven weeks to 19 October, none in half-term, and the weeks of 2, 9 and 16 November.
        UUID therapy = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        inForce(a, d(9, 1), weekly(therapy, "Speech and language therapy"), weekly(group, "Social skills group"),
                new PlannedProvision.Item(UUID.randomUUID(), "F", "Help with reading as required", "Class teacher", "as required", null,
                        null, null, null, List.of()));
        // therapy: 7 delivered, 2 missed of which 1 made up, 2 not written down; one more today (after last week: not counted)
        for (LocalDate day = d(9, 7); !day.isAfter(d(10, 19)); day = day.plusWeeks(1)) {
            delivered(a, therapy, day);
        }
        UUID missed = record(a, therapy, d(11, 2), SessionStatus.NOT_DELIVERED, NotDeliveredReason.PROVIDER_ABSENT, null);
        record(a, therapy, d(11, 4), SessionStatus.DELIVERED, null, missed);
        record(a, therapy, d(11, 9), SessionStatus.NOT_DELIVERED, NotDeliveredReason.CHILD_ABSENT, null);
        delivered(a, therapy, d(11, 23));
        // group: twice a week for seven weeks, 14 sessions, more than the 11 expected: it counts 11, and hides none of the therapy's
        for (LocalDate day = d(9, 7); !day.isAfter(d(10, 19)); day = day.plusWeeks(1)) {
            delivered(a, group, day);
            delivered(a, group, day.plusDays(2));
        }

        // B, weekly from 1 June: 8 sessions expected in the summer term (the weeks of 1 June to 20 July; none in August),
        // 11 in the autumn. Delivered: six in June and July and one on Monday 31 August (summer); one on 1 September (autumn).
        UUID b1 = UUID.randomUUID();
        inForce(b, d(6, 1), weekly(b1, "Speech and language therapy"));
        for (LocalDate day = d(6, 1); !day.isAfter(d(7, 6)); day = day.plusWeeks(1)) {
            delivered(b, b1, day);
        }
        delivered(b, b1, d(8, 31));
        delivered(b, b1, d(9, 1));

        // C is not in the set.
        UUID c1 = UUID.randomUUID();
        inForce(c, d(9, 1), weekly(c1, "Speech and language therapy"));
        delivered(c, c1, d(9, 7));

        List<CaseId> set = List.of(a.ownCase(), b.ownCase());
        List<Figure> all = figures.figures(set, d(4, 1), d(11, 23));

        // Summer: B only: 8 expected, 7 delivered, 7 written down.
        assertFigure(one(all, "fidelity.delivered", "2026-summer"), 7, 8, 1, 1);
        assertFigure(one(all, "fidelity.accounted", "2026-summer"), 7, 8, 1, 1);
        // Autumn: expected 11 + 11 + 11 = 33. Delivered: therapy 7 + 1 made up = 8, group 11 (of 14), B 1 = 20.
        // Written down: therapy 7 + 2 missed = 9, group 11, B 1 = 21.
        assertFigure(one(all, "fidelity.delivered", "2026-autumn"), 20, 33, 2, 2);
        assertFigure(one(all, "fidelity.accounted", "2026-autumn"), 21, 33, 2, 2);
        assertThat(all).hasSize(4);

        // A term with nothing expected is left out; C alone gives only its own.
        assertThat(figures.figures(set, d(1, 1), d(3, 31))).isEmpty();
        List<Figure> onlyC = figures.figures(List.of(c.ownCase()), d(4, 1), d(11, 23));
        assertFigure(one(onlyC, "fidelity.delivered", "2026-autumn"), 1, 11, 1, 1);
        assertThat(onlyC).hasSize(2);

        // No other module gives a figure under these keys.
        assertThat(allFigures.stream().flatMap(f -> f.figures(set, d(4, 1), d(11, 23)).stream())
                .filter(f -> f.key().startsWith("fidelity.")).toList()).containsExactlyInAnyOrderElementsOf(all);
    }
}
