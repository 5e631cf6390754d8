package org.coplan.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.cases.CaseFigures.Figure;
import org.coplan.cases.CaseFigures.Measure;
import org.coplan.cases.domain.CaseAction;
import org.coplan.cases.internal.CaseWork;
import org.coplan.cases.internal.InvolvementChoiceFigures;
import org.coplan.people.Person;
import org.coplan.plans.PlanInvolvement;
import org.coplan.plans.PlanSetup;
import org.coplan.plans.domain.ContributionKind;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.ResponseOutcome;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.internal.PlanInvolvementFigures;
import org.coplan.plans.internal.PlanWork;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The level of involvement each family member chose, and on plan versions the level reached against
 * it, on a fixed fixture built through the cases and plans services with the answers worked out by
 * hand (meetings: MeetingFiguresTest). Cases A and B are in the set, C is not; the terms asked for
 * are 2026 summer and 2026 autumn, and the test's day is Monday 23 November 2026.
 */
class InvolvementFiguresTest extends IntegrationTest {

    @Autowired
    InvolvementChoiceFigures chosen;

    @Autowired
    PlanInvolvementFigures plans;

    @Autowired
    List<CaseFigures> allFigures;

    @Autowired
    PlanSetup setup;

    @Autowired
    PlanWork planWork;

    @Autowired
    PlanInvolvement involvement;

    @Autowired
    CaseAccess access;

    @Autowired
    CaseWork caseWork;

    private void at(int month, int day, int hour) {
        clock.set(LocalDateTime.of(2026, month, day, hour, 0).atZone(clock.getZone()).toInstant());
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private void choose(CaseMember member, Involvement level) {
        fixtures.cases().participation(new ParticipationChoices(member.id(), level, Set.of(ContactChannel.EMAIL), "English", false, null,
                Set.of(), null, 0, null));
    }

    private CaseMember join(World w, String name, Involvement level) {
        CaseMember m = fixtures.cases().addMember(w.ownCase(), fixtures.person(name).id(), CaseRole.PARENT_CARER);
        choose(m, level);
        return m;
    }

    /** Waits for the version's "you have been told" record (written after the issue, by a listener) to reach the person. */
    private void awaitTold(World w, int version, CaseMember member) {
        await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(20)).until(() -> involvement.forCase(w.ownCase()).stream()
                .anyMatch(r -> r.kind() == PlanKind.SEN_SUPPORT && r.versionNumber() == version && r.memberId().equals(member.id())
                        && r.reached() != PlanInvolvement.Reached.NONE));
    }

    private void contribute(World w, UUID plan, int version, Person author, SectionCode section) {
        setup.contribution(author.id(), w.ownCase(), plan, version, section, ContributionKind.PARENT_CARER_VIEW, "What we think.",
                w.senco().id(), ResponseOutcome.INCLUDED, null);
    }

    private static Figure one(List<Figure> all, String key, String term) {
        List<Figure> found = all.stream().filter(f -> f.key().equals(key) && f.term().equals(term)).toList();
        assertThat(found).as(key + " in " + term).hasSize(1);
        return found.get(0);
    }

    private static void assertFigure(Figure f, Measure measure, long numerator, long denominator, int cases, int numeratorCases) {
        assertThat(f.group()).isEqualTo("involvement");
        assertThat(f.measure()).isEqualTo(measure);
        assertThat(List.of(f.numerator(), f.denominator(), (long) f.cases(), (long) f.numeratorCases()))
                .as(f.key() + " " + f.term() + ": numerator, denominator, cases, numerator cases")
                .containsExactly(numerator, denominator, (long) cases, (long) numeratorCases);
        assertThat(f.value()).isEqualTo(measure == Measure.COUNT ? numerator : (double) numerator / denominator);
    }

    @Test
    void theLevelEachFamilyMemberChoseIsCountedAndSetAgainstTheLevelReachedOnEachPlanVersionIssuedInTheTerm() {
        at(8, 1, 9);
        World a = fixtures.world();
        World b = fixtures.world();
        World c = fixtures.world();
        choose(a.parentMember(), Involvement.ASKED_FOR_VIEWS);
        choose(a.childMember(), Involvement.KEPT_INFORMED);
        CaseMember carer = join(a, "Removed Carer", Involvement.KEPT_INFORMED);
        choose(b.parentMember(), Involvement.CO_PRODUCING);
        // B's child makes no choice: never counted
        choose(c.parentMember(), Involvement.INVOLVED_IN_DECISIONS);

        // A's SEN support plan, version 1 issued on Monday 31 August (summer): the parent contributed (reached "asked for
        // views", as chosen); the child and the carer were told (reached "kept informed", as chosen).
        at(8, 20, 9);
        UUID planA = setup.start(a.senco().id(), a.ownCase(), PlanKind.SEN_SUPPORT);
        contribute(a, planA, 1, a.parent(), SectionCode.NEEDS);
        at(8, 31, 12);
        setup.issue(a.senco().id(), a.ownCase(), planA, 1, d(8, 31));
        awaitTold(a, 1, a.childMember());
        awaitTold(a, 1, carer);

        // The carer leaves on 1 September at 10:00; version 2 is issued at noon: the parent was only told (below their
        // choice), the child was told (as chosen). The carer was not on the team.
        at(9, 1, 10);
        assertThat(caseWork.removeMember(access.open(a.coordinator().id(), a.ownCase(), CaseAction.MANAGE_TEAM), carer.id())).isTrue();
        at(9, 1, 11);
        planWork.startAmendment(planFixtures.open(a.senco(), a.ownCase(), planA, 1, PlanAction.VIEW)).orElseThrow();
        at(9, 1, 12);
        setup.issue(a.senco().id(), a.ownCase(), planA, 2, d(9, 1));
        awaitTold(a, 2, a.childMember());
        awaitTold(a, 2, a.parentMember());

        // B's plan, version 1 issued on 2 November: the parent, who chose to co-produce, wrote in "All about me" (co-author).
        // Version 2 is started but not issued: not counted.
        at(11, 1, 9);
        UUID planB = setup.start(b.senco().id(), b.ownCase(), PlanKind.SEN_SUPPORT);
        contribute(b, planB, 1, b.parent(), SectionCode.ABOUT_ME);
        at(11, 2, 12);
        setup.issue(b.senco().id(), b.ownCase(), planB, 1, d(11, 2));
        at(11, 3, 9);
        planWork.startAmendment(planFixtures.open(b.senco(), b.ownCase(), planB, 1, PlanAction.VIEW)).orElseThrow();

        // C, not in the set: a version issued in October.
        at(10, 1, 9);
        UUID planC = setup.start(c.senco().id(), c.ownCase(), PlanKind.SEN_SUPPORT);
        setup.issue(c.senco().id(), c.ownCase(), planC, 1, d(10, 1));
        awaitTold(c, 1, c.parentMember());

        // Two more parents join on 20 November, after every version: counted among the choices now, not on the versions.
        at(11, 20, 9);
        join(a, "Late Parent", Involvement.INVOLVED_IN_DECISIONS);
        join(b, "Later Parent", Involvement.INVOLVED_IN_DECISIONS);

        clock.reset();
        List<CaseId> set = List.of(a.ownCase(), b.ownCase());

        List<Figure> reached = plans.figures(set, d(4, 1), d(11, 23));
        // Summer: A's version 1 times the parent, the child and the carer: all three reached what they chose.
        assertFigure(one(reached, "involvement.plans-reached", "2026-summer"), Measure.SHARE, 3, 3, 1, 1);
        // Autumn: A's version 2 (parent no, child yes) and B's version 1 (parent yes).
        assertFigure(one(reached, "involvement.plans-reached", "2026-autumn"), Measure.SHARE, 2, 3, 2, 2);
        assertThat(reached).hasSize(2);
        assertFigure(one(plans.figures(List.of(c.ownCase()), d(4, 1), d(11, 23)), "involvement.plans-reached", "2026-autumn"),
                Measure.SHARE, 0, 1, 1, 0);

        // The choices of those on the teams now (the carer left; B's child chose nothing), in today's term.
        List<Figure> choices = chosen.figures(set, d(4, 1), d(11, 23));
        assertFigure(one(choices, "involvement.chosen.KEPT_INFORMED", "2026-autumn"), Measure.COUNT, 1, 0, 1, 1);
        assertFigure(one(choices, "involvement.chosen.ASKED_FOR_VIEWS", "2026-autumn"), Measure.COUNT, 1, 0, 1, 1);
        assertFigure(one(choices, "involvement.chosen.INVOLVED_IN_DECISIONS", "2026-autumn"), Measure.COUNT, 2, 0, 2, 2);
        assertFigure(one(choices, "involvement.chosen.CO_PRODUCING", "2026-autumn"), Measure.COUNT, 1, 0, 1, 1);
        assertThat(choices).hasSize(4);
        // They are today's choices: not given for a past term alone.
        assertThat(chosen.figures(set, d(4, 1), d(8, 31))).isEmpty();

        // No other module gives a figure under these keys.
        assertThat(allFigures.stream().flatMap(f -> f.figures(set, d(4, 1), d(11, 23)).stream())
                .filter(f -> f.key().startsWith("involvement.plans-") || f.key().startsWith("involvement.chosen.")).toList())
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(reached.stream(), choices.stream()).toList());
    }
}
