package org.coplan.notify.internal;

import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditLog;
import org.coplan.notify.Email;
import org.coplan.notify.Emails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends over SMTP when {@code spring.mail.host} is set. Without an SMTP server (a first local
 * start) each message is written to the log instead, so a person trying Coplan can still follow
 * a password-reset or invitation link.
 */
@Service
class SmtpEmails implements Emails {

    private static final Logger log = LoggerFactory.getLogger(SmtpEmails.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final AuditLog audit;
    private final String from;

    SmtpEmails(ObjectProvider<JavaMailSender> mailSender, AuditLog audit, @Value("${coplan.mail.from}") String from) {
        this.mailSender = mailSender;
        this.audit = audit;
        this.from = from;
    }

    @Override
    public void send(Email email) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP server configured. Email to {}: {}\n{}", email.to(), email.subject(), email.body());
        } else {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(email.to());
            message.setSubject(email.subject());
            message.setText(email.body());
            sender.send(message);
        }
        audit.record(AuditEntry.system(email.caseId(), AuditAction.MESSAGE_SENT, "Email: " + email.subject(), "to " + email.to()));
    }
}
