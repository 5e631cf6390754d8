package org.coplan.cases;

import java.time.DayOfWeek;

/** A regular time a family member has said they cannot attend meetings, such as Monday mornings. */
public record UnavailableSlot(DayOfWeek day, PartOfDay part) {

    /** The form value, for example {@code MONDAY_MORNING}. */
    public String code() {
        return day.name() + "_" + part.name();
    }

    /** The slot for a form value, or null if it is not one. */
    public static UnavailableSlot parse(String code) {
        if (code == null) {
            return null;
        }
        int split = code.indexOf('_');
        if (split < 0) {
            return null;
        }
        try {
            return new UnavailableSlot(DayOfWeek.valueOf(code.substring(0, split)), PartOfDay.valueOf(code.substring(split + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
