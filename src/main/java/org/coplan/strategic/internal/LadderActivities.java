package org.coplan.strategic.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coplan.strategic.domain.Rung;

/**
 * One part of the strategic module's activities (polls and consultations, board items, local-offer
 * reviews), each tagged with its rung of the ladder of participation. The area's public page lists
 * them with their rung, and the authority's page counts them by rung, from every bean of this type.
 */
public interface LadderActivities {

    /**
     * An activity as the public sees it: nothing here names a member.
     *
     * @param kindKey message key naming the kind of activity ("Poll", "Board item", "Review")
     * @param publicPath the public page about it (no sign-in), or null when it has none yet
     */
    record LadderActivity(String kindKey, String title, Rung rung, LocalDate on, String publicPath) {}

    /** The activities of the area of this local authority that are public (opened, raised or published), newest first. */
    List<LadderActivity> activities(UUID localAuthorityId);
}
