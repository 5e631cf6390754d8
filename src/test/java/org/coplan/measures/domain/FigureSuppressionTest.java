package org.coplan.measures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coplan.cases.AgeBand;
import org.coplan.cases.CaseFacets;
import org.coplan.cases.CaseFigures.Figure;
import org.coplan.cases.CaseFigures.Measure;
import org.coplan.cases.CaseFilter;
import org.coplan.cases.CaseId;
import org.coplan.cases.NeedType;
import org.coplan.cases.Stage;
import org.coplan.people.SchoolPhase;
import org.junit.jupiter.api.Test;

/**
 * The rules the dashboards hide figures and refuse filters by, against each way a reader could trace
 * figures back to fewer than five families: a small cell, a complement from the total, two filters
 * differenced.
 */
class FigureSuppressionTest {

    static final FigureSuppression RULE = new FigureSuppression(5);

    static Figure share(String key, long agreeing, long answers, int cases, int agreeingCases) {
        return new Figure("confidence", key, "2026-autumn", Measure.SHARE, agreeing, answers, cases, agreeingCases);
    }

    static Figure count(String key, long n, int cases) {
        return new Figure("disagreements", key, "2026-autumn", Measure.COUNT, n, 0, cases, cases);
    }

    // --- a small cell

    @Test
    void aShareFromFewerThanFiveFamiliesIsHidden() {
        assertThat(RULE.hidesAlone(share("a", 3, 4, 4, 3))).isTrue();
        assertThat(RULE.hidesAlone(share("a", 30, 40, 40, 30))).isFalse();
    }

    @Test
    void aShareWhoseNumeratorComesFromFewerThanFiveFamiliesIsHidden() {
        // 3 of 40 families agree: the 3 are a small group even though 40 answered
        assertThat(RULE.hidesAlone(share("a", 3, 40, 40, 3))).isTrue();
    }

    @Test
    void anAverageFromTooFewCasesIsHiddenButOneFromNoCaseIsNot() {
        Figure average = new Figure("contributions", "c", "2026-autumn", Measure.AVERAGE, 12, 4, 4, 4);
        assertThat(RULE.hidesAlone(average)).isTrue();
        Figure nothing = new Figure("contributions", "c", "2026-autumn", Measure.AVERAGE, 0, 0, 0, 0);
        assertThat(RULE.hidesAlone(nothing)).as("0 is nobody, so it is shown as none, not hidden").isFalse();
    }

    // --- a complement from the total

    @Test
    void aShareIsHiddenWhenTheFamiliesLeftOutOfItAreFewerThanFive() {
        // 37 of 40 agree: the other 3 families are as small a group as "3 of 40"
        assertThat(RULE.hidesAlone(share("a", 37, 40, 40, 37))).isTrue();
        assertThat(RULE.hidesAlone(share("a", 40, 40, 40, 40))).as("everyone: nobody left out").isFalse();
    }

    @Test
    void aHiddenCountIsNotLeftToBeWorkedOutFromTheTotalOfItsTable() {
        List<Figure> byStage = List.of(count("talking", 20, 20), count("mediation", 8, 8), count("tribunal", 2, 2));
        Set<String> hidden = RULE.hiddenCounts(byStage);
        assertThat(hidden).contains("tribunal").hasSize(2).contains("mediation");
        assertThat(RULE.hidden(byStage)).isEqualTo(hidden);
    }

    @Test
    void aCountOfEnoughThingsFromTooFewFamiliesIsHiddenWithASecondBesideIt() {
        // one family with six disagreements at mediation
        List<Figure> byStage = List.of(count("talking", 20, 20), count("mediation", 6, 1), count("tribunal", 9, 9));
        assertThat(RULE.hiddenCounts(byStage)).containsExactlyInAnyOrder("mediation", "tribunal");
    }

    @Test
    void aTableOfLargeCountsAndZerosHidesNothing() {
        assertThat(RULE.hiddenCounts(List.of(count("talking", 20, 20), count("mediation", 0, 0), count("tribunal", 7, 7)))).isEmpty();
    }

    // --- two filters differenced

    static List<CaseFacets> cases(Object[]... groups) {
        List<CaseFacets> all = new ArrayList<>();
        for (Object[] g : groups) {
            for (int i = 0; i < (int) g[0]; i++) {
                all.add(new CaseFacets(new CaseId(java.util.UUID.randomUUID()), null, (SchoolPhase) g[1], (NeedType) g[2],
                        AgeBand.AGE_5_TO_10, (Stage) g[3]));
            }
        }
        return all;
    }

    static final List<CaseFacets> AREA = cases(
            new Object[] {6, SchoolPhase.SECONDARY, NeedType.ASD, Stage.EHC_PLAN},
            new Object[] {6, SchoolPhase.SECONDARY, NeedType.SLCN, Stage.EHC_PLAN},
            new Object[] {3, SchoolPhase.SECONDARY, NeedType.ASD, Stage.SEN_SUPPORT},
            new Object[] {7, SchoolPhase.PRIMARY, NeedType.SLCN, Stage.SEN_SUPPORT});

    @Test
    void aFilterPickingOutFewerThanFiveChildrenIsRefused() {
        assertThat(FilterCheck.check(AREA, new CaseFilter(null, NeedType.ASD, null, Stage.SEN_SUPPORT), RULE))
                .isEqualTo(FilterCheck.Outcome.TOO_FEW);
    }

    @Test
    void aFilterLeavingFewerThanFiveOutOfTheWholeIsRefused() {
        // 22 children, 19 of them at secondary or primary with SLCN or ASD... "not primary" leaves 15, "secondary" 15: fine;
        // but a need that all but 3 share would let the 3 be read by subtracting from the whole
        List<CaseFacets> area = cases(new Object[] {20, SchoolPhase.PRIMARY, NeedType.ASD, Stage.EHC_PLAN},
                new Object[] {3, SchoolPhase.PRIMARY, NeedType.SLCN, Stage.EHC_PLAN});
        assertThat(FilterCheck.check(area, new CaseFilter(null, NeedType.ASD, null, null), RULE))
                .isEqualTo(FilterCheck.Outcome.TOO_FEW_BETWEEN);
    }

    @Test
    void twoFiltersWhoseDifferenceFromOneFilterIsFewerThanFiveAreRefused() {
        // "ASD at EHC plan" picks 6, "ASD" picks 9: the 3 at SEN support would follow by subtraction
        assertThat(FilterCheck.check(AREA, new CaseFilter(null, NeedType.ASD, null, Stage.EHC_PLAN), RULE))
                .isEqualTo(FilterCheck.Outcome.TOO_FEW_BETWEEN);
    }

    @Test
    void filtersWithEnoughChildrenOnEverySideAreShown() {
        assertThat(FilterCheck.check(AREA, new CaseFilter(null, null, null, Stage.EHC_PLAN), RULE)).isEqualTo(FilterCheck.Outcome.SHOWN);
        assertThat(FilterCheck.check(AREA, new CaseFilter(null, NeedType.SLCN, null, null), RULE)).isEqualTo(FilterCheck.Outcome.SHOWN);
        assertThat(FilterCheck.check(AREA, CaseFilter.none(), RULE)).isEqualTo(FilterCheck.Outcome.SHOWN);
        assertThat(FilterCheck.check(AREA, new CaseFilter(SchoolPhase.EARLY_YEARS, null, null, null), RULE))
                .as("no child at all: nothing to point at").isEqualTo(FilterCheck.Outcome.SHOWN);
    }

    // --- the spread of answers beside the share

    @Test
    void theSpreadOfAnswersHidesASmallPointAndWhatWouldGiveItAway() {
        ConfidenceSpread spread = new ConfidenceSpread("2026-autumn", ConfidenceStatement.INFORMED,
                Map.of(ConfidenceScale.AGREE, 30, ConfidenceScale.NEITHER, 8, ConfidenceScale.DISAGREE, 2), 40);
        Set<String> hidden = spread.hidden(RULE);
        assertThat(hidden).contains("DISAGREE");
        assertThat(hidden.size()).as("a second count goes with it").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSpreadFromFewerThanFiveCasesIsHiddenWhole() {
        ConfidenceSpread spread = new ConfidenceSpread("2026-autumn", ConfidenceStatement.INFORMED, Map.of(ConfidenceScale.AGREE, 9), 3);
        assertThat(spread.hidden(RULE)).contains("AGREE", ConfidenceSpread.ALL, ConfidenceSpread.AGREEING, ConfidenceSpread.KNOWN);
    }

    @Test
    void aSpreadOfLargeCountsHidesNothing() {
        ConfidenceSpread spread = new ConfidenceSpread("2026-autumn", ConfidenceStatement.INFORMED,
                Map.of(ConfidenceScale.STRONGLY_AGREE, 10, ConfidenceScale.AGREE, 12, ConfidenceScale.DISAGREE, 6), 25);
        assertThat(spread.hidden(RULE)).isEmpty();
    }

    @Test
    void termsFollowEachOtherAcrossTheYear() {
        assertThat(Term.of(java.time.LocalDate.of(2026, 11, 23)).lastOf(6).stream().map(Term::key))
                .containsExactly("2025-spring", "2025-summer", "2025-autumn", "2026-spring", "2026-summer", "2026-autumn");
        assertThat(Term.parse("2027-spring").firstDay()).isEqualTo(java.time.LocalDate.of(2027, 1, 1));
    }
}
