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
 */
final class CalendarFile {

    /** One proposed time. {@code uid} must be unique and carry no case details. */
    record Event(String uid, Instant starts, Instant ends, String summary, String location, String description, String url) {}

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarFile() {}

    static byte[] write(List<Event> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Coplan//Meetings//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(e.uid()));
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(e.starts()));
            line(out, "DTEND:" + UTC.format(e.ends()));
            line(out, "SUMMARY:" + text(e.summary()));
            if (e.location() != null && !e.location().isBlank()) {
                line(out, "LOCATION:" + text(e.location()));
            }
            line(out, "DESCRIPTION:" + text(e.description()));
            line(out, "URL:" + e.url());
            line(out, "STATUS:TENTATIVE");
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
