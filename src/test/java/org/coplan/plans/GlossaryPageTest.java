package org.coplan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;

/** "Words we use": the glossary page families can read without an account. */
class GlossaryPageTest extends IntegrationTest {

    /** The glossary file itself, read line by line here rather than through the code under test. */
    private static List<String[]> glossaryLines() throws IOException {
        List<String[]> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/plans/glossary.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line.split("\t"));
            }
        }
        return lines;
    }

    @Test
    void glossaryIsOpenWithoutSigningIn() {
        Page page = visitor().get("/help/glossary");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.location()).isNull();
        assertThat(page.text()).contains("Words we use").doesNotContain("Sign out");
    }

    @Test
    void sencoIsListedWithWhatItStandsForAndWhatItMeans() {
        String text = visitor().get("/help/glossary").text();

        assertThat(text).contains("SENCO Short for special educational needs co-ordinator. "
                + "The teacher in a school or nursery who makes sure children with special educational needs get the help they need.");
        assertThat(text).contains("You may also see: SENCo, SENDCO, SENDCo.");
    }

    @Test
    void everyTermInTheGlossaryFileIsOnThePageWithItsExplanation() throws IOException {
        String text = visitor().get("/help/glossary").text();
        List<String[]> lines = glossaryLines();

        assertThat(lines).hasSizeGreaterThanOrEqualTo(60);
        List<String> missing = new ArrayList<>();
        for (String[] columns : lines) {
            String term = columns[0].strip();
            String explanation = columns[2].strip();
            if (!text.contains(" " + term + " ") || !text.contains(explanation)) {
                missing.add(term);
            }
        }
        assertThat(missing).as("terms missing from the page").isEmpty();
    }

    @Test
    void theLettersAtTheTopJumpToTheTermsUnderEachLetter() throws IOException {
        String body = visitor().get("/help/glossary").body();
        Set<String> initials = new LinkedHashSet<>();
        for (String[] columns : glossaryLines()) {
            initials.add(columns[0].substring(0, 1).toUpperCase());
        }

        List<String> links = new ArrayList<>();
        Matcher link = Pattern.compile("href=\"#letter-([A-Z])\"").matcher(body);
        while (link.find()) {
            links.add(link.group(1));
        }
        assertThat(links).containsExactlyElementsOf(initials.stream().sorted().toList());
        for (String letter : links) {
            assertThat(body).contains("id=\"letter-" + letter + "\"");
        }
        assertThat(body).doesNotContain("#letter-Q").doesNotContain("id=\"letter-Q\"");
    }

    @Test
    void everyPageLinksToTheGlossaryFromItsFooter() {
        for (String path : List.of("/", "/sign-in", "/privacy")) {
            Page page = visitor().get(path);
            assertThat(page.body()).as(path).contains("href=\"/help/glossary\"");
            assertThat(page.text()).as(path).contains("Words we use");
        }
    }
}
