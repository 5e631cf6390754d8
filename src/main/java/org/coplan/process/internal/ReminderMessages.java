package org.coplan.process.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.cases.CaseRole;
import org.coplan.cases.ContactChannel;
import org.coplan.cases.ParticipationChoices;
import org.coplan.notify.Email;
import org.coplan.process.domain.Deadline;
import org.coplan.process.domain.Languages;
import org.coplan.process.domain.ReminderKind;
import org.coplan.process.domain.ReminderRecipients.Reason;
import org.coplan.process.domain.ReminderStage;
import org.coplan.process.internal.ReminderSending.Message;
import org.coplan.shared.web.ActByText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of each reminder, from messages.properties in the reader's language (English until a
 * translation exists). No email names the child: each says what is due and links to the case.
 * Audit records are always written in English and never hold the body.
 */
@Component
class ReminderMessages {

    /** A person a reminder goes to, with their email address and language. */
    record Reader(UUID personId, String name, String email, CaseRole role, Locale locale) {}

    private final MessageSource messages;
    private final ActByText actBy;
    private final String baseUrl;
    private final String serviceName;

    ReminderMessages(MessageSource messages, ActByText actBy, @Value("${coplan.base-url}") String baseUrl,
            @Value("${coplan.service-name}") String serviceName) {
        this.messages = messages;
        this.actBy = actBy;
        this.baseUrl = baseUrl;
        this.serviceName = serviceName;
    }

    /** A reminder before or after a deadline, to someone who has to act on it. */
    Message duty(UUID caseId, Deadline d, ReminderStage stage, Reader to, Reason why, String adviserName) {
        Locale l = to.locale();
        String what = text("reminder.what." + d.key().name(), l);
        String due = date(d.dueOn(), l);
        boolean overdue = stage.kind() == ReminderKind.OVERDUE;
        String subject = overdue
                ? text("reminder.overdue.subject", l, what, due)
                : text("reminder.dueSoon.subject", l, what, stage.daysLeft());
        String guidance = d.key().guidance() ? text("reminder.guidance", l) : "";
        String because = switch (why) {
            case ADVISER_NOT_ON_TEAM -> text("reminder.because.adviserNotOnTeam", l, adviserName, serviceName);
            case ADVISER_UNNAMED -> text("reminder.because.adviserUnnamed", l);
            default -> text("reminder.because.responsible", l, role(to.role(), l));
        };
        String body = text(overdue ? "reminder.overdue.body" : "reminder.dueSoon.body", l,
                to.name(), what, due, stage.daysLeft(), serviceName, guidance, link(caseId), because);

        Locale en = Languages.ENGLISH;
        String auditWhat = text("reminder.what." + d.key().name(), en);
        String auditSubject = overdue
                ? text("reminder.audit.overdue", en, auditWhat, date(d.dueOn(), en))
                : text("reminder.audit.dueSoon", en, auditWhat, date(d.dueOn(), en), stage.leadDays());
        return new Message(new Email(to.email(), subject, body, caseId), auditSubject, auditDetail(to));
    }

    /** Tells a family member that a window has opened for them, with the day to act by (legal date beside it if earlier). */
    Message windowOpen(UUID caseId, Deadline d, Reader to) {
        Locale l = to.locale();
        String subject = text("reminder.window.subject." + d.key().name(), l);
        String body = text("reminder.window.body", l, to.name(),
                text("reminder.window." + d.key().name(), l, actBy.text(d.dueOn(), l)), serviceName, link(caseId),
                role(to.role(), l));
        return new Message(new Email(to.email(), subject, body, caseId), windowAudit(d), auditDetail(to));
    }

    /** Asks a case lead to tell a family member who chose not to be emailed that a window opened. */
    Message passOn(UUID caseId, Deadline d, Reader lead, CaseRole familyRole, ParticipationChoices choices) {
        Locale l = lead.locale();
        String channels = channels(choices.channels(), l);
        String notes = "";
        if (choices.language() != null && !choices.language().isBlank()) {
            notes += text("reminder.passOn.language", l, choices.language().strip());
        }
        if (choices.interpreterNeeded()) {
            notes += text("reminder.passOn.interpreter", l);
        }
        String body = text("reminder.passOn.body", l, lead.name(), serviceName, role(familyRole, l), channels,
                text("reminder.window." + d.key().name(), l, actBy.text(d.dueOn(), l)), notes, link(caseId),
                role(lead.role(), l));
        Locale en = Languages.ENGLISH;
        String auditSubject = text("reminder.audit.passOn", en, text("reminder.window.subject." + d.key().name(), en),
                date(d.dueOn(), en));
        String detail = text("reminder.audit.toFor", en, lead.name(), role(lead.role(), en), role(familyRole, en),
                channels(choices.channels(), en));
        return new Message(new Email(lead.email(), text("reminder.passOn.subject", l), body, caseId), auditSubject, detail);
    }

    private String windowAudit(Deadline d) {
        Locale en = Languages.ENGLISH;
        return text("reminder.audit.windowOpen", en, text("reminder.window.subject." + d.key().name(), en),
                date(d.dueOn(), en));
    }

    private String auditDetail(Reader to) {
        return text("reminder.audit.to", Languages.ENGLISH, to.name(), role(to.role(), Languages.ENGLISH));
    }

    private String link(UUID caseId) {
        return baseUrl + "/cases/" + caseId + "/timeline";
    }

    private String channels(Set<ContactChannel> channels, Locale l) {
        return channels.stream().sorted().map(c -> text("channel." + c.name(), l)).collect(Collectors.joining(", "));
    }

    private String role(CaseRole role, Locale l) {
        return text("role." + role.name(), l);
    }

    /**
     * Dates are written in the language the words came from (reminder.locale in the messages
     * file used), so an English fallback never carries a month name in another language.
     */
    private String date(LocalDate day, Locale l) {
        Locale written = Locale.forLanguageTag(messages.getMessage("reminder.locale", null, "en-GB", l));
        return DateTimeFormatter.ofPattern(messages.getMessage("reminder.dateFormat", null, l), written).format(day);
    }

    private String text(String key, Locale l, Object... args) {
        return messages.getMessage(key, args, l);
    }
}
