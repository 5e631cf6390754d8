package org.coplan.meetings.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An iCalendar file (RFC 5545) for a meeting invitation, written by hand rather than with a
 * library (see ADR 0017). It holds only what the caller passes: never a child's name or a case
 * id. Times are in UTC, so no time-zone component is needed; text is escaped (section 3.3.11) and
 * lines are folded at 75 octets without splitting a character (section 3.1), each ending CRLF.
 *
 * <p>The first invitation is published ({@code METHOD:PUBLISH}, each proposed time tentative). A
 * move is a {@code METHOD:REQUEST} and a cancellation a {@code METHOD:CANCEL} of the same UID with
 * a higher {@code SEQUENCE} (RFC 5546), so calendars update the entry they already hold. Those two
 * need an organiser and an attendee: the service's own address and the reader's, never a name
 * (ADR 0032).
 */
final class CalendarFile {

    /** What the file asks of a calendar, with the status each event then has. */
    enum Method {
        PUBLISH("TENTATIVE"),
        REQUEST("CONFIRMED"),
        CANCEL("CANCELLED");

        private final String status;

        Method(String status) {
            this.status = status;
        }
    }

    /** One proposed time. {@code uid} must be unique and carry no case details; {@code sequence} counts its updates. */
    record Event(String uid, int sequence, Instant starts, Instant ends, String summary, String location, String description, String url) {}

    /** For an update: the service's own address as organiser, and the address of the person the file is sent to. */
    record Parties(String organiser, String organiserName, String attendee) {}

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarFile() {}

    /** The first invitation: each proposed time, published. */
    static byte[] write(List<Event> events, Instant stamp) {
        return write(Method.PUBLISH, events, stamp, null);
    }

    static byte[] write(Method method, List<Event> events, Instant stamp, Parties parties) {
        if (method != Method.PUBLISH && parties == null) {
            throw new IllegalArgumentException(method + " needs an organiser and an attendee (RFC 5546)");
        }
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Coplan//Meetings//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method.name());
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(e.uid()));
            line(out, "SEQUENCE:" + e.sequence());
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(e.starts()));
            line(out, "DTEND:" + UTC.format(e.ends()));
            line(out, "SUMMARY:" + text(e.summary()));
            if (e.location() != null && !e.location().isBlank()) {
                line(out, "LOCATION:" + text(e.location()));
            }
            line(out, "DESCRIPTION:" + text(e.description()));
            line(out, "URL:" + e.url());
            if (parties != null) {
                line(out, "ORGANIZER;CN=" + param(parties.organiserName()) + ":mailto:" + parties.organiser());
                line(out, "ATTENDEE;RSVP=FALSE:mailto:" + parties.attendee());
            }
            line(out, "STATUS:" + method.status);
            line(out, "TRANSP:OPAQUE");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** TEXT escaping: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** A parameter value (section 3.2): quoted, without the characters a quoted value cannot hold. */
    static String param(String value) {
        return "\"" + value.replace("\"", "").replace("\r", "").replace("\n", " ") + "\"";
    }

    /** Appends one content line, folded so no physical line is longer than 75 octets. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    /** Undoes folding, for reading a file back (tests). */
    static String unfold(byte[] file) {
        return new String(file, StandardCharsets.UTF_8).replace("\r\n ", "").replace("\r\n\t", "");
    }

}
