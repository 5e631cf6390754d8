package org.coplan.notify;

import java.util.List;
import java.util.UUID;

/**
 * Something to tell one person. The subject's message gets the service name as {0}; the body's
 * gets the person's name as {0}, then {@code args}, then the link to {@code path} last.
 *
 * @param path the page on Coplan the message leads to, from the root (for example
 *     {@code /cases/<id>/timeline}); the service's own address is put in front of it
 * @param caseId the case it is about, for the audit trail; null if none
 */
public record Notice(String email, String name, String subjectKey, String bodyKey, List<Object> args, String path, UUID caseId) {

    public Notice {
        args = List.copyOf(args);
    }
}
