package org.coplan.provision.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One session of a provision item as recorded by its provider: delivered (minutes, who, what was
 * worked on) or not delivered (a reason, and words when the reason is "other"). A make-up names
 * the missed session it makes up; a group session shares its group id with the other children's
 * rows. A correction is a new session; the one corrected keeps its words and names its
 * replacement.
 */
public record Session(
        UUID id, UUID caseId, UUID itemLineage, LocalDate date, SessionStatus status, Integer minutes, String deliveredBy,
        String note, NotDeliveredReason reason, String reasonWords, UUID makesUp, UUID groupSessionId, UUID recordedBy,
        String recordedByName, Instant recordedAt, UUID replacedBy) {

    public boolean delivered() {
        return status == SessionStatus.DELIVERED;
    }

    public boolean makeUp() {
        return makesUp != null;
    }

    public boolean current() {
        return replacedBy == null;
    }
}
