package org.coplan.measures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.coplan.meetings.domain.Suppression;
import org.coplan.meetings.domain.Suppression.Count;
import org.coplan.meetings.domain.Suppression.Sum;
import org.junit.jupiter.api.Test;

/**
 * The three ways a reader could trace answers back to a few people, each refused by the same
 * small-number rule that staff figures use (fewer than five people is never shown or derivable).
 */
class SuppressionAttacksTest {

    static final int SMALLEST_SHOWN = 5;

    @Test
    void aSmallCellIsNotShown() {
        // 3 parents at one school answered "disagree"
        Set<String> hidden = Suppression.hidden(List.of(Count.shown("disagree at Oakfield", 3)), List.of(), SMALLEST_SHOWN);
        assertThat(hidden).contains("disagree at Oakfield");
    }

    @Test
    void aSmallCellCannotBeWorkedOutByTakingTheShownCellsFromTheTotal() {
        // 40 answers: 30 agree, 8 neither, 2 disagree. Hiding only "disagree" would leave 40 - 30 - 8 = 2.
        List<Count> counts = List.of(Count.shown("all", 40), Count.shown("agree", 30), Count.shown("neither", 8),
                Count.shown("disagree", 2));
        Set<String> hidden = Suppression.hidden(counts, List.of(new Sum("all", List.of("agree", "neither", "disagree"))), SMALLEST_SHOWN);
        assertThat(hidden).contains("disagree");
        assertThat(hidden).as("a second cell is hidden so the small one cannot be worked out").hasSizeGreaterThanOrEqualTo(2);
        assertThat(hidden).doesNotContain("all");
    }

    @Test
    void twoFiltersDifferencedCannotGiveAwayTheFewLeftBetweenThem() {
        // "secondary" shows 23 answers and "secondary, autism" 20: the 3 secondary answers without autism
        // are never shown, but follow from the two filters; one of the shown figures must go
        List<Count> counts = List.of(Count.shown("secondary", 23), Count.shown("secondary, autism", 20),
                Count.implied("secondary, not autism", 3));
        Set<String> hidden = Suppression.hidden(counts,
                List.of(new Sum("secondary", List.of("secondary, autism", "secondary, not autism"))), SMALLEST_SHOWN);
        assertThat(hidden).containsAnyOf("secondary", "secondary, autism");
    }

    @Test
    void nothingIsHiddenWhenEveryCellAndEveryDifferenceIsLargeEnough() {
        List<Count> counts = List.of(Count.shown("secondary", 30), Count.shown("secondary, autism", 20),
                Count.implied("secondary, not autism", 10));
        assertThat(Suppression.hidden(counts, List.of(new Sum("secondary", List.of("secondary, autism", "secondary, not autism"))),
                SMALLEST_SHOWN)).isEmpty();
    }
}
