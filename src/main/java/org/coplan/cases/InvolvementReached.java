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

    /**
     * For each of {@code family} (the case's family members the page shows, by case member id) with
     * at least one record of this kind, the level reached in each.
     */
    List<Reached> reachedOn(CaseId caseId, java.util.Set<UUID> family);

    /**
     * @param memberId the family member (a case member id)
     * @param recordKey the message key naming the kind of record, such as "Meetings"
     * @param levels the level the person reached in each record of the kind, the most recent first;
     *     null where they were not even told of it
     * @param ceiling the most this kind of record can ask of anyone (a meeting asks at most for
     *     involvement in decisions: co-producing happens on plans)
     */
    record Reached(UUID memberId, String recordKey, List<Involvement> levels, Involvement ceiling) {

        public Reached {
            levels = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(levels));
        }

        /** How many of the records reached at least the chosen level (or this kind's ceiling, if lower). */
        public long reaching(Involvement chosen) {
            Involvement wanted = chosen.compareTo(ceiling) > 0 ? ceiling : chosen;
            return levels.stream().filter(l -> l != null && l.compareTo(wanted) >= 0).count();
        }

        /** Whether any record fell short of the chosen level. */
        public boolean gap(Involvement chosen) {
            return reaching(chosen) < levels.size();
        }
    }
}
