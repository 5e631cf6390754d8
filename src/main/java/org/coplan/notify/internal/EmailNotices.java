package org.coplan.notify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coplan.notify.Email;
import org.coplan.notify.Emails;
import org.coplan.notify.Notice;
import org.coplan.notify.Notices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Tells people by email. Coplan keeps no language per person yet, so every message is in the
 * service's language (British English); the audit entry is written by {@link Emails}.
 */
@Service
class EmailNotices implements Notices {

    private static final Locale SERVICE_LANGUAGE = Locale.UK;

    private final Emails emails;
    private final MessageSource messages;
    private final String baseUrl;
    private final String serviceName;

    EmailNotices(Emails emails, MessageSource messages, @Value("${coplan.base-url}") String baseUrl,
            @Value("${coplan.service-name}") String serviceName) {
        this.emails = emails;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.serviceName = serviceName;
    }

    @Override
    public void tell(Notice notice) {
        List<Object> args = new ArrayList<>();
        args.add(notice.name());
        args.addAll(notice.args());
        args.add(baseUrl + notice.path());
        emails.send(new Email(notice.email(),
                messages.getMessage(notice.subjectKey(), new Object[] {serviceName}, SERVICE_LANGUAGE),
                messages.getMessage(notice.bodyKey(), args.toArray(), SERVICE_LANGUAGE),
                notice.caseId()));
    }
}
