package org.coplan.measures.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A school year, 1 September to 31 August, written as {@code 2025-26}. */
public record SchoolYear(int startYear) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-(\\d{2})");

    /** The school year a day falls in. */
    public static SchoolYear of(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1);
    }

    /** The last school year that has ended by {@code today}. */
    public static SchoolYear lastComplete(LocalDate today) {
        return new SchoolYear(of(today).startYear() - 1);
    }

    /** The year as written, such as {@code 2025-26}; empty unless the two parts are one year apart. */
    public static Optional<SchoolYear> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        Matcher m = WRITTEN.matcher(written.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        if ((start + 1) % 100 != Integer.parseInt(m.group(2))) {
            return Optional.empty();
        }
        return Optional.of(new SchoolYear(start));
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 9, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 8, 31);
    }

    /** Whether the year has begun by {@code today}, so there can be figures for it. */
    public boolean begunBy(LocalDate today) {
        return !firstDay().isAfter(today);
    }

    @Override
    public String toString() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
