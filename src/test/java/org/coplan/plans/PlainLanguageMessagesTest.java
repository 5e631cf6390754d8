package org.coplan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.coplan.plans.domain.PlainLanguageReport.Flag;
import org.coplan.plans.domain.ReadingBand;
import org.junit.jupiter.api.Test;

/** Every kind of flag and every reading band the check can give has words to show people. */
class PlainLanguageMessagesTest {

    @Test
    void everyFlagKindAndReadingBandHasALabel() throws IOException {
        Properties messages = new Properties();
        try (Reader in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/messages.properties")), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        List<String> missing = new ArrayList<>();
        for (Flag.Kind kind : Flag.Kind.values()) {
            if (!messages.containsKey("plain.flag." + kind.name())) {
                missing.add("plain.flag." + kind.name());
            }
        }
        for (ReadingBand band : ReadingBand.values()) {
            if (!messages.containsKey("plain.band." + band.name())) {
                missing.add("plain.band." + band.name());
            }
        }
        assertThat(missing).isEmpty();
        assertThat(messages.getProperty("plain.longSentence")).contains("{0}").contains("{1}");
    }
}
