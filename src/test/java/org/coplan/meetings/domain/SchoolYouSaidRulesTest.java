package org.coplan.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coplan.cases.CaseRole;
import org.coplan.meetings.domain.SchoolFigures.Figure;
import org.coplan.meetings.domain.SchoolFigures.Shown;
import org.coplan.meetings.domain.YouSaid.Progress;
import org.coplan.meetings.domain.YouSaid.Result;
import org.coplan.meetings.domain.YouSaid.Source;
import org.coplan.meetings.domain.YouSaid.WeDid;
import org.junit.jupiter.api.Test;

class SchoolYouSaidRulesTest {

    @Test
    void aSchoolYearRunsFromTheFirstOfSeptemberToTheThirtyFirstOfAugust() {
        assertThat(SchoolYear.containing(LocalDate.of(2027, 8, 31))).isEqualTo(new SchoolYear(2026));
        assertThat(SchoolYear.containing(LocalDate.of(2027, 9, 1))).isEqualTo(new SchoolYear(2027));
        assertThat(new SchoolYear(2026).lastDay()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(new SchoolYear(2026).endExclusive()).isEqualTo(LocalDate.of(2027, 9, 1));
    }

    @Test
    void countsFromOneToBelowTheSmallestShownAreHiddenButNoneIsShownAsNought() {
        SchoolFigures f = new SchoolFigures(Map.of("CONTRIBUTIONS_MADE", 5, "CONTRIBUTIONS_WAITING", 4, "ACTIONS_DONE", 1), 5);
        assertThat(f.shown(Figure.CONTRIBUTIONS_MADE)).isEqualTo(new Shown(5, false));
        assertThat(f.shown(Figure.CONTRIBUTIONS_WAITING)).isEqualTo(new Shown(0, true));
        assertThat(f.shown(Figure.ACTIONS_DONE)).isEqualTo(new Shown(0, true));
        assertThat(f.shown(Figure.DISAGREEMENTS_RAISED)).isEqualTo(new Shown(0, false));
        assertThat(new SchoolFigures(Map.of("ACTIONS_DONE", 1), 1).shown(Figure.ACTIONS_DONE)).isEqualTo(new Shown(1, false));
    }

    @Test
    void aTallyCountsEachPartOfAPlanOnItsOwn() {
        SchoolFigures f = new SchoolFigures.Tally()
                .add(SchoolFigures.made(org.coplan.plans.domain.SectionCode.F))
                .add(SchoolFigures.made(org.coplan.plans.domain.SectionCode.F))
                .add(SchoolFigures.made(org.coplan.plans.domain.SectionCode.B))
                .figures(5);
        assertThat(f.value(SchoolFigures.made(org.coplan.plans.domain.SectionCode.F))).isEqualTo(2);
        assertThat(f.sections()).containsExactly(org.coplan.plans.domain.SectionCode.B, org.coplan.plans.domain.SectionCode.F);
    }

    @Test
    void namesAreFoundAsWholeCapitalisedWordsAndEachPartOfANameCounts() {
        List<String> names = List.of("Kit", "Child-Smith", "Pat Parent", "A");
        assertThat(Anonymity.namesIn("Kit's mum said it was loud.", names)).containsExactly("Kit");
        assertThat(Anonymity.namesIn("The kitchen was loud. Kitty agreed.", names)).isEmpty();
        assertThat(Anonymity.namesIn("Parents asked for a quiet room.", names)).isEmpty();
        assertThat(Anonymity.namesIn("Mrs Smith asked; Pat said yes.", names)).containsExactly("Smith", "Pat");
        assertThat(Anonymity.namesIn("A parent said so.", names)).isEmpty();
        assertThat(Anonymity.namesIn("", names)).isEmpty();
    }

    private static YouSaid said(Source source, WeDid... results) {
        return new YouSaid(source, LocalDate.of(2026, 11, 2), "Pat", CaseRole.PARENT_CARER, "About", "Words", "/x", List.of(results));
    }

    private static WeDid did(Result r, int day) {
        return new WeDid(r, LocalDate.of(2026, 11, day), null, null, "/y");
    }

    @Test
    void aContributionIsAnsweredOnceTheWriterAnswersIt() {
        assertThat(said(Source.PLAN_CONTRIBUTION).progress()).isEqualTo(Progress.WAITING);
        assertThat(said(Source.PLAN_CONTRIBUTION, did(Result.NOT_INCLUDED, 3)).progress()).isEqualTo(Progress.ANSWERED);
        assertThat(said(Source.PLAN_SECTION_DISAGREEMENT).progress()).isEqualTo(Progress.WAITING);
        assertThat(said(Source.PLAN_SECTION_DISAGREEMENT, did(Result.PLAN_ISSUED, 9)).progress()).isEqualTo(Progress.ANSWERED);
    }

    @Test
    void aMeetingViewIsInProgressWhileAnActionFromTheMeetingIsOpen() {
        assertThat(said(Source.MEETING_VIEW).progress()).isEqualTo(Progress.WAITING);
        assertThat(said(Source.MEETING_VIEW, did(Result.DECISION, 3), did(Result.ACTION_OPEN, 20)).progress()).isEqualTo(Progress.IN_PROGRESS);
        assertThat(said(Source.FAMILY_ACCOUNT, did(Result.DECISION, 3), did(Result.ACTION_DONE, 20)).progress()).isEqualTo(Progress.ANSWERED);
    }

    @Test
    void aDisagreementIsAnsweredOnlyWhenClosed() {
        assertThat(said(Source.DISAGREEMENT).progress()).isEqualTo(Progress.IN_PROGRESS);
        assertThat(said(Source.DISAGREEMENT, did(Result.STAGE_CHANGED, 4)).progress()).isEqualTo(Progress.IN_PROGRESS);
        assertThat(said(Source.DISAGREEMENT, did(Result.STAGE_CHANGED, 4), did(Result.CLOSED, 12)).progress()).isEqualTo(Progress.ANSWERED);
    }

    @Test
    void resultsAreInDateOrderAndTheLatestIsWhenItLastMoved() {
        YouSaid y = said(Source.MEETING_VIEW, did(Result.ACTION_DONE, 20), did(Result.DECISION, 3));
        assertThat(y.results()).extracting(WeDid::result).containsExactly(Result.DECISION, Result.ACTION_DONE);
        assertThat(y.lastMoved()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(said(Source.MEETING_VIEW).lastMoved()).isEqualTo(LocalDate.of(2026, 11, 2));
    }
}
