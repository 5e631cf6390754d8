package org.coplan.provision.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a recorded session must be, checked before anything is stored: a day within the item's
 * dates and not in the future; for a delivered session, minutes from 0 to a day, who delivered it
 * and a short note; for a session that did not happen, a reason (and words for "other"); at most
 * one regular session and one make-up per item per day; and a make-up only for a missed session
 * of the same item that has no make-up yet. Each problem names the field it is about.
 */
public final class RecordingRules {

    /** The most minutes a session can last: a day. */
    public static final int MAX_MINUTES = 1440;
    /** The longest note on what was worked on, and the longest "other" reason. */
    public static final int MAX_NOTE = 500;
    /** The longest name of who delivered a session. */
    public static final int MAX_NAME = 200;

    /** A problem with one field, as a message key and its arguments (dates stay {@link LocalDate}s for the page to format). */
    public record Problem(String field, String key, Object... args) {}

    /**
     * What the person typed, except the date, which the page reads from its three boxes ({@code date}
     * null when it could not). Blank strings count as not given.
     */
    public record Typed(
            LocalDate date, String status, String minutes, String deliveredBy, String note, String reason, String reasonWords,
            String makesUp) {}

    /** A session as checked: the values to store, ready for {@link Session}. */
    public record Entry(
            LocalDate date, SessionStatus status, Integer minutes, String deliveredBy, String note, NotDeliveredReason reason,
            String reasonWords, UUID makesUp) {}

    /** Either the entry to store or what is wrong with it (never both). */
    public record Checked(Entry entry, List<Problem> problems, UUID clash) {
        public boolean ok() {
            return entry != null;
        }
    }

    private RecordingRules() {}

    /**
     * Checks one child's session of {@code item}. {@code sessions} are the item's current sessions;
     * {@code replacing} is the session a correction replaces (left out of the "twice" and
     * "already made up" checks), or null.
     */
    public static Checked check(Typed typed, ProvisionItem item, LocalDate today, List<Session> sessions, UUID replacing) {
        List<Problem> problems = new ArrayList<>();
        UUID clash = null;
        LocalDate date = typed.date();
        if (date == null) {
            problems.add(new Problem("date", "delivery.error.dateRequired"));
        } else {
            if (date.isAfter(today)) {
                problems.add(new Problem("date", "delivery.error.dateFuture"));
            } else if (date.isBefore(item.firstDay())) {
                problems.add(new Problem("date", "delivery.error.dateBeforeItem", item.firstDay()));
            } else if (item.lastDay() != null && date.isAfter(item.lastDay())) {
                problems.add(new Problem("date", "delivery.error.dateAfterItem", item.lastDay()));
            }
        }
        SessionStatus status = parse(SessionStatus.class, typed.status());
        if (status == null) {
            problems.add(new Problem("status", "delivery.error.statusRequired"));
        }
        Integer minutes = null;
        String deliveredBy = blankToNull(typed.deliveredBy());
        String note = blankToNull(typed.note());
        NotDeliveredReason reason = null;
        String reasonWords = blankToNull(typed.reasonWords());
        if (status == SessionStatus.DELIVERED) {
            String m = blankToNull(typed.minutes());
            if (m == null) {
                problems.add(new Problem("minutes", "delivery.error.minutesRequired"));
            } else if (!m.matches("-?\\d{1,9}")) {
                problems.add(new Problem("minutes", "delivery.error.minutesNotNumber"));
            } else {
                minutes = Integer.valueOf(m);
                if (minutes < 0) {
                    problems.add(new Problem("minutes", "delivery.error.minutesNegative"));
                } else if (minutes > MAX_MINUTES) {
                    problems.add(new Problem("minutes", "delivery.error.minutesOverADay", MAX_MINUTES));
                }
            }
            if (deliveredBy == null) {
                problems.add(new Problem("deliveredBy", "delivery.error.deliveredByRequired"));
            } else if (deliveredBy.length() > MAX_NAME) {
                problems.add(new Problem("deliveredBy", "delivery.error.tooLong", MAX_NAME));
            }
            if (note != null && note.length() > MAX_NOTE) {
                problems.add(new Problem("note", "delivery.error.tooLong", MAX_NOTE));
            }
            reasonWords = null;
        } else if (status == SessionStatus.NOT_DELIVERED) {
            reason = parse(NotDeliveredReason.class, typed.reason());
            if (reason == null) {
                problems.add(new Problem("reason", "delivery.error.reasonRequired"));
            } else if (reason == NotDeliveredReason.OTHER && reasonWords == null) {
                problems.add(new Problem("reasonWords", "delivery.error.otherWords"));
            }
            if (reasonWords != null && reasonWords.length() > MAX_NOTE) {
                problems.add(new Problem("reasonWords", "delivery.error.tooLong", MAX_NOTE));
            }
            if (reason != NotDeliveredReason.OTHER) {
                reasonWords = null;
            }
            deliveredBy = null;
            note = null;
        }
        String mu = blankToNull(typed.makesUp());
        UUID makesUp = mu == null ? null : uuid(mu);
        if (mu != null) {
            Optional<Session> missed = makesUp == null ? Optional.empty()
                    : sessions.stream().filter(s -> s.id().equals(makesUp) && !s.id().equals(replacing)).findFirst();
            if (missed.isEmpty() || missed.get().delivered()) {
                problems.add(new Problem("makesUp", "delivery.error.makeUpNotMissed"));
            } else if (sessions.stream().anyMatch(s -> makesUp.equals(s.makesUp()) && !s.id().equals(replacing))) {
                problems.add(new Problem("makesUp", "delivery.error.makeUpAlreadyMadeUp", missed.get().date()));
            } else if (date != null && date.isBefore(missed.get().date())) {
                problems.add(new Problem("makesUp", "delivery.error.makeUpBeforeMissed", missed.get().date()));
            }
        }
        if (date != null && !problems.stream().anyMatch(p -> p.field().equals("date"))) {
            boolean makeUp = mu != null;
            Optional<Session> twice = sessions.stream()
                    .filter(s -> s.date().equals(date) && s.makeUp() == makeUp && !s.id().equals(replacing))
                    .findFirst();
            if (twice.isPresent()) {
                clash = twice.get().id();
                problems.add(new Problem("date", makeUp ? "delivery.error.makeUpTwice" : "delivery.error.twice", date));
            }
        }
        if (!problems.isEmpty() || date == null) {
            return new Checked(null, problems, clash);
        }
        return new Checked(new Entry(date, status, minutes, deliveredBy, note, reason, reasonWords, makesUp), List.of(), null);
    }

    /** The missed sessions of an item that have no make-up yet, newest first: what a make-up may be for. */
    public static List<Session> missedWithoutMakeUp(List<Session> sessions, UUID replacing) {
        return sessions.stream()
                .filter(s -> !s.delivered() && !s.id().equals(replacing))
                .filter(s -> sessions.stream().noneMatch(o -> s.id().equals(o.makesUp()) && !o.id().equals(replacing)))
                .sorted(java.util.Comparator.comparing(Session::date).reversed())
                .toList();
    }

    /**
     * Whether a person may record sessions of an item: its named provider, a team member whose
     * case role is the item's provider role, or the case's leads (who record on the provider's
     * behalf, and are the only ones who may for an item with no amount).
     */
    public static boolean mayRecord(ProvisionItem item, UUID person, String caseRole, boolean lead) {
        return lead || provides(item, person, caseRole);
    }

    /** Whether the person is the item's provider (by name, or by their role on the case). */
    public static boolean provides(ProvisionItem item, UUID person, String caseRole) {
        Amount a = item.amount();
        if (a == null) {
            return false;
        }
        return (a.providerPerson() != null && a.providerPerson().equals(person))
                || (a.providerRole() != null && a.providerRole().equals(caseRole));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID uuid(String s) {
        try {
            return UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
