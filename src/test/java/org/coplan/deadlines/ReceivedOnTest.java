package org.coplan.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The day a request counts as received (ehc-process.md 0.2, IPSEA model letter 9). */
class ReceivedOnTest {

    private final StatutoryDeadlines deadlines = StatutoryDeadlines.withDefaults();

    private LocalDate received(String arrived, RequestChannel channel) {
        return deadlines.receivedOn(LocalDateTime.parse(arrived), channel);
    }

    @Nested
    class EmailOnlineFormAndHandDelivery {

        @ParameterizedTest(name = "{0} on a working day before 5 pm is received that day")
        @EnumSource(value = RequestChannel.class, names = {"EMAIL", "ONLINE_FORM", "BY_HAND"})
        void beforeFivePmOnAWorkingDayIsThatDay(RequestChannel channel) {
            assertThat(received("2027-02-02T09:00", channel)).isEqualTo(LocalDate.of(2027, 2, 2));
            assertThat(received("2027-02-02T16:59:59", channel)).isEqualTo(LocalDate.of(2027, 2, 2));
        }

        @ParameterizedTest(name = "{0} at exactly 5 pm is not after 5 pm")
        @EnumSource(value = RequestChannel.class, names = {"EMAIL", "ONLINE_FORM", "BY_HAND"})
        void atFivePmExactlyIsThatDay(RequestChannel channel) {
            assertThat(received("2027-02-02T17:00", channel)).isEqualTo(LocalDate.of(2027, 2, 2));
        }

        @ParameterizedTest(name = "{0} after 5 pm is received the next working day")
        @EnumSource(value = RequestChannel.class, names = {"EMAIL", "ONLINE_FORM", "BY_HAND"})
        void afterFivePmIsTheNextWorkingDay(RequestChannel channel) {
            assertThat(received("2027-02-02T17:00:01", channel)).isEqualTo(LocalDate.of(2027, 2, 3));
            assertThat(received("2027-02-02T23:59", channel)).isEqualTo(LocalDate.of(2027, 2, 3));
        }

        @ParameterizedTest(name = "{0} arrived {1}: received {2}")
        @CsvSource({
            // Friday evening: Monday
            "EMAIL, 2027-02-05T18:00, 2027-02-08",
            // Saturday and Sunday mornings: Monday
            "ONLINE_FORM, 2027-02-06T10:00, 2027-02-08",
            "BY_HAND, 2027-02-07T09:00, 2027-02-08",
            // just after midnight on a working day: that day
            "EMAIL, 2027-02-08T00:05, 2027-02-08",
            // Good Friday morning, and the Thursday evening before it: Tuesday after Easter Monday
            "BY_HAND, 2027-03-26T10:00, 2027-03-30",
            "EMAIL, 2027-03-25T17:30, 2027-03-30",
            // Early May bank holiday
            "EMAIL, 2027-05-03T09:00, 2027-05-04",
            // Christmas Eve evening with Christmas on a Saturday: Wednesday 29 December
            "EMAIL, 2027-12-24T17:30, 2027-12-29",
            // Christmas Eve morning is an ordinary working day
            "ONLINE_FORM, 2027-12-24T11:00, 2027-12-24",
            // Sunday 2 January 2028, the day before the New Year substitute day: Tuesday 4 January
            "EMAIL, 2028-01-02T12:00, 2028-01-04",
            // Boxing Day substitute, Monday 28 December 2026
            "BY_HAND, 2026-12-28T10:00, 2026-12-29",
        })
        void nonWorkingDaysMoveToTheNextWorkingDay(RequestChannel channel, String arrived, LocalDate expected) {
            assertThat(received(arrived, channel)).isEqualTo(expected);
        }

        @Test
        void theCutOffIsASetting() {
            StatutoryDeadlines fourPm = SettingsBuilder.defaults().receiptCutOff(LocalTime.of(16, 0)).deadlines();
            assertThat(fourPm.receivedOn(LocalDateTime.parse("2027-02-02T16:30"), RequestChannel.EMAIL))
                    .isEqualTo(LocalDate.of(2027, 2, 3));
            assertThat(fourPm.receivedOn(LocalDateTime.parse("2027-02-02T15:30"), RequestChannel.EMAIL))
                    .isEqualTo(LocalDate.of(2027, 2, 2));
        }
    }

    @Nested
    class FirstClassPost {

        @ParameterizedTest(name = "posted {0}: received {1}")
        @CsvSource({
            "2027-02-01T09:00, 2027-02-02",
            "2027-02-01T20:00, 2027-02-02",
            // posted on Friday or Saturday: Monday
            "2027-02-05T12:00, 2027-02-08",
            "2027-02-06T12:00, 2027-02-08",
            // posted on the Thursday before Easter: the Tuesday after Easter Monday
            "2027-03-25T12:00, 2027-03-30",
            "2027-12-23T12:00, 2027-12-24",
            "2027-12-24T12:00, 2027-12-29",
            "2027-12-31T12:00, 2028-01-04",
        })
        void isTheNextWorkingDayAfterPosting(String posted, LocalDate expected) {
            assertThat(received(posted, RequestChannel.FIRST_CLASS_POST)).isEqualTo(expected);
        }
    }

    @Nested
    class SignedForPost {

        @ParameterizedTest(name = "signed for {0}: received {1}")
        @CsvSource({
            "2027-02-02T10:00, 2027-02-02",
            // the time of day does not matter
            "2027-02-02T18:30, 2027-02-02",
            // nor whether it is a working day: the date it was signed for
            "2027-02-06T11:00, 2027-02-06",
            "2027-03-26T09:00, 2027-03-26",
        })
        void isTheDaySignedFor(String signed, LocalDate expected) {
            assertThat(received(signed, RequestChannel.SIGNED_FOR_POST)).isEqualTo(expected);
        }
    }
}
