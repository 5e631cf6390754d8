package org.coplan.resolution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseRole;
import org.coplan.deadlines.StatutoryDeadlines;
import org.coplan.plans.domain.SectionCode;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.resolution.domain.AppealDates.DueKey;
import org.coplan.resolution.domain.DisagreementRules.Actor;
import org.junit.jupiter.api.Test;

class DisagreementRulesTest {

    static final Subject.Decision PLAN_ISSUED = new Subject.Decision(UUID.randomUUID(), ProcessEventKind.FINAL_PLAN_ISSUED,
            LocalDate.of(2026, 10, 6));

    static Disagreement raisedBy(CaseRole role, Subject subject) {
        return new Disagreement(UUID.randomUUID(), UUID.randomUUID(), subject, "Why", null, DisagreementStage.TALKING, null, null,
                UUID.randomUUID(), "Someone", role, LocalDate.of(2026, 10, 20), Instant.EPOCH, null, 0);
    }

    @Test
    void mediationAndTheTribunalAreOfferedOnlyForSectionsBFAndIOfAnIssuedPlanAndForDecisions() {
        Actor lead = new Actor(CaseRole.EHC_COORDINATOR, false);
        for (SectionCode s : SectionCode.values()) {
            boolean offered = DisagreementRules.stagesOffered(lead, raisedBy(CaseRole.PARENT_CARER, Subject.section(s, PLAN_ISSUED)))
                    .contains(DisagreementStage.MEDIATION);
            assertThat(offered).as(s.name()).isEqualTo(s == SectionCode.B || s == SectionCode.F || s == SectionCode.I);
        }
        assertThat(DisagreementRules.stagesOffered(lead, raisedBy(CaseRole.PARENT_CARER, Subject.section(SectionCode.F, null))))
                .doesNotContain(DisagreementStage.MEDIATION, DisagreementStage.TRIBUNAL);
        assertThat(DisagreementRules.stagesOffered(lead, raisedBy(CaseRole.PARENT_CARER, Subject.decision(PLAN_ISSUED))))
                .contains(DisagreementStage.MEDIATION, DisagreementStage.TRIBUNAL);
        assertThat(Subject.section(SectionCode.NEEDS, PLAN_ISSUED).route()).isEqualTo(Route.SCHOOL_COMPLAINTS);
        assertThat(Subject.section(SectionCode.H1, PLAN_ISSUED).route()).isEqualTo(Route.RECOMMENDATIONS_ONLY);
        assertThat(Subject.other("Lunchtimes").route()).isEqualTo(Route.NOT_APPEALABLE);
    }

    @Test
    void onlyTheFamilyWithdrawsWhatTheFamilyRaised() {
        Disagreement family = raisedBy(CaseRole.PARENT_CARER, Subject.other("x"));
        assertThat(DisagreementRules.outcomesOffered(new Actor(CaseRole.EHC_COORDINATOR, false), family)).doesNotContain(Outcome.WITHDRAWN)
                .contains(Outcome.AGREED);
        assertThat(DisagreementRules.outcomesOffered(new Actor(CaseRole.SENCO, false), family)).doesNotContain(Outcome.WITHDRAWN);
        assertThat(DisagreementRules.outcomesOffered(new Actor(CaseRole.CHILD_YOUNG_PERSON, false), family)).containsExactly(Outcome.WITHDRAWN);
        assertThat(DisagreementRules.outcomesOffered(new Actor(CaseRole.PARENT_CARER, true), family)).contains(Outcome.WITHDRAWN, Outcome.AGREED);
        assertThat(DisagreementRules.mayChange(new Actor(CaseRole.HEALTH_PROFESSIONAL, false), family)).isFalse();

        Disagreement professional = raisedBy(CaseRole.HEALTH_PROFESSIONAL, Subject.other("x"));
        assertThat(DisagreementRules.outcomesOffered(new Actor(CaseRole.HEALTH_PROFESSIONAL, true), professional)).contains(Outcome.WITHDRAWN);
        assertThat(DisagreementRules.mayChange(new Actor(CaseRole.PARENT_CARER, false), professional)).isFalse();
    }

    @Test
    void theDatesFollowD8D9D11D12AndD14FromTheStepsRecorded() {
        StatutoryDeadlines rules = StatutoryDeadlines.withDefaults();
        LocalDate notice = LocalDate.of(2026, 10, 6);
        List<AppealDates.Due> none = AppealDates.compute(rules, notice, List.of());
        assertThat(none).extracting(AppealDates.Due::key).containsExactly(DueKey.MEDIATION_ADVICE, DueKey.APPEAL);
        assertThat(none.get(0).dueOn()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(none.get(1).dueOn()).isEqualTo(LocalDate.of(2026, 12, 7));

        List<Step> steps = List.of(new Step(StepKind.MEDIATION_WANTED, LocalDate.of(2026, 11, 2)),
                new Step(StepKind.MEDIATION_HELD, LocalDate.of(2026, 11, 27)),
                new Step(StepKind.CERTIFICATE_ISSUED, LocalDate.of(2026, 11, 30)));
        List<AppealDates.Due> all = AppealDates.compute(rules, notice, steps);
        assertThat(all).extracting(AppealDates.Due::key).containsExactly(DueKey.MEDIATION_ADVICE, DueKey.MEDIATION_HELD,
                DueKey.CERTIFICATE_AFTER_MEDIATION, DueKey.APPEAL);
        assertThat(all.get(0).metOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(all.get(1).dueOn()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(all.get(2).dueOn()).isEqualTo(LocalDate.of(2026, 12, 2));
        // 30 November + 1 month is 30 December, in the Christmas break: Monday 4 January 2027.
        assertThat(all.get(3).dueOn()).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void theDashboardBandsAreUnderTwoWeeksTwoToSixWeeksAndOverSixWeeks() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(AgeBand.of(today.minusDays(13), today)).isEqualTo(AgeBand.UNDER_TWO_WEEKS);
        assertThat(AgeBand.of(today.minusDays(14), today)).isEqualTo(AgeBand.TWO_TO_SIX_WEEKS);
        assertThat(AgeBand.of(today.minusDays(42), today)).isEqualTo(AgeBand.TWO_TO_SIX_WEEKS);
        assertThat(AgeBand.of(today.minusDays(43), today)).isEqualTo(AgeBand.OVER_SIX_WEEKS);
    }
}
