package org.coplan.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.coplan.plans.domain.GoldenThread.GapKind;
import org.coplan.plans.domain.GoldenThread.Need;
import org.coplan.plans.domain.GoldenThread.Outcome;
import org.coplan.plans.domain.GoldenThread.Provision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** From each need to its outcomes to the provision that serves them, each specific enough to deliver and check. */
class GoldenThreadTest {

    private final GoldenThread thread = GoldenThread.standard();
    private final UUID need = UUID.randomUUID();
    private final UUID outcome = UUID.randomUUID();
    private final UUID item = UUID.randomUUID();
    private static final ProvisionAmount TWICE_A_WEEK = new ProvisionAmount(2, ProvisionAmount.Per.WEEK, 30, 1, null, null);

    private Need aNeed() {
        return new Need(need, SectionCode.B, "Finds it hard to follow spoken instructions");
    }

    private Outcome anOutcome(String words, String byWhen, UUID... needs) {
        return new Outcome(outcome, SectionCode.E, words, byWhen, List.of(needs));
    }

    private Provision anItem(String frequency, ProvisionAmount amount, UUID... outcomes) {
        return new Provision(item, SectionCode.F, "Speech and language therapy", frequency, "30 minutes", null, amount, List.of(outcomes));
    }

    private GoldenThread.Result check(List<Need> needs, List<Outcome> outcomes, List<Provision> provision, boolean childsWords) {
        return thread.check(new GoldenThread.Plan(PlanKind.EHC, needs, outcomes, provision, childsWords));
    }

    private GoldenThread.Result whole() {
        return check(List.of(aNeed()), List.of(anOutcome("Follows a two-step instruction in class", "By the end of Year 4", need)),
                List.of(anItem("Twice a week", TWICE_A_WEEK, outcome)), true);
    }

    @Test
    void aWholeThreadHasNoGapsAndMeetsEveryCheck() {
        GoldenThread.Result r = whole();
        // one for having needs, one per need, three per outcome, one per item, one for the child's words
        assertThat(r.checks()).isEqualTo(7);
        assertThat(r.met()).isEqualTo(7);
        assertThat(r.whole()).isTrue();
    }

    @Test
    void anEmptyPlanHasNoNeedsAndNoChildsWords() {
        GoldenThread.Result r = check(List.of(), List.of(), List.of(), false);
        assertThat(r.gaps()).extracting(GoldenThread.Gap::kind).containsExactly(GapKind.NO_NEEDS, GapKind.NO_CHILDS_WORDS);
        assertThat(r.checks()).isEqualTo(2);
        assertThat(r.met()).isZero();
        assertThat(r.gaps().get(1).section()).isEqualTo(SectionCode.A);
    }

    @Test
    void aNeedWithNoOutcomeIsAGapToFixInSectionE() {
        GoldenThread.Result r = check(List.of(aNeed()), List.of(), List.of(), true);
        assertThat(r.gaps()).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(GapKind.NEED_WITHOUT_OUTCOME);
            assertThat(g.section()).isEqualTo(SectionCode.E);
            assertThat(g.lineage()).isEqualTo(need);
            assertThat(g.about()).isEqualTo("Finds it hard to follow spoken instructions");
        });
    }

    @Test
    void anOutcomeWithNoProvisionIsAGap() {
        GoldenThread.Result r = check(List.of(aNeed()), List.of(anOutcome("Follows a two-step instruction", "July 2027", need)),
                List.of(), true);
        assertThat(r.gaps()).extracting(GoldenThread.Gap::kind).containsExactly(GapKind.OUTCOME_WITHOUT_PROVISION);
        assertThat(r.met()).isEqualTo(r.checks() - 1);
    }

    @Test
    void anOutcomeWithNoByWhenOrOneThatNamesNoTimeIsAGap() {
        assertThat(check(List.of(aNeed()), List.of(anOutcome("Follows a two-step instruction", " ", need)),
                List.of(anItem("Twice a week", TWICE_A_WEEK, outcome)), true).gaps())
                .extracting(GoldenThread.Gap::kind).containsExactly(GapKind.OUTCOME_WITHOUT_BY_WHEN);
        assertThat(check(List.of(aNeed()), List.of(anOutcome("Follows a two-step instruction", "soon", need)),
                List.of(anItem("Twice a week", TWICE_A_WEEK, outcome)), true).gaps())
                .extracting(GoldenThread.Gap::kind, GoldenThread.Gap::detail).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(GapKind.BY_WHEN_NOT_A_TIME, "soon"));
    }

    @ParameterizedTest(name = "\"{0}\" names a time")
    @ValueSource(strings = {"July 2027", "By the end of Year 6", "by Christmas", "end of the spring term", "by half-term",
        "within 6 weeks", "by May", "31/07/2027", "before she moves to key stage 3"})
    void byWhenNamesATime(String byWhen) {
        assertThat(GoldenThread.namesATime(byWhen)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" names no time")
    @ValueSource(strings = {"soon", "in time", "when ready", "ongoing", "as soon as she may"})
    void byWhenNamesNoTime(String byWhen) {
        assertThat(GoldenThread.namesATime(byWhen)).isFalse();
    }

    @Test
    void anOutcomeAboutWhatNobodyCanSeeCannotBeObserved() {
        GoldenThread.Result r = check(List.of(aNeed()), List.of(anOutcome("Will understand the rules of the playground", "July 2027", need)),
                List.of(anItem("Twice a week", TWICE_A_WEEK, outcome)), true);
        assertThat(r.gaps()).extracting(GoldenThread.Gap::kind, GoldenThread.Gap::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GapKind.OUTCOME_NOT_OBSERVABLE, "understand"));
        assertThat(thread.observable("Will have regular chances to talk")).isFalse();
        assertThat(thread.observable("Tells an adult when she needs a break, in 4 out of 5 lessons")).isTrue();
    }

    @Test
    void provisionWithVagueWordsAndNoAmountCannotBeCounted() {
        GoldenThread.Result r = check(List.of(aNeed()), List.of(anOutcome("Follows a two-step instruction", "July 2027", need)),
                List.of(anItem("Regular sessions as required", null, outcome)), true);
        assertThat(r.gaps()).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(GapKind.PROVISION_CANNOT_BE_COUNTED);
            assertThat(g.section()).isEqualTo(SectionCode.F);
            assertThat(g.lineage()).isEqualTo(item);
            assertThat(g.detail()).isEqualTo("Regular");
        });
        assertThat(thread.cannotBeCounted("Regular sessions", "30 minutes", null)).isTrue();
        assertThat(thread.cannotBeCounted("Regular sessions", "30 minutes", TWICE_A_WEEK)).isFalse();
    }

    @Test
    void provisionInClearWordsWithoutAnAmountIsStillAGap() {
        GoldenThread.Result r = check(List.of(aNeed()), List.of(anOutcome("Follows a two-step instruction", "July 2027", need)),
                List.of(anItem("Twice a week", null, outcome)), true);
        assertThat(r.gaps()).extracting(GoldenThread.Gap::kind).containsExactly(GapKind.PROVISION_WITHOUT_AMOUNT);
    }

    @Test
    void anAmountDoesNotExcuseVagueWords() {
        GoldenThread.Result r = check(List.of(aNeed()), List.of(anOutcome("Follows a two-step instruction", "July 2027", need)),
                List.of(new Provision(item, SectionCode.G, "Access to a quiet room", "Daily", null, null, TWICE_A_WEEK, List.of(outcome))),
                true);
        assertThat(r.gaps()).extracting(GoldenThread.Gap::kind, GoldenThread.Gap::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GapKind.PROVISION_VAGUE_WORDS, "Access to"));
    }

    @Test
    void noChildsWordsIsAGapInTheSectionAboutTheChild() {
        GoldenThread.Result r = thread.check(new GoldenThread.Plan(PlanKind.SEN_SUPPORT,
                List.of(new Need(need, SectionCode.NEEDS, "Reading")),
                List.of(new Outcome(outcome, SectionCode.OUTCOMES, "Reads a page aloud", "By Easter", List.of(need))),
                List.of(new Provision(item, SectionCode.SUPPORT, "Reading group", "Daily", "20 minutes", "4", TWICE_A_WEEK, List.of(outcome))),
                false));
        assertThat(r.gaps()).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(GapKind.NO_CHILDS_WORDS);
            assertThat(g.section()).isEqualTo(SectionCode.ABOUT_ME);
        });
    }

    @Test
    void gapsAreListedBySectionForEachSectionPage() {
        GoldenThread.Result r = check(List.of(aNeed()), List.of(anOutcome("Follows instructions", "soon")), List.of(), false);
        assertThat(r.in(SectionCode.E)).extracting(GoldenThread.Gap::kind).containsExactlyInAnyOrder(
                GapKind.NEED_WITHOUT_OUTCOME, GapKind.BY_WHEN_NOT_A_TIME);
        // an outcome without provision is fixed where provision is written
        assertThat(r.in(SectionCode.F)).extracting(GoldenThread.Gap::kind).containsExactly(GapKind.OUTCOME_WITHOUT_PROVISION);
        assertThat(r.in(SectionCode.A)).hasSize(1);
        assertThat(r.in(SectionCode.B)).isEmpty();
    }
}
