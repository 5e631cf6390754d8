package org.coplan.cases;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** One family member's choices about taking part in this case. */
public record ParticipationChoices(
        UUID memberId,
        Involvement involvement,
        Set<ContactChannel> channels,
        String language,
        boolean interpreterNeeded,
        String accessibilityNeeds,
        Set<SupportChoice> support,
        String cannotAttend,
        int version,
        Instant updatedAt) {}
