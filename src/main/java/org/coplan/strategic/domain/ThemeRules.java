package org.coplan.strategic.domain;

import java.util.Collection;
import java.util.UUID;
import org.coplan.cases.CaseRole;

/**
 * The bench model's rules: who on a case speaks for the family's consent, how a theme's weight is
 * counted (distinct cases with a consented mark, never who) and when a theme is raised to the board.
 */
public final class ThemeRules {

    /** One mark as the count needs it: which case, and where its consent stands. */
    public record Counted(UUID caseId, MarkStatus status) {}

    private ThemeRules() {}

    /**
     * Who answers for the family: on a young person's case (16 or over) the young person decides;
     * otherwise a parent or carer on the case does.
     */
    public static boolean mayConsent(CaseRole role, boolean youngPerson) {
        return youngPerson ? role == CaseRole.CHILD_YOUNG_PERSON : role == CaseRole.PARENT_CARER;
    }

    /** Whether a person in this role marks for the family (their mark is their consent). */
    public static boolean marksAsFamily(CaseRole role) {
        return role.isFamily();
    }

    /** A theme's weight: the number of distinct cases with at least one consented mark. */
    public static int weight(Collection<Counted> marks) {
        return (int) marks.stream().filter(m -> m.status().counts()).map(Counted::caseId).distinct().count();
    }

    /** Whether a theme of this weight is raised to the board without anyone asking. */
    public static boolean reachesBoard(int weight, int raiseAt) {
        return raiseAt > 0 && weight >= raiseAt;
    }

    /** How far a theme is from being raised: it is "close" with one case to go. */
    public static boolean closeToBoard(int weight, int raiseAt) {
        return weight > 0 && weight < raiseAt && raiseAt - weight <= 1;
    }

    /** Whether a count may be shown as a number to the public; below the smallest shown it reads "fewer than N". */
    public static boolean shownToPublic(int count, int smallestShown) {
        return count >= smallestShown;
    }
}
