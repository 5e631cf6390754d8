package org.coplan.strategic.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseRole;
import org.coplan.strategic.domain.MarkStatus.Answer;
import org.coplan.strategic.domain.ThemeRules.Counted;
import org.junit.jupiter.api.Test;

class ThemeRulesTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();

    @Test
    void weightCountsDistinctCasesWithAConsentedMarkOnly() {
        List<Counted> marks = List.of(
                new Counted(A, MarkStatus.CONSENTED),
                new Counted(A, MarkStatus.CONSENTED), // the same case marked twice counts once
                new Counted(B, MarkStatus.WAITING),
                new Counted(C, MarkStatus.REFUSED),
                new Counted(C, MarkStatus.WITHDRAWN));
        assertThat(ThemeRules.weight(marks)).isEqualTo(1);
        assertThat(ThemeRules.weight(List.of())).isZero();
        assertThat(ThemeRules.weight(List.of(new Counted(A, MarkStatus.CONSENTED), new Counted(B, MarkStatus.CONSENTED),
                new Counted(C, MarkStatus.CONSENTED)))).isEqualTo(3);
    }

    @Test
    void aFamilysOwnMarkIsTheirConsentAndAStaffMarkWaits() {
        assertThat(MarkStatus.start(true)).isEqualTo(MarkStatus.CONSENTED);
        assertThat(MarkStatus.start(false)).isEqualTo(MarkStatus.WAITING);
        assertThat(MarkStatus.WAITING.counts()).isFalse();
        assertThat(MarkStatus.CONSENTED.counts()).isTrue();
    }

    @Test
    void theFamilyAgreesRefusesWithdrawsAndMayChangeTheirMind() {
        assertThat(MarkStatus.WAITING.after(Answer.AGREE)).contains(MarkStatus.CONSENTED);
        assertThat(MarkStatus.WAITING.after(Answer.DO_NOT_AGREE)).contains(MarkStatus.REFUSED);
        assertThat(MarkStatus.WAITING.after(Answer.WITHDRAW)).isEmpty();
        assertThat(MarkStatus.CONSENTED.after(Answer.WITHDRAW)).contains(MarkStatus.WITHDRAWN);
        assertThat(MarkStatus.CONSENTED.after(Answer.AGREE)).isEmpty();
        assertThat(MarkStatus.REFUSED.after(Answer.AGREE)).contains(MarkStatus.CONSENTED);
        assertThat(MarkStatus.WITHDRAWN.after(Answer.AGREE)).contains(MarkStatus.CONSENTED);
        assertThat(MarkStatus.WITHDRAWN.after(Answer.DO_NOT_AGREE)).isEqualTo(Optional.empty());
    }

    @Test
    void aParentAnswersForAChildAndAYoungPersonForThemselves() {
        assertThat(ThemeRules.mayConsent(CaseRole.PARENT_CARER, false)).isTrue();
        assertThat(ThemeRules.mayConsent(CaseRole.CHILD_YOUNG_PERSON, false)).isFalse();
        assertThat(ThemeRules.mayConsent(CaseRole.CHILD_YOUNG_PERSON, true)).isTrue();
        assertThat(ThemeRules.mayConsent(CaseRole.PARENT_CARER, true)).isFalse();
        assertThat(ThemeRules.mayConsent(CaseRole.SENCO, false)).isFalse();
        assertThat(ThemeRules.marksAsFamily(CaseRole.CHILD_YOUNG_PERSON)).isTrue();
        assertThat(ThemeRules.marksAsFamily(CaseRole.EHC_COORDINATOR)).isFalse();
    }

    @Test
    void aThemeReachesTheBoardAtTheThreshold() {
        assertThat(ThemeRules.reachesBoard(2, 3)).isFalse();
        assertThat(ThemeRules.reachesBoard(3, 3)).isTrue();
        assertThat(ThemeRules.reachesBoard(4, 3)).isTrue();
        assertThat(ThemeRules.reachesBoard(10, 0)).as("0 turns automatic raising off").isFalse();
        assertThat(ThemeRules.closeToBoard(2, 3)).isTrue();
        assertThat(ThemeRules.closeToBoard(1, 3)).isFalse();
        assertThat(ThemeRules.closeToBoard(3, 3)).isFalse();
    }

    @Test
    void smallCountsAreNotShownToThePublic() {
        assertThat(ThemeRules.shownToPublic(4, 5)).isFalse();
        assertThat(ThemeRules.shownToPublic(5, 5)).isTrue();
    }
}
