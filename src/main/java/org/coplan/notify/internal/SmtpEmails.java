package org.coplan.notify.internal;

import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditLog;
import org.coplan.notify.Email;
import org.coplan.notify.EmailNotSent;
import org.coplan.notify.Emails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends over SMTP when {@code COPLAN_SMTP_HOST} is set. Without an SMTP server (a first local
 * start) each message is written to the log instead, so a person trying Coplan can still follow
 * a password-reset or invitation link. A mail server that is down never undoes what the person
 * did: the failure is logged and recorded in the audit trail.
 */
@Service
class SmtpEmails implements Emails {

    private static final Logger log = LoggerFactory.getLogger(SmtpEmails.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final AuditLog audit;
    private final String from;
    private final boolean configured;

    SmtpEmails(
            ObjectProvider<JavaMailSender> mailSender, AuditLog audit, @Value("${coplan.mail.from}") String from,
            @Value("${spring.mail.host:}") String host) {
        this.mailSender = mailSender;
        this.audit = audit;
        this.from = from;
        this.configured = host != null && !host.isBlank();
    }

    @Override
    public void send(Email email) {
        String outcome = "to " + email.to();
        try {
            deliver(email);
        } catch (MailException e) {
            log.warn("Could not send email to {}: {}", email.to(), e.getMessage());
            outcome = "to " + email.to() + ", not delivered: the mail server did not accept it";
        }
        audit.record(AuditEntry.system(email.caseId(), AuditAction.MESSAGE_SENT, "Email: " + email.subject(), outcome));
    }

    @Override
    public void sendOrFail(Email email, String auditSubject, String auditDetail) {
        try {
            deliver(email);
        } catch (MailException e) {
            log.warn("Could not send email to {}, it will be tried again: {}", email.to(), e.getMessage());
            throw new EmailNotSent("The mail server did not accept the message", e);
        }
        audit.record(AuditEntry.system(email.caseId(), AuditAction.MESSAGE_SENT, auditSubject, auditDetail));
    }

    private void deliver(Email email) {
        JavaMailSender sender = configured ? mailSender.getIfAvailable() : null;
        if (sender == null) {
            log.info("No SMTP server configured. Email to {}: {}\n{}", email.to(), email.subject(), email.body());
            return;
        }
        if (!email.attachments().isEmpty()) {
            sender.send(mime -> {
                MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
                helper.setFrom(from);
                helper.setTo(email.to());
                helper.setSubject(email.subject());
                helper.setText(email.body());
                for (Email.Attachment a : email.attachments()) {
                    helper.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
                }
            });
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email.to());
        message.setSubject(email.subject());
        message.setText(email.body());
        sender.send(message);
    }
}
