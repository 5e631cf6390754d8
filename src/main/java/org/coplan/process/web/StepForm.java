package org.coplan.process.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.coplan.process.domain.AdviceKind;
import org.coplan.process.domain.DeadlineKey;
import org.coplan.process.domain.ExceptionReason;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.deadlines.RequestChannel;
import org.coplan.process.domain.RequestSource;
import org.coplan.process.domain.ReviewOutcome;
import org.coplan.deadlines.StatutoryDeadlines;
import org.coplan.deadlines.StatutoryDeadlines.TransferKind;
import org.coplan.shared.web.DateFields;
import org.coplan.shared.web.FormErrors;

/** The fields a step's form has, and reading what was typed into a step. */
final class StepForm {

    private StepForm() {}

    static String slug(ProcessEventKind kind) {
        return kind.name().toLowerCase().replace('_', '-');
    }

    static ProcessEventKind kind(String slug) {
        try {
            return ProcessEventKind.valueOf(slug.toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Which parts of the form a step has. */
    static Map<String, Boolean> fields(ProcessEventKind kind) {
        Map<String, Boolean> f = new HashMap<>();
        boolean request = kind == ProcessEventKind.REQUEST_RECEIVED;
        f.put("request", request);
        f.put("occurredOn", !request);
        f.put("adviser", kind == ProcessEventKind.ADVICE_REQUESTED);
        f.put("adviserName", kind == ProcessEventKind.ADVICE_REQUESTED || kind == ProcessEventKind.SCHOOL_REQUESTED
                || kind == ProcessEventKind.SCHOOL_CONSULTED);
        f.put("relatedId", kind == ProcessEventKind.ADVICE_RECEIVED);
        f.put("targetOn", kind == ProcessEventKind.REVIEW_MEETING_ARRANGED || kind == ProcessEventKind.PHASE_TRANSFER_PLANNED);
        f.put("reviewOutcome", kind == ProcessEventKind.REVIEW_DECISION);
        f.put("transferKind", kind == ProcessEventKind.PHASE_TRANSFER_PLANNED);
        f.put("exception", kind == ProcessEventKind.EXCEPTION_RECORDED);
        f.put("reasons", kind.needsReasons() || kind == ProcessEventKind.REVIEW_MEETING_ARRANGED);
        return f;
    }

    /** The step as typed, or null when a field cannot be read (the errors say why). */
    static ProcessEvent read(ProcessEventKind kind, Map<String, String> typed, StatutoryDeadlines rules, FormErrors errors) {
        Map<String, Boolean> fields = fields(kind);
        ProcessEvent e = ProcessEvent.of(kind, null);
        if (fields.get("request")) {
            RequestSource source = option(RequestSource.class, typed.get("source"));
            RequestChannel channel = option(RequestChannel.class, typed.get("channel"));
            if (source == null) {
                errors.add("source", "process.error.source");
            }
            if (channel == null) {
                errors.add("channel", "process.error.channel");
            }
            LocalDate arrived = date("arrivedOn", typed, errors);
            LocalTime time = time(typed.get("arrivedTime"), errors);
            if (time == null && channel != null && channel.needsTime() && !errors.has("arrivedTime")) {
                errors.add("arrivedTime", "process.error.timeForEmail", rules.settings().receiptCutOff().toString());
            }
            if (arrived != null && !errors.has("arrivedTime") && channel != null && source != null) {
                // With no time entered (never for email), a request is taken to have arrived before the cut-off.
                LocalDateTime at = arrived.atTime(time == null ? LocalTime.MIDNIGHT : time);
                e = e.withRequest(source, channel, arrived, time).on(rules.receivedOn(at, channel));
            }
        } else {
            LocalDate on = date("occurredOn", typed, errors);
            e = e.on(on);
        }
        if (fields.get("adviser")) {
            AdviceKind adviser = option(AdviceKind.class, typed.get("adviser"));
            if (adviser == null) {
                errors.add("adviser", "process.error.adviser");
            }
            e = e.withAdviser(adviser, blankToNull(typed.get("adviserName")));
        } else if (fields.get("adviserName")) {
            String name = blankToNull(typed.get("adviserName"));
            if (name == null) {
                errors.add("adviserName", "process.error.schoolName");
            }
            e = e.withAdviser(null, name);
        }
        if (fields.get("relatedId")) {
            UUID related = uuid(typed.get("relatedId"));
            if (related == null) {
                errors.add("relatedId", "process.problem.chooseAdvice");
            }
            e = e.withRelated(related);
        }
        if (fields.get("targetOn")) {
            e = e.withTarget(date("targetOn", typed, errors));
        }
        if (fields.get("reviewOutcome")) {
            ReviewOutcome outcome = option(ReviewOutcome.class, typed.get("outcome"));
            if (outcome == null) {
                errors.add("outcome", "process.problem.outcomeMissing");
            }
            e = e.withOutcome(outcome == null ? null : outcome.name());
        }
        if (fields.get("transferKind")) {
            TransferKind transfer = option(TransferKind.class, typed.get("outcome"));
            if (transfer == null) {
                errors.add("outcome", "process.problem.transferKindMissing");
            }
            e = e.withOutcome(transfer == null ? null : transfer.name());
        }
        if (fields.get("exception")) {
            String target = typed.getOrDefault("deadline", "");
            int slash = target.indexOf('/');
            DeadlineKey key = slash < 0 ? null : option(DeadlineKey.class, target.substring(0, slash));
            UUID subject = slash < 0 ? null : uuid(target.substring(slash + 1));
            if (key == null || subject == null) {
                errors.add("deadline", "process.problem.chooseDeadline");
            }
            ExceptionReason reason = option(ExceptionReason.class, typed.get("outcome"));
            if (reason == null) {
                errors.add("outcome", "process.problem.exceptionReasonMissing");
            }
            LocalDate ends = null;
            if (!blank(typed.get("endsOnDay")) || !blank(typed.get("endsOnMonth")) || !blank(typed.get("endsOnYear"))) {
                ends = date("endsOn", typed, errors);
            }
            e = e.withException(key, subject, ends).withOutcome(reason == null ? null : reason.name());
        }
        if (fields.get("reasons")) {
            e = e.withReasons(blankToNull(typed.get("reasons")));
        }
        return errors.any() ? null : e;
    }

    /** A date input filled in with a day, as a form shows it before anything is typed. */
    static Map<String, String> dateTyped(String name, LocalDate day) {
        Map<String, String> typed = new HashMap<>();
        typed.put(name + "Day", String.valueOf(day.getDayOfMonth()));
        typed.put(name + "Month", String.valueOf(day.getMonthValue()));
        typed.put(name + "Year", String.valueOf(day.getYear()));
        return typed;
    }

    static LocalDate date(String name, Map<String, String> typed, FormErrors errors) {
        DateFields.Result r = DateFields.parse(typed.get(name + "Day"), typed.get(name + "Month"), typed.get(name + "Year"));
        if (!r.ok()) {
            errors.add(name, "process." + name + "." + r.errorKey());
        }
        return r.date();
    }

    /** The time typed, or null when none was (whether one is needed is the channel's rule). */
    private static LocalTime time(String value, FormErrors errors) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip().replace('.', ':');
        if (v.matches("\\d{1,2}")) {
            v = v + ":00";
        }
        if (v.matches("\\d:\\d{2}")) {
            v = "0" + v;
        }
        try {
            return LocalTime.parse(v);
        } catch (DateTimeParseException ex) {
            errors.add("arrivedTime", "process.error.time");
            return null;
        }
    }

    static <E extends Enum<E>> E option(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
