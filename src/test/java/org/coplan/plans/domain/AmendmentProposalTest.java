package org.coplan.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.coplan.plans.domain.AmendmentProposal.Amount;
import org.coplan.plans.domain.AmendmentProposal.Change;
import org.coplan.plans.domain.AmendmentProposal.Current;
import org.coplan.plans.domain.AmendmentProposal.ItemChange;
import org.coplan.plans.domain.AmendmentProposal.ItemKind;
import org.coplan.plans.domain.AmendmentProposal.Per;
import org.junit.jupiter.api.Test;

class AmendmentProposalTest {

    final UUID outcomeA = UUID.randomUUID();
    final UUID outcomeB = UUID.randomUUID();
    final UUID therapy = UUID.randomUUID();
    final UUID laptop = UUID.randomUUID();
    final List<Current> inForce = List.of(
            new Current(outcomeA, ItemKind.OUTCOME, SectionCode.E, "Asks for help", "July 2027", null, null, null, null, null, null, List.of()),
            new Current(outcomeB, ItemKind.OUTCOME, SectionCode.E, "Reads a page", null, null, null, null, null, null, null, List.of()),
            new Current(therapy, ItemKind.PROVISION, SectionCode.F, "Speech therapy", null, "NHS therapist", "once a week", "30 minutes",
                    "1 to 1", null, null, List.of(outcomeA)),
            new Current(laptop, ItemKind.PROVISION, SectionCode.F, "A laptop", null, "School", null, null, null, null, null, List.of()));

    @Test
    void aChangeEditsItsItemKeepingWhatWasNotProposedAndAStopRemovesIt() {
        List<ItemChange> changes = AmendmentProposal.changes(List.of(
                proposal(Change.CHANGE, ItemKind.PROVISION, therapy, "Speech therapy in a group", 2, Per.WEEK, 45, 3),
                proposal(Change.STOP, ItemKind.PROVISION, laptop, null, null, null, null, null),
                proposal(Change.KEEP, ItemKind.OUTCOME, outcomeA, null, null, null, null, null)), inForce, PlanKind.EHC);
        assertThat(changes).hasSize(2);
        ItemChange.Edit edit = (ItemChange.Edit) changes.get(0);
        assertThat(edit.item().lineage()).isEqualTo(therapy);
        assertThat(edit.description()).isEqualTo("Speech therapy in a group");
        assertThat(edit.amount()).isEqualTo(new Amount(2, Per.WEEK, 45));
        assertThat(edit.groupSize()).isEqualTo(3);
        assertThat(((ItemChange.Remove) changes.get(1)).item().lineage()).isEqualTo(laptop);
    }

    @Test
    void aChangedOutcomeKeepsItsByWhenUnlessANewOneIsGiven() {
        var kept = (ItemChange.Edit) AmendmentProposal.changes(List.of(
                proposal(Change.CHANGE, ItemKind.OUTCOME, outcomeA, "Asks an adult for help", null, null, null, null)), inForce, PlanKind.EHC)
                .get(0);
        assertThat(kept.byWhen()).isEqualTo("July 2027");
        assertThat(kept.amount()).isNull();
        var given = new AmendmentProposal(Change.CHANGE, ItemKind.OUTCOME, outcomeA, null, "Asks", "December 2027", null, null, null,
                null, List.of());
        assertThat(((ItemChange.Edit) AmendmentProposal.changes(List.of(given), inForce, PlanKind.EHC).get(0)).byWhen())
                .isEqualTo("December 2027");
    }

    @Test
    void newItemsComeAfterTheEditsInTheDefaultSectionAndLinkOnlyToOutcomesThatStay() {
        List<ItemChange> changes = AmendmentProposal.changes(List.of(
                new AmendmentProposal(Change.ADD, ItemKind.PROVISION, null, null, "Physiotherapy", null, 1, Per.TERM, 60, null,
                        List.of(outcomeA, outcomeB, UUID.randomUUID())),
                proposal(Change.STOP, ItemKind.OUTCOME, outcomeB, null, null, null, null, null),
                new AmendmentProposal(Change.ADD, ItemKind.OUTCOME, null, null, "Travels with a friend", "2028", null, null, null, null,
                        List.of())), inForce, PlanKind.EHC);
        assertThat(changes.get(0)).isInstanceOf(ItemChange.Remove.class);
        ItemChange.Add physio = (ItemChange.Add) changes.get(1);
        assertThat(physio.section()).isEqualTo(SectionCode.F);
        assertThat(physio.links()).containsExactly(outcomeA);
        assertThat(physio.amount()).isEqualTo(new Amount(1, Per.TERM, 60));
        ItemChange.Add outcome = (ItemChange.Add) changes.get(2);
        assertThat(outcome.section()).isEqualTo(SectionCode.E);
        assertThat(outcome.byWhen()).isEqualTo("2028");
    }

    @Test
    void anSenSupportPlansNewItemsGoInItsOwnSections() {
        assertThat(AmendmentProposal.defaultSection(ItemKind.OUTCOME, PlanKind.SEN_SUPPORT)).isEqualTo(SectionCode.OUTCOMES);
        assertThat(AmendmentProposal.defaultSection(ItemKind.PROVISION, PlanKind.SEN_SUPPORT)).isEqualTo(SectionCode.SUPPORT);
        assertThat(AmendmentProposal.sectionsFor(ItemKind.PROVISION, PlanKind.EHC))
                .containsExactly(SectionCode.F, SectionCode.G, SectionCode.H1, SectionCode.H2);
    }

    @Test
    void aProposalAboutAnItemNotInForceRefusesTheWholeSet() {
        UUID stranger = UUID.randomUUID();
        assertThatThrownBy(() -> AmendmentProposal.changes(List.of(
                proposal(Change.STOP, ItemKind.PROVISION, laptop, null, null, null, null, null),
                proposal(Change.CHANGE, ItemKind.PROVISION, stranger, "x", null, null, null, null)), inForce, PlanKind.EHC))
                .isInstanceOfSatisfying(AmendmentProposal.NotInForce.class, e -> assertThat(e.lineages()).containsExactly(stranger));
    }

    private static AmendmentProposal proposal(Change change, ItemKind kind, UUID lineage, String words, Integer sessions, Per per,
            Integer minutes, Integer group) {
        return new AmendmentProposal(change, kind, lineage, null, words, null, sessions, per, minutes, group, List.of());
    }
}
