package org.coplan.measures.domain;

import java.time.LocalDate;
import java.time.Month;

/** A self-review year, from 1 August to 31 July, named by the calendar year it starts in. */
public record SelfReviewYear(int startYear) {

    public static SelfReviewYear containing(LocalDate day) {
        return new SelfReviewYear(day.getMonthValue() >= Month.AUGUST.getValue() ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.AUGUST, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusYears(1).minusDays(1);
    }

    public SelfReviewYear previous() {
        return new SelfReviewYear(startYear - 1);
    }

    public int endYear() {
        return startYear + 1;
    }
}
