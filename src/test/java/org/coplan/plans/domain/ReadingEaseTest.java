package org.coplan.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Flesch Reading Ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. */
class ReadingEaseTest {

    @Test
    void sixOneSyllableWordsInOneSentenceScore116() {
        ReadingEase ease = ReadingEase.of(6, 1, 6);
        assertThat(ease.score()).isCloseTo(116.145, within(0.001));
        assertThat(ease.rounded()).isEqualTo(116);
        assertThat(ease.band()).isEqualTo(ReadingBand.EASY);
    }

    @Test
    void thirteenWordsOf26SyllablesInOneSentenceScore24() {
        ReadingEase ease = ReadingEase.of(13, 1, 26);
        assertThat(ease.score()).isCloseTo(24.44, within(0.01));
        assertThat(ease.band()).isEqualTo(ReadingBand.VERY_DIFFICULT);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "100, EASY", "80, EASY", "79.99, FAIRLY_EASY", "70, FAIRLY_EASY", "69.9, PLAIN", "60, PLAIN",
        "59.9, FAIRLY_DIFFICULT", "50, FAIRLY_DIFFICULT", "49.9, DIFFICULT", "30, DIFFICULT",
        "29.9, VERY_DIFFICULT", "-20, VERY_DIFFICULT"
    })
    void scoresFallIntoFleschsBands(double score, ReadingBand band) {
        assertThat(ReadingBand.forScore(score)).isEqualTo(band);
    }

    @Test
    void plainEnoughMeansASixtyOrMore() {
        assertThat(ReadingBand.EASY.isPlainEnough()).isTrue();
        assertThat(ReadingBand.FAIRLY_EASY.isPlainEnough()).isTrue();
        assertThat(ReadingBand.PLAIN.isPlainEnough()).isTrue();
        assertThat(ReadingBand.FAIRLY_DIFFICULT.isPlainEnough()).isFalse();
        assertThat(ReadingBand.DIFFICULT.isPlainEnough()).isFalse();
        assertThat(ReadingBand.VERY_DIFFICULT.isPlainEnough()).isFalse();
    }

    @Test
    void thereIsNoScoreWithoutWordsOrSentences() {
        assertThatThrownBy(() -> ReadingEase.of(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadingEase.of(3, 0, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
