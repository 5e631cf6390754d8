package org.coplan.notify;

import java.util.List;
import java.util.UUID;

/**
 * A message to one person. The body never holds case details beyond what the reader needs to
 * act: it says what happened and links to the page. Attachments (a calendar file for a meeting)
 * follow the same rule.
 *
 * @param caseId the case the message is about, or null; used only for the audit record
 */
public record Email(String to, String subject, String body, UUID caseId, List<Attachment> attachments) {

    /** A file sent with the message. */
    public record Attachment(String fileName, String contentType, byte[] content) {}

    public Email {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public Email(String to, String subject, String body, UUID caseId) {
        this(to, subject, body, caseId, List.of());
    }
}
