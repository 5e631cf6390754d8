package org.coplan.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.meetings.domain.ProposalCheck.New;
import org.coplan.meetings.domain.ProposalCheck.Problem;
import org.coplan.meetings.domain.ProposalCheck.Row;
import org.coplan.plans.domain.AmendmentProposal;
import org.coplan.plans.domain.AmendmentProposal.Change;
import org.coplan.plans.domain.AmendmentProposal.ItemKind;
import org.coplan.plans.domain.AmendmentProposal.Per;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.SectionCode;
import org.junit.jupiter.api.Test;

class ProposalCheckTest {

    final UUID outcome = UUID.randomUUID();
    final UUID therapy = UUID.randomUUID();
    final Map<UUID, ItemKind> inForce = Map.of(outcome, ItemKind.OUTCOME, therapy, ItemKind.PROVISION);
    final Map<ItemKind, List<SectionCode>> ehc = Map.of(ItemKind.OUTCOME, AmendmentProposal.sectionsFor(ItemKind.OUTCOME, PlanKind.EHC),
            ItemKind.PROVISION, AmendmentProposal.sectionsFor(ItemKind.PROVISION, PlanKind.EHC));

    @Test
    void keepChangeAndStopBecomeProposalsWithTheNewWordsAndAmount() {
        var checked = ProposalCheck.rows(List.of(
                new Row(0, outcome.toString(), "STOP", "ignored", "", "", "", "", ""),
                new Row(1, therapy.toString(), "CHANGE", " Speech therapy in a small group ", "", "2", "WEEK", "45", "3")), inForce);
        assertThat(checked.ok()).isTrue();
        assertThat(checked.proposals().get(0)).isEqualTo(
                new AmendmentProposal(Change.STOP, ItemKind.OUTCOME, outcome, null, null, null, null, null, null, null, List.of()));
        AmendmentProposal change = checked.proposals().get(1);
        assertThat(change.words()).isEqualTo("Speech therapy in a small group");
        assertThat(change.sessions()).isEqualTo(2);
        assertThat(change.per()).isEqualTo(Per.WEEK);
        assertThat(change.minutes()).isEqualTo(45);
        assertThat(change.groupSize()).isEqualTo(3);
    }

    @Test
    void aChangeWithNoWordsIsRefusedBesideItsWordsField() {
        var checked = ProposalCheck.rows(List.of(new Row(3, therapy.toString(), "CHANGE", "  ", "", "", "", "", "")), inForce);
        assertThat(checked.proposals()).isEmpty();
        assertThat(checked.problems()).extracting(Problem::field, Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("words-3", "reviewev.error.wordsRequired"));
    }

    @Test
    void anItemNotInForceIsRefusedBesideItsChoice() {
        var checked = ProposalCheck.rows(List.of(new Row(0, UUID.randomUUID().toString(), "KEEP", "", "", "", "", "", ""),
                new Row(1, "not-an-id", "STOP", "", "", "", "", "", "")), inForce);
        assertThat(checked.problems()).extracting(Problem::field).containsExactly("choice-0", "choice-1");
        assertThat(checked.problems()).extracting(Problem::key).containsOnly("reviewev.error.notInForce");
    }

    @Test
    void anAmountIsAllOfSessionsHowOftenAndMinutesOrNone() {
        var half = ProposalCheck.rows(List.of(new Row(0, therapy.toString(), "CHANGE", "Therapy", "", "2", "", "0", "")), inForce);
        assertThat(half.problems()).extracting(Problem::field).containsExactly("per-0", "minutes-0");
        var none = ProposalCheck.rows(List.of(new Row(0, therapy.toString(), "CHANGE", "Therapy", "", "", "", "", "")), inForce);
        assertThat(none.ok()).isTrue();
        assertThat(none.proposals().get(0).hasAmount()).isFalse();
        var tooMany = ProposalCheck.rows(List.of(new Row(0, therapy.toString(), "CHANGE", "Therapy", "", "101", "TERM", "1441", "0")),
                inForce);
        assertThat(tooMany.problems()).extracting(Problem::field).containsExactly("groupSize-0", "sessions-0", "minutes-0");
    }

    @Test
    void noChoiceIsRefused() {
        var checked = ProposalCheck.rows(List.of(new Row(0, outcome.toString(), null, "", "", "", "", "", "")), inForce);
        assertThat(checked.problems()).extracting(Problem::key).containsExactly("reviewev.error.choiceRequired");
    }

    @Test
    void aNewOutcomeGoesInTheOutcomesSectionWhateverSectionWasTicked() {
        var checked = ProposalCheck.newItem(new New("OUTCOME", "F", "Will travel to school with a friend", "July 2028", "", "", "", "",
                List.of()), ehc, List.of(outcome));
        assertThat(checked.ok()).isTrue();
        assertThat(checked.proposals().get(0).section()).isEqualTo(SectionCode.E);
        assertThat(checked.proposals().get(0).byWhen()).isEqualTo("July 2028");
    }

    @Test
    void aNewProvisionItemNeedsWordsAndOnlyServesOutcomesInForce() {
        var checked = ProposalCheck.newItem(new New("PROVISION", "H1", "", "", "", "", "", "", List.of(UUID.randomUUID().toString())),
                ehc, List.of(outcome));
        assertThat(checked.problems()).extracting(Problem::field).containsExactly("words", "outcomes");
        var good = ProposalCheck.newItem(new New("PROVISION", "G", "Physiotherapy", "", "1", "HALF_TERM", "60", "1",
                List.of(outcome.toString())), ehc, List.of(outcome));
        assertThat(good.proposals().get(0).section()).isEqualTo(SectionCode.G);
        assertThat(good.proposals().get(0).outcomes()).containsExactly(outcome);
    }

    @Test
    void aNewItemInASectionThePlanDoesNotHaveIsRefused() {
        var checked = ProposalCheck.newItem(new New("PROVISION", "SUPPORT", "Physiotherapy", "", "", "", "", "", List.of()), ehc,
                List.of());
        assertThat(checked.problems()).extracting(Problem::field).containsExactly("section");
        var noKind = ProposalCheck.newItem(new New(null, null, "Something", "", "", "", "", "", List.of()), ehc, List.of());
        assertThat(noKind.problems()).extracting(Problem::field).containsExactly("kind");
    }
}
