package org.coplan.notify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coplan.notify.Email;
import org.coplan.notify.Emails;
import org.coplan.notify.Notice;
import org.coplan.notify.MessageOutbox;
import org.coplan.notify.Notices;
import org.coplan.notify.Route;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Tells people by email, or by the route they chose: a text message, a letter or a phone call,
 * saved in the {@link MessageOutbox}. Coplan keeps no language per person yet, so every message is
 * in the service's language (British English); the audit entry of an email is written by
 * {@link Emails}, of the others by the outbox.
 */
@Service
class EmailNotices implements Notices {

    private static final Locale SERVICE_LANGUAGE = Locale.UK;

    private final Emails emails;
    private final MessageOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;
    private final String serviceName;

    EmailNotices(Emails emails, MessageOutbox outbox, MessageSource messages, @Value("${coplan.base-url}") String baseUrl,
            @Value("${coplan.service-name}") String serviceName) {
        this.emails = emails;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.serviceName = serviceName;
    }

    @Override
    public void tell(Notice notice) {
        emails.send(new Email(notice.email(), subject(notice), body(notice), notice.caseId()));
    }

    @Override
    public void tell(Notice notice, Route route) {
        switch (route) {
            case Route.ByEmail e -> tell(notice);
            case Route.ByText t -> outbox.queueText(notice.caseId(), notice.name(), t.mobile(), subject(notice),
                    messages.getMessage("channels.text.body", new Object[] {notice.name(), subject(notice), baseUrl + notice.path()},
                            SERVICE_LANGUAGE));
            case Route.ByLetter l -> outbox.queueLetter(notice.caseId(), l.localAuthorityId(), notice.name(), l.addressLines(),
                    subject(notice), body(notice));
            case Route.ByPhone p -> outbox.queueCall(notice.caseId(), p.callerId(), notice.name(), p.phone(), subject(notice),
                    body(notice));
        }
    }

    private String subject(Notice notice) {
        return messages.getMessage(notice.subjectKey(), new Object[] {serviceName}, SERVICE_LANGUAGE);
    }

    private String body(Notice notice) {
        List<Object> args = new ArrayList<>();
        args.add(notice.name());
        args.addAll(notice.args());
        args.add(baseUrl + notice.path());
        return messages.getMessage(notice.bodyKey(), args.toArray(), SERVICE_LANGUAGE);
    }
}
