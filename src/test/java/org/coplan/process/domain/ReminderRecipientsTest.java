package org.coplan.process.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseRole;
import org.coplan.process.domain.ReminderRecipients.Reason;
import org.coplan.process.domain.ReminderRecipients.Recipient;
import org.junit.jupiter.api.Test;

class ReminderRecipientsTest {

    static Teammate member(String name, CaseRole role) {
        return new Teammate(UUID.randomUUID(), UUID.randomUUID(), role, name);
    }

    final Teammate coordinator = member("Cora Coordinator", CaseRole.EHC_COORDINATOR);
    final Teammate senco = member("Sena Senco", CaseRole.SENCO);
    final Teammate parent = member("Pat Parent", CaseRole.PARENT_CARER);
    final Teammate child = member("Kit Child", CaseRole.CHILD_YOUNG_PERSON);
    final Teammate psychologist = member("Pia Psychologist", CaseRole.EDUCATIONAL_PSYCHOLOGIST);
    final Teammate health = member("Hal Health", CaseRole.HEALTH_PROFESSIONAL);
    final List<Teammate> team = List.of(coordinator, senco, parent, child, psychologist, health);

    static List<Teammate> who(List<Recipient> recipients) {
        return recipients.stream().map(Recipient::who).toList();
    }

    @Test
    void localAuthorityDeadlinesGoToTheCoordinatorOnly() {
        assertThat(who(ReminderRecipients.forDeadline(DeadlineKey.FINAL_PLAN, null, null, team))).containsExactly(coordinator);
    }

    @Test
    void schoolDeadlinesGoToTheSenco() {
        assertThat(who(ReminderRecipients.forDeadline(DeadlineKey.REVIEW_REPORT, null, null, team))).containsExactly(senco);
    }

    @Test
    void familyWindowsGoToParentsAndTheChild() {
        List<Recipient> r = ReminderRecipients.forDeadline(DeadlineKey.DRAFT_COMMENTS, null, null, team);
        assertThat(who(r)).containsExactly(parent, child);
        assertThat(r).allMatch(x -> x.why() == Reason.FAMILY);
    }

    @Test
    void adviceGoesToTheNamedMemberThenTheRoleThenTheCoordinator() {
        assertThat(who(ReminderRecipients.forDeadline(DeadlineKey.ADVICE, AdviceKind.PSYCHOLOGICAL,
                "Dr Hal Health, children's therapies", team))).containsExactly(health);
        assertThat(who(ReminderRecipients.forDeadline(DeadlineKey.ADVICE, AdviceKind.PSYCHOLOGICAL, "EP service", team)))
                .containsExactly(psychologist);

        List<Recipient> notOnTeam = ReminderRecipients.forDeadline(DeadlineKey.ADVICE, AdviceKind.SOCIAL_CARE, "Area team", team);
        assertThat(who(notOnTeam)).containsExactly(coordinator);
        assertThat(notOnTeam.get(0).why()).isEqualTo(Reason.ADVISER_NOT_ON_TEAM);

        List<Recipient> unnamed = ReminderRecipients.forDeadline(DeadlineKey.ADVICE, AdviceKind.OTHER, " ", team);
        assertThat(who(unnamed)).containsExactly(coordinator);
        assertThat(unnamed.get(0).why()).isEqualTo(Reason.ADVISER_UNNAMED);
    }

    @Test
    void aFamilyMemberWithAnAdvisersNameIsNotTakenForTheAdviser() {
        assertThat(who(ReminderRecipients.forDeadline(DeadlineKey.ADVICE, AdviceKind.FAMILY_REQUESTED, "Pat Parent", team)))
                .containsExactly(coordinator);
    }

    @Test
    void caseLeadsAreTheCoordinatorsOrElseTheSencos() {
        assertThat(ReminderRecipients.caseLeads(team)).containsExactly(coordinator);
        assertThat(ReminderRecipients.caseLeads(List.of(senco, parent))).containsExactly(senco);
    }
}
