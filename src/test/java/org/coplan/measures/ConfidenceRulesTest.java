package org.coplan.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.coplan.measures.domain.ConfidencePeriod;
import org.coplan.measures.domain.ConfidenceReply;
import org.coplan.measures.domain.ConfidenceScale;
import org.coplan.measures.domain.ConfidenceStatement;
import org.junit.jupiter.api.Test;

class ConfidenceRulesTest {

    private static Map<String, String> everyStatement(String answer) {
        Map<String, String> form = new HashMap<>();
        for (ConfidenceStatement s : ConfidenceStatement.values()) {
            form.put(s.field(), answer);
        }
        return form;
    }

    @Test
    void aReplyNeedsAnAnswerOnTheScaleForEveryStatementAndDontKnowCounts() {
        ConfidenceReply.Checked checked = ConfidenceReply.check(everyStatement("DONT_KNOW"), "  More time to talk  ", true);
        assertThat(checked.problems()).isEmpty();
        ConfidenceReply reply = checked.reply().orElseThrow();
        assertThat(reply.answers()).containsEntry(ConfidenceStatement.CLEAR, ConfidenceScale.DONT_KNOW);
        assertThat(reply.words()).isEqualTo("More time to talk");
        assertThat(reply.mayShare()).isTrue();
        assertThat(ConfidenceScale.DONT_KNOW.stored()).isZero();
        assertThat(ConfidenceScale.STRONGLY_DISAGREE.stored()).isEqualTo(5);
    }

    @Test
    void anAnswerOffTheScaleOrMissingIsRefusedBesideItsStatement() {
        Map<String, String> form = everyStatement("AGREE");
        form.put("honest", "7");
        form.remove("clear");
        ConfidenceReply.Checked checked = ConfidenceReply.check(form, null, false);
        assertThat(checked.reply()).isEmpty();
        assertThat(checked.problems()).containsEntry("honest", "confidence.error.notOnScale").containsEntry("clear", "confidence.error.choose")
                .hasSize(2);
    }

    @Test
    void wordsOver2000CharactersAreRefusedAndConsentNeedsWords() {
        assertThat(ConfidenceReply.check(everyStatement("AGREE"), "a".repeat(2001), false).problems()).containsKey("words");
        assertThat(ConfidenceReply.check(everyStatement("AGREE"), "a".repeat(2000), false).problems()).isEmpty();
        ConfidenceReply noWords = ConfidenceReply.check(everyStatement("AGREE"), " ", true).reply().orElseThrow();
        assertThat(noWords.words()).isNull();
        assertThat(noWords.mayShare()).as("nothing to share").isFalse();
    }

    @Test
    void aPersonIsNotOfferedTheSurveyAgainWithinThePeriod() {
        Instant last = Instant.parse("2026-01-01T10:00:00Z");
        assertThat(ConfidencePeriod.mayOffer(Optional.empty(), last, 90)).isTrue();
        assertThat(ConfidencePeriod.mayOffer(Optional.of(last), last.plus(Duration.ofDays(89)), 90)).isFalse();
        assertThat(ConfidencePeriod.mayOffer(Optional.of(last), last.plus(Duration.ofDays(90)), 90)).isTrue();
    }

    @Test
    void termsRunAutumnSpringSummer() {
        assertThat(ConfidencePeriod.termOf(LocalDate.of(2026, 9, 1))).isEqualTo("2026-autumn");
        assertThat(ConfidencePeriod.termOf(LocalDate.of(2026, 12, 31))).isEqualTo("2026-autumn");
        assertThat(ConfidencePeriod.termOf(LocalDate.of(2027, 1, 4))).isEqualTo("2027-spring");
        assertThat(ConfidencePeriod.termOf(LocalDate.of(2027, 4, 12))).isEqualTo("2027-summer");
        assertThat(ConfidencePeriod.termOf(LocalDate.of(2027, 8, 31))).isEqualTo("2027-summer");
    }
}
