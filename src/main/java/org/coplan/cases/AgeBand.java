package org.coplan.cases;

import java.time.LocalDate;
import java.time.Period;

/** Age bands as the SEN2 return counts them: under 5, 5 to 10, 11 to 15, 16 to 19, 20 to 25. */
public enum AgeBand {
    UNDER_5(0, 4),
    AGE_5_TO_10(5, 10),
    AGE_11_TO_15(11, 15),
    AGE_16_TO_19(16, 19),
    AGE_20_TO_25(20, 25);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The youngest age in whole years in this band. */
    public int from() {
        return from;
    }

    /** The oldest age in whole years in this band. */
    public int to() {
        return to;
    }

    /** The band of someone born on {@code born}, on {@code day}; ages over 25 count in the last band. */
    public static AgeBand of(LocalDate born, LocalDate day) {
        int age = Period.between(born, day).getYears();
        for (AgeBand b : values()) {
            if (age <= b.to) {
                return b;
            }
        }
        return AGE_20_TO_25;
    }

    /** The earliest birth date in this band on {@code day} (inclusive), for a query on date of birth. */
    public LocalDate bornOnOrAfter(LocalDate day) {
        return this == AGE_20_TO_25 ? LocalDate.MIN : day.minusYears(to + 1L).plusDays(1);
    }

    /** The latest birth date in this band on {@code day} (inclusive). */
    public LocalDate bornOnOrBefore(LocalDate day) {
        return day.minusYears(from);
    }
}
