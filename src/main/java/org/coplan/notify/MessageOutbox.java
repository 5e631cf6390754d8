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
import org.coplan.notify.internal.LetterSettings;
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
    private final LetterSettings letterSettings;
    private final LetterPdf letters;
    private final AuditLog audit;
    private final Clock clock;

    MessageOutbox(OutboundMessages messages, NotifyGateway notify, LetterSettings letterSettings, LetterPdf letters, AuditLog audit,
            Clock clock) {
        this.messages = messages;
        this.notify = notify;
        this.letterSettings = letterSettings;
        this.letters = letters;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Queues a text message, to be sent by the outbox sender as soon as it runs; without a mobile
     * number it is recorded as not delivered at once.
     */
    public UUID queueText(UUID caseId, String name, String mobile, String subject, String body) {
        Instant now = clock.instant();
        if (mobile == null) {
            return notPossible(caseId, null, name, Channel.TEXT, null, List.of(), subject, body, null,
                    "They chose text messages but have not given a UK mobile number");
        }
        OutboundMessage m = new OutboundMessage(UUID.randomUUID(), caseId, null, name, Channel.TEXT, mobile, List.of(), subject,
                body, Status.QUEUED, 0, now, null, null, null, now, now);
        messages.insert(m);
        return m.id();
    }

    /** Records a message that cannot be sent as it stands, as not delivered, for the case's lead to see. */
    private UUID notPossible(UUID caseId, UUID authority, String name, Channel channel, String phone, List<String> address,
            String subject, String body, UUID assignee, String why) {
        Instant now = clock.instant();
        OutboundMessage m = new OutboundMessage(UUID.randomUUID(), caseId, authority, name, channel, phone, address, subject, body,
                Status.FAILED, 0, null, why, assignee, null, now, now);
        messages.insert(m);
        String what = switch (channel) {
            case TEXT -> "Text message: ";
            case LETTER -> "Letter: ";
            case PHONE -> "Phone call: ";
        };
        audit.record(AuditEntry.system(caseId, AuditAction.MESSAGE_SENT, what + subject, "to " + name + ", not delivered: " + why));
        return m.id();
    }

    /**
     * Queues a letter: for GOV.UK Notify's letter service when that is on, otherwise straight onto
     * the authority's print page ("Letters to post"), which is recorded in the audit trail.
     */
    public UUID queueLetter(UUID caseId, UUID localAuthorityId, String name, List<String> address, String subject, String body) {
        Instant now = clock.instant();
        if (address.isEmpty()) {
            return notPossible(caseId, localAuthorityId, name, Channel.LETTER, null, List.of(), subject, body, null,
                    "They chose letters by post but have not given a postal address");
        }
        boolean throughNotify = letterSettings.throughNotify(localAuthorityId);
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

    /** Puts a phone call on the caller's list; without a number or a caller it is recorded as not made. */
    public UUID queueCall(UUID caseId, UUID callerId, String name, String phone, String subject, String body) {
        Instant now = clock.instant();
        if (phone == null || callerId == null) {
            return notPossible(caseId, null, name, Channel.PHONE, phone, List.of(), subject, body, callerId, phone == null
                    ? "They chose phone calls but have not given a phone number"
                    : "Nobody on the team can make the call: the case has no named contact or lead on its team");
        }
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

    /** How an authority's letters are sent now. */
    public record LetterRoute(UUID authorityId, boolean notifySetUp, boolean throughNotify) {}

    @Transactional(readOnly = true)
    public LetterRoute letterRoute(UUID authority) {
        return new LetterRoute(authority, notify.configured(), letterSettings.throughNotify(authority));
    }

    /**
     * The authority's choice: its letters go through GOV.UK Notify, or wait on its print page. Letters
     * already waiting on the print page stay there.
     */
    public void chooseLetterRoute(UUID authority, boolean throughNotify, Actor actor) {
        letterSettings.choose(authority, throughNotify, actor.name(), clock.instant());
        audit.record(new AuditEntry(actor.id(), actor.name(), actor.role(), null, AuditAction.CHANGED, "How letters are sent",
                throughNotify ? "through GOV.UK Notify" : "printed and posted by the local authority's staff"));
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

    /** How many letters wait to be posted for these authorities, and how many calls this person has to make. */
    public record Waiting(long letters, long calls) {}

    @Transactional(readOnly = true)
    public Waiting waiting(Collection<UUID> authorities, UUID personId) {
        return new Waiting(messages.countToPrint(authorities), messages.countOpenCalls(personId));
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
