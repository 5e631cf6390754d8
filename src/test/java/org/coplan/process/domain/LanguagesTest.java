package org.coplan.process.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void readsLanguageNamesInEnglishOrTheirOwnLanguageAndTags() {
        assertThat(Languages.localeFor("Polish")).isEqualTo(Locale.of("pl"));
        assertThat(Languages.localeFor("polski")).isEqualTo(Locale.of("pl"));
        assertThat(Languages.localeFor("urdu")).isEqualTo(Locale.of("ur"));
        assertThat(Languages.localeFor("Welsh (Cymraeg)")).isEqualTo(Locale.of("cy"));
        assertThat(Languages.localeFor("cy-GB")).isEqualTo(Locale.forLanguageTag("cy-GB"));
    }

    @Test
    void fallsBackToBritishEnglish() {
        assertThat(Languages.localeFor("English")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.localeFor(null)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.localeFor("")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.localeFor("Klingon-ish")).isEqualTo(Languages.ENGLISH);
    }
}
