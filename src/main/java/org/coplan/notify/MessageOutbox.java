package org.coplan.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditLog;
import org.coplan.notify.OutboundMessage.Channel;
import org.coplan.notify.OutboundMessage.Status;
import org.coplan.notify.internal.LetterPdf;
import org.coplan.notify.internal.NotifyGateway;
import org.coplan.notify.internal.OutboundMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of text messages, letters and phone calls: what is queued, what did not reach
 * someone, the letters waiting to be posted and the calls waiting to be made. Saving a message
 * here, in the caller's transaction, is the promise that it is sent or, after the last try, shown
 * to the case's lead: nothing is dropped. Callers check who may see what (a case's lead, an
 * authority's staff, the caller of a phone call); this keeps the record and the audit trail.
 */
@Service
@Transactional
public class MessageOutbox {

    /** Who did something to a message, for the audit trail. */
    public record Actor(UUID id, String name, String role) {}

    private final OutboundMessages messages;
    private final NotifyGateway notify;
    private final LetterPdf letters;
    private final AuditLog audit;
    private final Clock clock;

    MessageOutbox(OutboundMessages messages, NotifyGateway notify, LetterPdf letters, AuditLog audit, Clock clock) {
        this.messages = messages;
        this.notify = notify;
        this.letters = letters;
        this.audit = audit;
        this.clock = clock;
    }

    /** Queues a text message, to be sent by the outbox sender as soon as it runs. */
    public UUID queueText(UUID caseId, String name, String mobile, String subject, String body) {
        Instant now = clock.instant();
        OutboundMessage m = new OutboundMessage(UUID.randomUUID(), caseId, null, name, Channel.TEXT, mobile, List.of(), subject,
                body, Status.QUEUED, 0, now, null, null, null, now, now);
        messages.insert(m);
        return m.id();
    }

    /**
     * Queues a letter: for GOV.UK Notify's letter service when that is on, otherwise straight onto
     * the authority's print page ("Letters to post"), which is recorded in the audit trail.
     */
    public UUID queueLetter(UUID caseId, UUID localAuthorityId, String name, List<String> address, String subject, String body) {
        Instant now = clock.instant();
        boolean throughNotify = notify.lettersOn();
        OutboundMessage m = new OutboundMessage(UUID.randomUUID(), caseId, localAuthorityId, name, Channel.LETTER, null, address,
                subject, body, throughNotify ? Status.QUEUED : Status.TO_PRINT, 0, throughNotify ? now : null, null, null, null,
                now, now);
        messages.insert(m);
        if (!throughNotify) {
            audit.record(AuditEntry.system(caseId, AuditAction.MESSAGE_SENT, "Letter: " + subject,
                    "to " + name + ", waiting to be printed and posted by the local authority"));
        }
        return m.id();
    }

    /** Puts a phone call on the caller's list. */
    public UUID queueCall(UUID caseId, UUID callerId, String name, String phone, String subject, String body) {
        Instant now = clock.instant();
        OutboundMessage m = new OutboundMessage(UUID.randomUUID(), caseId, null, name, Channel.PHONE, phone, List.of(), subject,
                body, Status.CALL_OPEN, 0, null, null, callerId, null, now, now);
        messages.insert(m);
        audit.record(AuditEntry.system(caseId, AuditAction.MESSAGE_SENT, "Phone call: " + subject,
                "to " + name + ", on the named contact's list of calls to make"));
        return m.id();
    }

    @Transactional(readOnly = true)
    public Optional<OutboundMessage> find(UUID id) {
        return messages.find(id);
    }

    /** The messages about the case that did not reach someone after their last try, newest first. */
    @Transactional(readOnly = true)
    public List<OutboundMessage> notReached(UUID caseId) {
        return messages.ofCase(caseId, Status.FAILED);
    }

    @Transactional(readOnly = true)
    public long countNotReached(UUID caseId) {
        return messages.countOfCase(caseId, Status.FAILED);
    }

    /** The lead has told the person another way: the message leaves the list of those that did not reach someone. */
    public boolean dealtWith(UUID caseId, UUID messageId, Actor actor) {
        Optional<OutboundMessage> m = messages.find(messageId).filter(x -> caseId.equals(x.caseId()));
        if (m.isEmpty() || !messages.move(messageId, Status.FAILED, Status.DEALT_WITH, null, clock.instant())) {
            return false;
        }
        audit.record(new AuditEntry(actor.id(), actor.name(), actor.role(), caseId, AuditAction.CHANGED,
                "A message that did not reach someone", "dealt with another way: " + m.get().subject() + " to " + m.get().recipientName()));
        return true;
    }

    /** The letters the local authorities' staff have to print and post, oldest first. */
    @Transactional(readOnly = true)
    public List<OutboundMessage> lettersToPost(Collection<UUID> authorities) {
        return messages.toPrint(authorities);
    }

    /** A letter's PDF, when it is one of these authorities' letters; the download is recorded. */
    public Optional<byte[]> letterPdf(UUID id, Collection<UUID> authorities, Actor actor) {
        Optional<OutboundMessage> letter = messages.find(id)
                .filter(m -> m.channel() == Channel.LETTER && authorities.contains(m.localAuthorityId()));
        letter.ifPresent(l -> audit.record(new AuditEntry(actor.id(), actor.name(), actor.role(), l.caseId(), AuditAction.EXPORTED,
                "Letter: " + l.subject(), "PDF of the letter to " + l.recipientName())));
        return letter.map(letters::render);
    }

    /** Marks one of these authorities' letters as posted; false when it is not waiting to be posted. */
    public boolean markPosted(UUID id, Collection<UUID> authorities, Actor actor) {
        Optional<OutboundMessage> letter = messages.find(id)
                .filter(m -> m.channel() == Channel.LETTER && authorities.contains(m.localAuthorityId()));
        if (letter.isEmpty() || !messages.move(id, Status.TO_PRINT, Status.POSTED, "Posted by " + actor.name(), clock.instant())) {
            return false;
        }
        audit.record(new AuditEntry(actor.id(), actor.name(), actor.role(), letter.get().caseId(), AuditAction.MESSAGE_SENT,
                "Letter: " + letter.get().subject(), "to " + letter.get().recipientName() + ", posted"));
        return true;
    }

    /** The calls this person has to make, oldest first. */
    @Transactional(readOnly = true)
    public List<OutboundMessage> callsFor(UUID personId) {
        return messages.openCalls(personId);
    }

    /** Marks the caller's own call as made, with what they noted; false if it is not theirs or not open. */
    public boolean markCalled(UUID id, String note, Actor actor) {
        Optional<OutboundMessage> call = messages.find(id)
                .filter(m -> m.channel() == Channel.PHONE && actor.id().equals(m.assigneeId()));
        if (call.isEmpty() || !messages.move(id, Status.CALL_OPEN, Status.CALL_DONE, note, clock.instant())) {
            return false;
        }
        audit.record(new AuditEntry(actor.id(), actor.name(), actor.role(), call.get().caseId(), AuditAction.MESSAGE_SENT,
                "Phone call: " + call.get().subject(), "to " + call.get().recipientName() + ", made" + (note == null ? "" : ": " + note)));
        return true;
    }
}
