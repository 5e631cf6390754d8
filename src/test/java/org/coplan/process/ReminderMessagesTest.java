package org.coplan.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.coplan.process.domain.DeadlineKey;
import org.junit.jupiter.api.Test;

/** Reminder texts are looked up by deadline key, so every key needs its words. */
class ReminderMessagesTest {

    @Test
    void everyDeadlineHasWordsForItsReminder() throws IOException {
        Properties messages = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> missing = new ArrayList<>();
        for (DeadlineKey key : DeadlineKey.values()) {
            List<String> needed = key.forFamily()
                    ? List.of("reminder.window." + key, "reminder.window.subject." + key, "reminder.what." + key)
                    : List.of("reminder.what." + key);
            needed.stream().filter(k -> !messages.containsKey(k)).forEach(missing::add);
        }
        assertThat(missing).isEmpty();
    }
}
