package org.coplan.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditLog;
import org.coplan.notify.Email;
import org.coplan.notify.OutboundMessage;
import org.coplan.notify.OutboundMessage.Channel;
import org.coplan.notify.OutboundMessage.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is queued in the outbox through GOV.UK Notify. Each message is claimed in a
 * transaction of its own ({@code for update skip locked}), so several nodes can run this at once
 * and each message is sent by one of them. A failure that may pass (Notify answered 5xx, or not in
 * time) is tried again after {@code coplan.notify.first-retry}, doubling each time, up to
 * {@code coplan.notify.tries} tries; then, or at once when Notify refuses the message itself, it is
 * marked FAILED, recorded in the audit trail and shown to the case's lead.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    /** At most this many messages per run, so a run ends; the rest go in the next. */
    private static final int PER_RUN = 200;

    /** What one run did. */
    public record Run(int sent, int retrying, int failed) {}

    private final OutboundMessages messages;
    private final NotifyGateway notify;
    private final LetterSettings letterSettings;
    private final LetterPdf letters;
    private final DemoMailbox mailbox;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final int tries;
    private final Duration firstRetry;

    OutboxSender(OutboundMessages messages, NotifyGateway notify, LetterSettings letterSettings, LetterPdf letters, DemoMailbox mailbox, AuditLog audit, Clock clock,
            PlatformTransactionManager transactions, @Value("${coplan.notify.tries:5}") int tries,
            @Value("${coplan.notify.first-retry:5m}") Duration firstRetry) {
        this.messages = messages;
        this.notify = notify;
        this.letterSettings = letterSettings;
        this.letters = letters;
        this.mailbox = mailbox;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.tries = Math.max(1, tries);
        this.firstRetry = firstRetry;
    }

    @Scheduled(cron = "${coplan.notify.cron:*/30 * * * * *}")
    public void run() {
        Run run = sendDue();
        if (run.sent() + run.retrying() + run.failed() > 0) {
            log.info("Outbox: {} sent, {} to try again, {} failed after their last try", run.sent(), run.retrying(), run.failed());
        }
    }

    /** Sends every message due now. */
    public Run sendDue() {
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        for (int i = 0; i < PER_RUN; i++) {
            Status after = transaction.execute(status -> {
                Optional<OutboundMessage> due = messages.claimDue(clock.instant());
                return due.map(this::send).orElse(null);
            });
            if (after == null) {
                break;
            }
            switch (after) {
                case SENT, TO_PRINT -> sent++;
                case QUEUED -> retrying++;
                default -> failed++;
            }
        }
        return new Run(sent, retrying, failed);
    }

    private Status send(OutboundMessage m) {
        Instant now = clock.instant();
        int attempt = m.attempts() + 1;
        if (m.channel() == Channel.LETTER && !letterSettings.throughNotify(m.localAuthorityId())) {
            // Letters were turned off in Notify since this one was queued: it waits on the print page instead.
            messages.tried(m.id(), Status.TO_PRINT, m.attempts(), null, null, null, now);
            audit.record(AuditEntry.system(m.caseId(), AuditAction.MESSAGE_SENT, "Letter: " + m.subject(),
                    "to " + m.recipientName() + ", waiting to be printed and posted by the local authority"));
            return Status.TO_PRINT;
        }
        if (m.channel() == Channel.TEXT && !notify.textsOn()) {
            if (mailbox.isOn()) {
                mailbox.keep(new Email(m.phone(), "Text message: " + m.subject(), m.body(), m.caseId()));
                messages.tried(m.id(), Status.SENT, attempt, null, null, null, now);
                audit.record(AuditEntry.system(m.caseId(), AuditAction.MESSAGE_SENT, "Text message: " + m.subject(),
                        "to " + m.phone() + ", kept in the demo mailbox: GOV.UK Notify is not set up"));
                return Status.SENT;
            }
            return failed(m, attempt, "Text messages are not set up: Coplan has no GOV.UK Notify key or text template", now);
        }
        NotifyGateway.Outcome outcome = m.channel() == Channel.TEXT
                ? notify.sendText(m.id(), m.phone(), m.subject(), m.body())
                : notify.sendLetter(m.id(), letters.render(m));
        String what = (m.channel() == Channel.TEXT ? "Text message: " : "Letter: ") + m.subject();
        return switch (outcome) {
            case NotifyGateway.Taken taken -> {
                messages.tried(m.id(), Status.SENT, attempt, null, null, taken.notifyId(), now);
                audit.record(AuditEntry.system(m.caseId(), AuditAction.MESSAGE_SENT, what,
                        "to " + (m.channel() == Channel.TEXT ? m.phone() : m.recipientName()) + " through GOV.UK Notify"));
                yield Status.SENT;
            }
            case NotifyGateway.NotTaken notTaken when notTaken.tryAgain() && attempt < tries -> {
                Instant next = now.plus(firstRetry.multipliedBy(1L << Math.min(attempt - 1, 20)));
                messages.tried(m.id(), Status.QUEUED, attempt, next, notTaken.why(), null, now);
                log.warn("Outbox: message {} not sent on try {} of {}, trying again at {}: {}", m.id(), attempt, tries, next, notTaken.why());
                yield Status.QUEUED;
            }
            case NotifyGateway.NotTaken notTaken -> failed(m, attempt, notTaken.why(), now);
        };
    }

    private Status failed(OutboundMessage m, int attempt, String why, Instant now) {
        messages.tried(m.id(), Status.FAILED, attempt, null, why, null, now);
        audit.record(AuditEntry.system(m.caseId(), AuditAction.MESSAGE_SENT,
                (m.channel() == Channel.TEXT ? "Text message: " : "Letter: ") + m.subject(),
                "to " + m.recipientName() + ", not delivered after " + attempt + (attempt == 1 ? " try: " : " tries: ") + why));
        log.warn("Outbox: message {} failed after {} tries: {}", m.id(), attempt, why);
        return Status.FAILED;
    }
}
