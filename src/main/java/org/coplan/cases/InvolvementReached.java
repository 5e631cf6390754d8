package org.coplan.cases;

import java.util.List;
import java.util.UUID;

/**
 * How far each family member's involvement actually reached, record by record, in the records one
 * module keeps (meetings, decisions, plan versions). The case page sets it against the level the
 * person chose, so a gap is visible to the case lead and to the person. Like {@link CaseWarning},
 * each module that keeps such records offers a Spring bean of this type.
 */
public interface InvolvementReached {

    /** For each family member on the case with at least one record of this kind, the level reached in each. */
    List<Reached> reachedOn(CaseId caseId);

    /**
     * @param memberId the family member (a case member id)
     * @param recordKey the message key naming the kind of record, such as "Meetings"
     * @param levels the level the person reached in each record of the kind, the most recent first
     */
    record Reached(UUID memberId, String recordKey, List<Involvement> levels) {

        public Reached {
            levels = List.copyOf(levels);
        }

        /** How many of the records reached at least the chosen level. */
        public long reaching(Involvement chosen) {
            return levels.stream().filter(l -> l.compareTo(chosen) >= 0).count();
        }

        /** Whether any record fell short of the chosen level. */
        public boolean gap(Involvement chosen) {
            return reaching(chosen) < levels.size();
        }
    }
}
