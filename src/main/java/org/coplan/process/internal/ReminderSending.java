package org.coplan.process.internal;

import java.time.Clock;
import java.util.List;
import org.coplan.notify.Email;
import org.coplan.notify.Emails;
import org.coplan.process.internal.ReminderClaims.Claim;
import org.coplan.process.internal.ReminderClaims.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims a reminder and sends it in one transaction. Only the instance whose claim succeeds
 * sends; a send the mail server refuses throws, the claim rolls back with it, and a later run
 * tries again. A second instance claiming the same reminder waits on the first one's row until it
 * commits or rolls back.
 */
@Service
public class ReminderSending {

    /** An email and what the audit record says about it. */
    public record Message(Email email, String auditSubject, String auditDetail) {}

    private final ReminderClaims claims;
    private final Emails emails;
    private final Clock clock;

    ReminderSending(ReminderClaims claims, Emails emails, Clock clock) {
        this.claims = claims;
        this.emails = emails;
        this.clock = clock;
    }

    /** Emails the reminder; false if it had been claimed already. */
    @Transactional
    public boolean email(Claim claim, Message message) {
        if (!claims.claim(claim, Outcome.EMAILED, clock.instant())) {
            return false;
        }
        emails.sendOrFail(message.email(), message.auditSubject(), message.auditDetail());
        return true;
    }

    /**
     * For a family member who chose not to be emailed: records that, and emails the case leads
     * so they tell them by their chosen way. False if it had been claimed already.
     */
    @Transactional
    public boolean passOn(Claim familyClaim, List<Message> toLeads) {
        if (toLeads.isEmpty()) {
            throw new IllegalArgumentException("Nobody to pass the message on");
        }
        if (!claims.claim(familyClaim, Outcome.NOT_EMAILED_CHANNEL, clock.instant())) {
            return false;
        }
        toLeads.forEach(m -> emails.sendOrFail(m.email(), m.auditSubject(), m.auditDetail()));
        return true;
    }
}
