package org.coplan.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.coplan.meetings.domain.ReviewEvidence.ItemLine;
import org.coplan.meetings.domain.ReviewEvidence.OutcomeLine;
import org.coplan.meetings.domain.ReviewEvidence.Planned;
import org.junit.jupiter.api.Test;

class ReviewEvidenceTest {

    final UUID a = UUID.randomUUID();
    final UUID b = UUID.randomUUID();
    final UUID gone = UUID.randomUUID();

    @Test
    void everyOutcomeInForceIsShownInPlanOrderWithNothingRecordedWhereThereIsNoProgress() {
        List<OutcomeLine> lines = ReviewEvidence.outcomes(
                List.of(new Planned(a, "E", "Asks for help", "July"), new Planned(b, "E", "Reads a page", null)),
                List.of(progress(b, "secure")));
        assertThat(lines).extracting(OutcomeLine::lineage).containsExactly(a, b);
        assertThat(lines.get(0).recorded()).isFalse();
        assertThat(lines.get(0).outcome()).isEqualTo("Asks for help");
        assertThat(lines.get(0).byWhen()).isEqualTo("July");
        assertThat(lines.get(1).stepNow()).isEqualTo("secure");
    }

    @Test
    void progressOnAnOutcomeNoLongerInForceComesAfterTheOutcomesInForceAndEachOutcomeOnce() {
        List<OutcomeLine> lines = ReviewEvidence.outcomes(List.of(new Planned(a, "E", "Asks for help", null)),
                List.of(progress(gone, "achieved"), progress(a, "emerging"), progress(a, "later source")));
        assertThat(lines).extracting(OutcomeLine::lineage).containsExactly(a, gone);
        assertThat(lines.get(0).stepNow()).isEqualTo("emerging");
    }

    @Test
    void provisionPastTheShortfallThresholdComesFirstThenPlanOrder() {
        UUID c = UUID.randomUUID();
        List<ItemLine> lines = ReviewEvidence.provision(
                List.of(new Planned(a, "F", "Therapy", null), new Planned(b, "F", "Reading group", null), new Planned(c, "F", "Laptop", null)),
                List.of(item(a, false), item(c, true)));
        assertThat(lines).extracting(ItemLine::lineage).containsExactly(c, a, b);
        assertThat(lines.get(2).recorded()).isFalse();
        assertThat(lines.get(2).description()).isEqualTo("Reading group");
    }

    @Test
    void withNothingRecordedAnywhereEveryItemInForceIsStillListed() {
        List<ItemLine> lines = ReviewEvidence.provision(List.of(new Planned(a, "F", "Therapy", null)), List.of());
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.recorded()).isFalse();
            assertThat(l.section()).isEqualTo("F");
        });
    }

    private static OutcomeLine progress(UUID lineage, String now) {
        return new OutcomeLine(lineage, "o", null, true, "not started", now, 2, "seen in class", null, null);
    }

    private static ItemLine item(UUID lineage, boolean shortfall) {
        return new ItemLine(lineage, "F", "x", true, 6, 5, 1, 0, 0, "5 of 6", shortfall, null);
    }
}
