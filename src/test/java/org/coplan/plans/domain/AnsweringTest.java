package org.coplan.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.coplan.plans.domain.Answering.Refusal;
import org.junit.jupiter.api.Test;

class AnsweringTest {

    @Test
    void includedNeedsNoWords() {
        assertThat(Answering.refusals(false, ResponseOutcome.INCLUDED, "")).isEmpty();
    }

    @Test
    void notIncludedSaysWhyAndIncludedWithChangesSaysWhatChanged() {
        assertThat(Answering.refusals(false, ResponseOutcome.NOT_INCLUDED, " ")).containsExactly(Refusal.REASON_NOT_GIVEN);
        assertThat(Answering.refusals(false, ResponseOutcome.INCLUDED_WITH_CHANGES, null)).containsExactly(Refusal.CHANGES_NOT_SAID);
        assertThat(Answering.refusals(false, ResponseOutcome.NOT_INCLUDED, "The advice says fortnightly.")).isEmpty();
    }

    @Test
    void anAnswerNeedsAnOutcomeAndIsGivenOnce() {
        assertThat(Answering.refusals(false, null, "words")).containsExactly(Refusal.OUTCOME_MISSING);
        assertThat(Answering.refusals(true, ResponseOutcome.INCLUDED, "")).containsExactly(Refusal.ALREADY_ANSWERED);
        assertThat(Refusal.REASON_NOT_GIVEN.field()).isEqualTo("explanation");
    }
}
