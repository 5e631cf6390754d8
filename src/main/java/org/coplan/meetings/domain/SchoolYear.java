package org.coplan.meetings.domain;

import java.time.LocalDate;
import java.time.Month;

/** A school year, from 1 September to 31 August, named by the calendar year it starts in. */
public record SchoolYear(int startYear) {

    public static SchoolYear containing(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    /** The day after the last day: 1 September of the next year. */
    public LocalDate endExclusive() {
        return firstDay().plusYears(1);
    }

    public LocalDate lastDay() {
        return endExclusive().minusDays(1);
    }

    public SchoolYear previous() {
        return new SchoolYear(startYear - 1);
    }

    public int endYear() {
        return startYear + 1;
    }
}
