package org.coplan.provision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgressScaleTest {

    final UUID authority = UUID.randomUUID();
    final ProgressScale scale = ProgressScale.defaults(authority);
    final UUID newId = UUID.randomUUID();

    /** A row for every step as it is, to change one by one. */
    List<ProgressScale.Row> rows() {
        List<ProgressScale.Row> rows = new ArrayList<>();
        scale.steps().forEach(s -> rows.add(new ProgressScale.Row(s.id(), s.label(), String.valueOf(s.position()), false)));
        return rows;
    }

    ProgressScale.Row blank() {
        return new ProgressScale.Row(null, "", "", false);
    }

    List<String> fields(ProgressScale.Change change) {
        assertThat(change).isInstanceOf(ProgressScale.Change.Refused.class);
        return ((ProgressScale.Change.Refused) change).problems().stream().map(p -> p.field() + " " + p.key()).toList();
    }

    ProgressScale accepted(ProgressScale.Change change) {
        assertThat(change).isInstanceOf(ProgressScale.Change.Accepted.class);
        return ((ProgressScale.Change.Accepted) change).scale();
    }

    @Test
    void theDefaultScaleHasFiveStepsWithTheSameIdsEveryTime() {
        assertThat(scale.steps()).extracting(ProgressStep::label)
                .containsExactly("Not started", "Emerging", "Developing", "Secure", "Achieved");
        assertThat(ProgressScale.defaults(authority).steps()).isEqualTo(scale.steps());
        assertThat(ProgressScale.defaults(UUID.randomUUID()).steps().getFirst().id()).isNotEqualTo(scale.steps().getFirst().id());
        assertThat(scale.version()).isZero();
    }

    @Test
    void aRenamedStepKeepsItsIdentity() {
        List<ProgressScale.Row> rows = rows();
        UUID emerging = rows.get(1).id();
        rows.set(1, new ProgressScale.Row(emerging, "  Starting   to show ", "2", false));

        ProgressScale changed = accepted(scale.change(new ProgressScale.Edit(0, rows, blank()), Set.of(emerging), newId));

        assertThat(changed.step(emerging)).get().extracting(ProgressStep::label).isEqualTo("Starting to show");
        assertThat(changed.version()).isEqualTo(1);
    }

    @Test
    void placesOrderTheStepsAndAreNumberedAgainFromOne() {
        List<ProgressScale.Row> rows = rows();
        UUID achieved = rows.get(4).id();
        rows.set(4, new ProgressScale.Row(achieved, "Achieved", "35", false));
        ProgressScale.Row added = new ProgressScale.Row(null, "Exceeded", "40", false);

        ProgressScale changed = accepted(scale.change(new ProgressScale.Edit(0, rows, added), Set.of(), newId));

        assertThat(changed.steps()).extracting(ProgressStep::label)
                .containsExactly("Not started", "Emerging", "Developing", "Secure", "Achieved", "Exceeded");
        assertThat(changed.steps()).extracting(ProgressStep::position).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(changed.steps().getLast().id()).isEqualTo(newId);
    }

    @Test
    void aStepNotYetUsedCanBeRemoved() {
        List<ProgressScale.Row> rows = rows();
        UUID secure = rows.get(3).id();
        rows.set(3, new ProgressScale.Row(secure, "Secure", "4", true));

        var change = (ProgressScale.Change.Accepted) scale.change(new ProgressScale.Edit(0, rows, blank()), Set.of(), newId);

        assertThat(change.removed()).containsExactly(secure);
        assertThat(change.scale().steps()).extracting(ProgressStep::label).doesNotContain("Secure");
    }

    @Test
    void aStepAlreadyUsedCannotBeRemovedAndTheRefusalSaysWhichOne() {
        List<ProgressScale.Row> rows = rows();
        UUID secure = rows.get(3).id();
        rows.set(3, new ProgressScale.Row(secure, "Secure", "4", true));

        var change = scale.change(new ProgressScale.Edit(0, rows, blank()), Set.of(secure), newId);

        assertThat(fields(change)).containsExactly("remove-3 progress.scale.error.inUse");
        assertThat(((ProgressScale.Change.Refused) change).problems().getFirst().args()).containsExactly("Secure");
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsRefused() {
        var change = scale.change(new ProgressScale.Edit(-1, rows(), blank()), Set.of(), newId);

        assertThat(fields(change)).containsExactly("scale progress.scale.error.changedElsewhere");
    }

    @Test
    void aChangeThatLeavesOutOrInventsAStepIsRefusedAsChangedElsewhere() {
        List<ProgressScale.Row> rows = rows();
        rows.set(0, new ProgressScale.Row(UUID.randomUUID(), "Not started", "1", false));

        assertThat(fields(scale.change(new ProgressScale.Edit(0, rows, blank()), Set.of(), newId)))
                .containsExactly("scale progress.scale.error.changedElsewhere");
        assertThat(fields(scale.change(new ProgressScale.Edit(0, rows().subList(0, 4), blank()), Set.of(), newId)))
                .containsExactly("scale progress.scale.error.changedElsewhere");
    }

    @Test
    void namesAndPlacesAreCheckedBesideTheirFields() {
        List<ProgressScale.Row> rows = rows();
        rows.set(0, new ProgressScale.Row(rows.get(0).id(), " ", "1", false));
        rows.set(1, new ProgressScale.Row(rows.get(1).id(), "x".repeat(41), "two", false));
        rows.set(2, new ProgressScale.Row(rows.get(2).id(), "secure", "3", false));
        rows.set(3, new ProgressScale.Row(rows.get(3).id(), "Secure", "3", false));
        rows.set(4, new ProgressScale.Row(rows.get(4).id(), "Achieved", "0", false));

        assertThat(fields(scale.change(new ProgressScale.Edit(0, rows, blank()), Set.of(), newId))).containsExactlyInAnyOrder(
                "label-0 progress.scale.error.labelRequired",
                "label-1 progress.scale.error.labelTooLong",
                "position-1 progress.scale.error.positionNumber",
                "label-3 progress.scale.error.labelTwice",
                "position-3 progress.scale.error.positionTwice",
                "position-4 progress.scale.error.positionNumber");
    }

    @Test
    void aNewStepNeedsANameAndAPlace() {
        assertThat(fields(scale.change(new ProgressScale.Edit(0, rows(), new ProgressScale.Row(null, "", "7", false)), Set.of(), newId)))
                .containsExactly("newLabel progress.scale.error.labelRequired");
        assertThat(fields(scale.change(new ProgressScale.Edit(0, rows(), new ProgressScale.Row(null, "Beyond", "", false)), Set.of(), newId)))
                .containsExactly("newPosition progress.scale.error.positionNumber");
    }

    @Test
    void theScaleKeepsBetweenTwoAndTenSteps() {
        List<ProgressScale.Row> rows = rows();
        for (int i = 1; i < 5; i++) {
            rows.set(i, new ProgressScale.Row(rows.get(i).id(), rows.get(i).label(), rows.get(i).position(), true));
        }
        assertThat(fields(scale.change(new ProgressScale.Edit(0, rows, blank()), Set.of(), newId)))
                .containsExactly("scale progress.scale.error.tooFew");

        List<ProgressStep> ten = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ten.add(new ProgressStep(UUID.randomUUID(), "Step " + i, i));
        }
        ProgressScale full = new ProgressScale(authority, 4, ten);
        List<ProgressScale.Row> tenRows = ten.stream()
                .map(s -> new ProgressScale.Row(s.id(), s.label(), String.valueOf(s.position()), false)).toList();
        assertThat(fields(full.change(new ProgressScale.Edit(4, tenRows, new ProgressScale.Row(null, "Step 11", "11", false)), Set.of(), newId)))
                .containsExactly("scale progress.scale.error.tooMany");
    }
}
