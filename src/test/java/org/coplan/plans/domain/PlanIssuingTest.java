package org.coplan.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.coplan.plans.domain.PlanIssuing.Facts;
import org.coplan.plans.domain.PlanIssuing.Refusal;
import org.coplan.plans.domain.PlanIssuing.Settings;
import org.junit.jupiter.api.Test;

class PlanIssuingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Settings DEFAULT = new Settings(false);
    private static final Settings EARLY_ALLOWED = new Settings(true);

    private static Facts ehc(VersionStatus status, LocalDate windowEnds, int unanswered, boolean familyFinished, List<SectionCode> unwritten) {
        return new Facts(PlanKind.EHC, status, false, windowEnds, unanswered, familyFinished, unwritten);
    }

    private static Facts ready() {
        return ehc(VersionStatus.PROPOSED, TODAY.minusDays(1), 0, false, List.of());
    }

    @Test
    void anEhcPlanSentForCommentWhoseWindowHasRunWithEverythingAnsweredMayBeIssued() {
        assertThat(PlanIssuing.refusals(ready(), DEFAULT, TODAY)).isEmpty();
        assertThat(PlanIssuing.decide(ready(), DEFAULT, TODAY)).isInstanceOf(PlanIssuing.Decision.MayIssue.class);
    }

    @Test
    void anEmptyDraftNeverSentIsRefusedForEveryReasonAtOnce() {
        Facts emptyDraft = ehc(VersionStatus.DRAFT, null, 2, false, SectionCode.of(PlanKind.EHC));
        assertThat(PlanIssuing.refusals(emptyDraft, DEFAULT, TODAY)).containsExactly(
                new Refusal.SectionsNotWritten(SectionCode.of(PlanKind.EHC)),
                new Refusal.NotSentForComment(false),
                new Refusal.ContributionsUnanswered(2));
    }

    @Test
    void anAmendmentNeverSentNamesTheNoticeOfProposedChanges() {
        Facts amendment = new Facts(PlanKind.EHC, VersionStatus.DRAFT, true, null, 0, false, List.of());
        assertThat(PlanIssuing.refusals(amendment, DEFAULT, TODAY)).containsExactly(new Refusal.NotSentForComment(true));
    }

    @Test
    void onTheLastDayToCommentThePlanCannotBeIssuedAndTheNextDayItCan() {
        Facts lastDayToday = ehc(VersionStatus.PROPOSED, TODAY, 0, false, List.of());
        assertThat(PlanIssuing.refusals(lastDayToday, DEFAULT, TODAY))
                .containsExactly(new Refusal.CommentWindowOpen(TODAY, TODAY.plusDays(1)));
        assertThat(PlanIssuing.refusals(lastDayToday, DEFAULT, TODAY.plusDays(1))).isEmpty();
    }

    @Test
    void theFamilySayingTheyHaveFinishedEndsTheWindowOnlyWhenTheSettingAllowsIt() {
        Facts finishedEarly = ehc(VersionStatus.PROPOSED, TODAY.plusDays(7), 0, true, List.of());
        assertThat(PlanIssuing.refusals(finishedEarly, DEFAULT, TODAY)).containsExactly(
                new Refusal.CommentWindowOpen(TODAY.plusDays(7), TODAY.plusDays(8)));
        assertThat(PlanIssuing.refusals(finishedEarly, EARLY_ALLOWED, TODAY)).isEmpty();
        Facts notFinished = ehc(VersionStatus.PROPOSED, TODAY.plusDays(7), 0, false, List.of());
        assertThat(PlanIssuing.refusals(notFinished, EARLY_ALLOWED, TODAY)).hasSize(1);
    }

    @Test
    void unansweredContributionsAreCounted() {
        Facts waiting = ehc(VersionStatus.PROPOSED, TODAY.minusDays(1), 3, false, List.of());
        assertThat(PlanIssuing.refusals(waiting, DEFAULT, TODAY)).containsExactly(new Refusal.ContributionsUnanswered(3));
    }

    @Test
    void unwrittenSectionsAreNamed() {
        Facts gaps = ehc(VersionStatus.PROPOSED, TODAY.minusDays(1), 0, false, List.of(SectionCode.C, SectionCode.J));
        assertThat(PlanIssuing.refusals(gaps, DEFAULT, TODAY))
                .containsExactly(new Refusal.SectionsNotWritten(List.of(SectionCode.C, SectionCode.J)));
    }

    @Test
    void aFinalVersionCannotBeIssuedAgain() {
        Facts issued = ehc(VersionStatus.FINAL, TODAY.minusDays(20), 0, false, List.of());
        assertThat(PlanIssuing.refusals(issued, DEFAULT, TODAY)).containsExactly(new Refusal.AlreadyIssued());
    }

    @Test
    void anSenSupportPlanNeedsNoCommentWindowButEveryContributionAnswered() {
        Facts senDraft = new Facts(PlanKind.SEN_SUPPORT, VersionStatus.DRAFT, false, null, 0, false, List.of(SectionCode.REVIEW));
        assertThat(PlanIssuing.refusals(senDraft, DEFAULT, TODAY)).isEmpty();
        Facts senWaiting = new Facts(PlanKind.SEN_SUPPORT, VersionStatus.DRAFT, false, null, 1, false, List.of());
        assertThat(PlanIssuing.refusals(senWaiting, DEFAULT, TODAY)).containsExactly(new Refusal.ContributionsUnanswered(1));
    }
}
