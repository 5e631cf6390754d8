package org.coplan.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * When a child becomes a young person (Children and Families Act 2014 s.83(2); ehc-process.md D33).
 *
 * <p>Compulsory school age ends on the last Friday in June of the school year (1 September to
 * 31 August) in which the child turns 16. From the next day the rights in the Act pass to the
 * young person. A child born on 31 August therefore becomes a young person at 15, and one born on
 * 1 September almost at 17.
 */
public final class YoungPersonRule {

    private YoungPersonRule() {}

    /** The last Friday in June of the school year in which the child turns 16. */
    public static LocalDate endOfCompulsorySchoolAge(LocalDate dateOfBirth) {
        LocalDate sixteenth = dateOfBirth.plusYears(16);
        int schoolYearEnds = sixteenth.getMonthValue() >= Month.SEPTEMBER.getValue()
                ? sixteenth.getYear() + 1
                : sixteenth.getYear();
        return LocalDate.of(schoolYearEnds, Month.JUNE, 30).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
    }

    /** The first day on which decisions rest with the young person. */
    public static LocalDate becomesYoungPerson(LocalDate dateOfBirth) {
        return endOfCompulsorySchoolAge(dateOfBirth).plusDays(1);
    }

    public static boolean isYoungPerson(LocalDate dateOfBirth, LocalDate today) {
        return !today.isBefore(becomesYoungPerson(dateOfBirth));
    }

    /**
     * The latest date of birth of someone who is a young person today: everyone born on or before it
     * is one, everyone born after is not (the day a child becomes a young person moves forward with
     * their date of birth), so a database query can apply the rule as a date comparison.
     */
    public static LocalDate latestBirthDateOfAYoungPerson(LocalDate today) {
        LocalDate dob = today.minusYears(15);
        while (!isYoungPerson(dob, today)) {
            dob = dob.minusDays(1);
        }
        return dob;
    }
}
