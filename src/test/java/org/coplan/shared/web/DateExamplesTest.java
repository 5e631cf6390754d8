package org.coplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.coplan.shared.web.DateExamples.Accepts;
import org.junit.jupiter.api.Test;

/** The example under a date field is, whatever the day, a date that field accepts. */
class DateExamplesTest {

    @Test
    void everyExampleOnEveryDayOfTwoYearsIsOneItsKindOfFieldAccepts() {
        for (LocalDate today = LocalDate.of(2027, 1, 1); today.isBefore(LocalDate.of(2029, 1, 1)); today = today.plusDays(1)) {
            assertThat(DateExamples.date(Accepts.PAST, today)).as("past, on %s", today).isBefore(today);
            assertThat(DateExamples.date(Accepts.FUTURE, today)).as("future, on %s", today).isAfter(today);
            LocalDate birth = DateExamples.date(Accepts.BIRTH, today);
            assertThat(birth).as("birth, on %s", today).isBefore(today).isAfter(today.minusYears(26));
            LocalDate september = DateExamples.date(Accepts.SCHOOL_YEAR_START, today);
            assertThat(september).as("school year, on %s", today).isAfter(today).isBefore(today.plusYears(1).plusDays(1));
            assertThat(september.getDayOfMonth()).isEqualTo(1);
            assertThat(september.getMonthValue()).isEqualTo(9);
        }
    }

    @Test
    void anExampleIsWrittenAsAPersonTypesItInTheBoxes() {
        DateExamples examples = new DateExamples(java.time.Clock.fixed(
                LocalDate.of(2027, 1, 2).atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant(), java.time.ZoneId.of("Europe/London")));

        assertThat(examples.past()).isEqualTo("26 12 2026");
        assertThat(examples.future()).isEqualTo("2 2 2027");
        assertThat(examples.schoolYearStart()).isEqualTo("1 9 2027");
    }
}
