package org.coplan.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.coplan.cases.CaseRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContributionKindTest {

    @Test
    void parentMayNotLabelTheirOwnContributionProfessionalAdvice() {
        assertThat(ContributionKind.PROFESSIONAL_ADVICE.allowedFor(CaseRole.PARENT_CARER)).isFalse();
        assertThat(ContributionKind.allowedKinds(CaseRole.PARENT_CARER)).containsExactly(
                ContributionKind.OWN_WORDS, ContributionKind.PARENT_CARER_VIEW, ContributionKind.OBSERVATION, ContributionKind.REPORT);
    }

    @Test
    void youngPersonGivesTheirOwnWordsButNeitherAParentViewNorProfessionalAdvice() {
        assertThat(ContributionKind.allowedKinds(CaseRole.CHILD_YOUNG_PERSON)).containsExactly(
                ContributionKind.OWN_WORDS, ContributionKind.OBSERVATION, ContributionKind.REPORT);
    }

    @ParameterizedTest
    @EnumSource(value = CaseRole.class, names = {"SENCO", "EHC_COORDINATOR", "EDUCATIONAL_PSYCHOLOGIST", "HEALTH_PROFESSIONAL",
            "SOCIAL_CARE", "SENDIASS_ADVISER", "OTHER_PROFESSIONAL"})
    void professionalsGiveAdviceButNotAParentCarerView(CaseRole role) {
        assertThat(ContributionKind.PROFESSIONAL_ADVICE.allowedFor(role)).isTrue();
        assertThat(ContributionKind.PARENT_CARER_VIEW.allowedFor(role)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(CaseRole.class)
    void theKindAFormStartsWithIsOneThatRoleMayUse(CaseRole role) {
        assertThat(ContributionKind.usualFor(role).allowedFor(role)).isTrue();
    }
}
