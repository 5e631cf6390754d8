package org.coplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every word people see comes from messages.properties, so the interface can be translated. */
class MessagesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path JAVA = Path.of("src/main/java");

    static Properties messages() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    @Test
    void noMessageKeyIsDefinedTwiceSinceTheLaterWouldSilentlyReplaceTheEarlier() throws IOException {
        List<String> keys = Files.readAllLines(Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith(" ") && l.contains("="))
                .map(l -> l.substring(0, l.indexOf('=')).strip())
                .toList();
        org.assertj.core.api.Assertions.assertThat(keys.stream().filter(k -> java.util.Collections.frequency(keys, k) > 1).distinct())
                .as("keys defined twice").isEmpty();
    }

    @Test
    void templatesHoldNoLiteralTextForPeopleToRead() throws IOException {
        List<String> literal = new ArrayList<>();
        Pattern textBetweenTags = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");
        for (Path template : templates()) {
            String html = Files.readString(template)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script.*?</script>", "")
                    .replaceAll("(?s)<style.*?</style>", "");
            Matcher m = textBetweenTags.matcher(html);
            while (m.find()) {
                literal.add(template + ": " + m.group(1).strip());
            }
            Matcher attributes = Pattern.compile("\\s(aria-label|title|alt|placeholder)=\"([^\"]*\\p{L}[^\"]*)\"").matcher(html);
            while (attributes.find()) {
                literal.add(template + ": " + attributes.group(1) + "=" + attributes.group(2));
            }
        }
        assertThat(literal).as("literal text in templates").isEmpty();
    }

    @Test
    void everyMessageKeyUsedInTemplatesExists() throws IOException {
        Properties messages = messages();
        List<String> missing = new ArrayList<>();
        Pattern key = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
        for (Path template : templates()) {
            Matcher m = key.matcher(Files.readString(template));
            while (m.find()) {
                if (!messages.containsKey(m.group(1))) {
                    missing.add(template + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).as("message keys used but not defined").isEmpty();
    }

    @Test
    void everyMessageKeyNamedInJavaExists() throws IOException {
        Properties messages = messages();
        List<String> missing = new ArrayList<>();
        Pattern key = Pattern.compile("\"([a-z][A-Za-z]+(\\.[A-Za-z]+)+)\"");
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                for (String line : code.split("\n")) {
                    if (!line.contains("errors.add(") && !line.contains("new FormErrors().add(") && !line.contains("addFlashAttribute(\"done\"")
                            && !line.contains("getMessage(\"")) {
                        continue;
                    }
                    Matcher m = key.matcher(line);
                    while (m.find()) {
                        String k = m.group(1);
                        if (!messages.containsKey(k) && !k.endsWith(".")) {
                            missing.add(source + ": " + k);
                        }
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in Java but not defined").isEmpty();
    }

    /** Messages go through MessageFormat, where a lone apostrophe silently starts a quoted section and vanishes. */
    @Test
    void everyApostropheIsDoubled() throws IOException {
        List<String> lone = new ArrayList<>();
        messages().forEach((key, value) -> {
            if (Pattern.compile("(?<!')'(?!')").matcher(value.toString()).find()) {
                lone.add(key.toString());
            }
        });
        assertThat(lone).as("messages with a lone apostrophe").isEmpty();
    }

    @Test
    void everyEnumValueShownToPeopleHasALabel() throws IOException {
        Properties messages = messages();
        List<String> missing = new ArrayList<>();
        check(messages, missing, "role.", org.coplan.cases.CaseRole.values());
        check(messages, missing, "stage.", org.coplan.cases.Stage.values());
        check(messages, missing, "involvement.", org.coplan.cases.Involvement.values());
        check(messages, missing, "channel.", org.coplan.cases.ContactChannel.values());
        check(messages, missing, "support.", org.coplan.cases.SupportChoice.values());
        check(messages, missing, "aboutMe.", org.coplan.cases.AboutMePart.values());
        check(messages, missing, "audit.", org.coplan.audit.AuditAction.values());
        check(messages, missing, "case.yp.parentAccess.", org.coplan.cases.ParentAccessChoice.values());
        assertThat(missing).isEmpty();
    }

    private static void check(Properties messages, List<String> missing, String prefix, Enum<?>[] values) {
        for (Enum<?> v : values) {
            if (!messages.containsKey(prefix + v.name())) {
                missing.add(prefix + v.name());
            }
        }
    }
}
