package org.coplan.notify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A text message, letter or phone call Coplan owes someone, and how far it has got. The subject
 * and body are the words sent; they never name the child.
 *
 * @param assigneeId for a phone call, the person who makes it
 * @param note for a phone call, what the caller wrote when they marked it done; for a letter, who posted it
 */
public record OutboundMessage(
        UUID id, UUID caseId, UUID localAuthorityId, String recipientName, Channel channel, String phone,
        List<String> addressLines, String subject, String body, Status status, int attempts, Instant nextTryAt,
        String lastError, UUID assigneeId, String note, Instant createdAt, Instant updatedAt) {

    public enum Channel {
        TEXT,
        LETTER,
        PHONE
    }

    public enum Status {
        /** Waiting to be sent, or to be tried again at {@code nextTryAt}. */
        QUEUED,
        SENT,
        /** Not sent after the last try, or refused: shown to the case's lead. */
        FAILED,
        /** A failed message the lead has dealt with another way. */
        DEALT_WITH,
        /** A letter waiting for the local authority's staff to print and post it. */
        TO_PRINT,
        POSTED,
        /** A phone call waiting for its caller. */
        CALL_OPEN,
        CALL_DONE
    }

    public OutboundMessage {
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }
}
