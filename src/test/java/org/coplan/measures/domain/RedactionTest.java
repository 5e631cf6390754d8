package org.coplan.measures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.coplan.cases.CaseFigures;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private static final List<String> NAMES = List.of("Amira", "Ahmed", "Mira", "Sarah Ahmed", "Helen Carter-Jones");

    private static String redact(String text) {
        return Redaction.redact(text, NAMES);
    }

    @Test
    void theChildsNamesAreRemovedInAnyCaseAndAsWholeWordsOnly() {
        assertThat(redact("Amira needs more time. amira and AMIRA too.")).isEqualTo("[removed] needs more time. [removed] and [removed] too.");
        assertThat(redact("Mira likes the Miracle club")).isEqualTo("[removed] likes the Miracle club");
    }

    @Test
    void possessivesLoseTheNameButKeepTheirSense() {
        assertThat(redact("Amira's teacher and Ahmed’s plan")).isEqualTo("[removed]'s teacher and [removed]’s plan");
    }

    @Test
    void familyAndStaffNamesAreRemovedPartByPart() {
        assertThat(redact("Sarah rang Helen, then Mrs Carter-Jones and Ms Jones")).isEqualTo(
                "[removed] rang [removed], then Mrs [removed]-[removed] and Ms [removed]");
    }

    @Test
    void datesOfBirthAndAnyDateAreRemoved() {
        assertThat(redact("Born 14/05/2016, reviewed 2026-03-02, met on 3rd of March 2026, again March 10th, and in June 2025.")).isEqualTo(
                "Born [removed], reviewed [removed], met on [removed], again [removed], and in [removed].");
        assertThat(redact("on 1 May we may meet")).isEqualTo("on [removed] we may meet");
    }

    @Test
    void emailAddressesAreRemoved() {
        assertThat(redact("Write to sarah.a+school@example.co.uk please")).isEqualTo("Write to [removed] please");
    }

    @Test
    void phoneNumbersAreRemovedButOtherNumbersStay() {
        assertThat(redact("Call 07700 900123 or +44 161 496 0000 or (0161) 4960000.")).isEqualTo(
                "Call [removed] or [removed] or [removed].");
        assertThat(redact("We waited 20 weeks and 3 meetings in 2025")).isEqualTo("We waited 20 weeks and 3 meetings in 2025");
    }

    @Test
    void postcodesAreRemovedWithOrWithoutTheSpace() {
        assertThat(redact("We live at LS1 4AB, near sw1a1aa.")).isEqualTo("We live at [removed], near [removed].");
    }

    @Test
    void plainWordsAreLeftAsTheyAre() {
        String words = "I would feel more confident if someone rang me back when they said they would.";
        assertThat(redact(words)).isEqualTo(words);
    }

    @Test
    void termsMatchTheFiguresTermsAndStepBack() {
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(7)) {
            assertThat(TermSpan.containing(d).key()).isEqualTo(CaseFigures.termOf(d));
            assertThat(d).isBetween(TermSpan.containing(d).first(), TermSpan.containing(d).last());
        }
        assertThat(TermSpan.lastComplete(LocalDate.of(2026, 11, 23)).key()).isEqualTo("2026-summer");
        assertThat(TermSpan.lastComplete(LocalDate.of(2026, 2, 1)).key()).isEqualTo("2025-autumn");
        assertThat(TermSpan.parse("2026-summer")).isEqualTo(TermSpan.containing(LocalDate.of(2026, 5, 1)));
    }

    @Test
    void aFigureFromASmallGroupOrWithASmallRestIsHiddenWithNoNumbersKept() {
        assertThat(AreaFigure.shown("g", "k", "SHARE", 6, 6, 6, 6, 5).hidden()).isFalse();
        assertThat(AreaFigure.shown("g", "k", "SHARE", 5, 6, 6, 5, 5).hidden()).as("one person did not agree").isTrue();
        assertThat(AreaFigure.shown("g", "k", "SHARE", 4, 10, 10, 4, 5).hidden()).as("four agreed").isTrue();
        assertThat(AreaFigure.shown("g", "k", "COUNT", 40, 0, 4, 4, 5).hidden()).as("four cases").isTrue();
        assertThat(AreaFigure.shown("g", "k", "COUNT", 40, 0, 9, 5, 5).hidden()).isFalse();
        assertThat(AreaFigure.shown("g", "k", "SHARE", 5, 5, 5, 5, 5).hidden()).as("all of five: the rest is none").isFalse();
        AreaFigure hidden = AreaFigure.shown("g", "k", "SHARE", 3, 9, 9, 3, 5);
        assertThat(hidden.numerator()).isNull();
        assertThat(hidden.denominator()).isNull();
        assertThat(hidden.drawnFrom()).isNull();
    }
}
