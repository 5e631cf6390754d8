package org.coplan.shared.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The example under a date field ("For example, 27 3 2026"), worked out from today, so that an
 * example is always a date its field accepts: a field for when something happened shows a day
 * gone by, a field for when something is to happen shows a day to come. Every page has it as
 * {@code dateExamples}: {@code #{process.dateHint(${dateExamples.past()})}}.
 */
@ControllerAdvice
public class DateExamples {

    /** What a date field accepts, as far as its example needs to know. */
    public enum Accepts {
        /** Today or earlier: the day something happened. */
        PAST,
        /** After today: the day something is to happen. */
        FUTURE,
        /** A date of birth of a child or young person: in the past, and under 26 years ago. */
        BIRTH,
        /** The start of a school year to come: 1 September. */
        SCHOOL_YEAR_START
    }

    private static final DateTimeFormatter AS_TYPED = DateTimeFormatter.ofPattern("d M yyyy");

    private final Clock clock;

    public DateExamples(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("dateExamples")
    DateExamples dateExamples() {
        return this;
    }

    public String past() {
        return example(Accepts.PAST);
    }

    public String future() {
        return example(Accepts.FUTURE);
    }

    public String birth() {
        return example(Accepts.BIRTH);
    }

    public String schoolYearStart() {
        return example(Accepts.SCHOOL_YEAR_START);
    }

    /** The example as a person types it in the day, month and year boxes: "27 3 2026". */
    public String example(Accepts accepts) {
        return AS_TYPED.format(date(accepts, LocalDate.now(clock)));
    }

    static LocalDate date(Accepts accepts, LocalDate today) {
        return switch (accepts) {
            case PAST -> today.minusDays(7);
            case FUTURE -> today.plusMonths(1);
            case BIRTH -> today.minusYears(8).minusMonths(2);
            case SCHOOL_YEAR_START -> {
                LocalDate thisYear = LocalDate.of(today.getYear(), 9, 1);
                yield thisYear.isAfter(today) ? thisYear : thisYear.plusYears(1);
            }
        };
    }
}
