package org.coplan.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Reads a GOV.UK date input (day, month, year boxes) and says what is wrong with it in a message key. */
public final class DateFields {

    private DateFields() {}

    public record Result(LocalDate date, String errorKey) {
        public boolean ok() {
            return date != null;
        }
    }

    public static Result parse(String day, String month, String year) {
        String d = trim(day), m = trim(month), y = trim(year);
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return new Result(null, "date.required");
        }
        if (d.isEmpty() || m.isEmpty() || y.isEmpty()) {
            return new Result(null, "date.incomplete");
        }
        if (!d.matches("\\d{1,2}") || !m.matches("\\d{1,2}") || !y.matches("\\d{4}")) {
            return new Result(null, "date.notReal");
        }
        try {
            return new Result(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)), null);
        } catch (DateTimeException e) {
            return new Result(null, "date.notReal");
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
