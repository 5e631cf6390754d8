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
 * start) each message is kept in the {@link DemoMailbox} instead, so a person trying Coplan can
 * still follow a password-reset or invitation link; the log says only that a message is there,
 * never its body, links or tokens. A mail server that is down never undoes what the person did:
 * the failure is logged and recorded in the audit trail. Addresses in the log are masked.
 */
@Service
class SmtpEmails implements Emails {

    private static final Logger log = LoggerFactory.getLogger(SmtpEmails.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final DemoMailbox mailbox;
    private final AuditLog audit;
    private final String from;
    private final boolean configured;

    SmtpEmails(
            ObjectProvider<JavaMailSender> mailSender, DemoMailbox mailbox, AuditLog audit, @Value("${coplan.mail.from}") String from,
            @Value("${spring.mail.host:}") String host) {
        this.mailSender = mailSender;
        this.mailbox = mailbox;
        this.audit = audit;
        this.from = from;
        this.configured = host != null && !host.isBlank();
    }

    @Override
    public void send(Email email) {
        String outcome = "to " + email.to();
        try {
            if (!deliver(email)) {
                outcome = "to " + email.to() + ", not sent: no mail server is configured";
            }
        } catch (MailException e) {
            log.warn("Could not send email to {}: {}", masked(email.to()), e.getMessage());
            outcome = "to " + email.to() + ", not delivered: the mail server did not accept it";
        }
        audit.record(AuditEntry.system(email.caseId(), AuditAction.MESSAGE_SENT, "Email: " + email.subject(), outcome));
    }

    @Override
    public void sendOrFail(Email email, String auditSubject, String auditDetail) {
        try {
            deliver(email);
        } catch (MailException e) {
            log.warn("Could not send email to {}, it will be tried again: {}", masked(email.to()), e.getMessage());
            throw new EmailNotSent("The mail server did not accept the message", e);
        }
        audit.record(AuditEntry.system(email.caseId(), AuditAction.MESSAGE_SENT, auditSubject, auditDetail));
    }

    /** Sends the message, or without a mail server keeps it in the demo mailbox; false if it went nowhere. */
    private boolean deliver(Email email) {
        JavaMailSender sender = configured ? mailSender.getIfAvailable() : null;
        if (sender == null) {
            if (mailbox.isOn()) {
                mailbox.keep(email);
                log.info("No SMTP server is configured (COPLAN_SMTP_HOST): the email to {} \"{}\" is in the demo mailbox at {}",
                        masked(email.to()), email.subject(), mailbox.address());
                return true;
            }
            log.warn("No SMTP server is configured (COPLAN_SMTP_HOST): the email to {} \"{}\" was not sent",
                    masked(email.to()), email.subject());
            return false;
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
            return true;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email.to());
        message.setSubject(email.subject());
        message.setText(email.body());
        sender.send(message);
        return true;
    }

    /** An address as the log shows it: the first letter and the domain, so a person is not named. */
    static String masked(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        if (at < 1) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }
}
