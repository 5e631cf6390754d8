package org.coplan.meetings;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action was given to someone at a co-production board meeting. The board's own module decides
 * whether its owner may read the board, and so whether they are told.
 */
public record BoardActionAdded(UUID boardMeetingId, UUID actionId, UUID ownerPersonId, UUID addedById, String addedByName, LocalDate dueOn) {}
