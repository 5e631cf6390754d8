package org.coplan.notify;

import java.util.UUID;

/**
 * A message to one person. The body never holds case details beyond what the reader needs to
 * act: it says what happened and links to the page.
 *
 * @param caseId the case the message is about, or null; used only for the audit record
 */
public record Email(String to, String subject, String body, UUID caseId) {}
