package org.coplan.cases;

import java.time.Instant;
import java.util.UUID;

/** One saved version of one part of "All about me", in its author's own words. */
public record AboutMeRevision(
        UUID id, CaseId caseId, AboutMePart part, String body, UUID authorId, String authorName, CaseRole authorRole,
        Instant writtenAt, UUID basedOn) {}
