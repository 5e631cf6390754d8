package org.coplan.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The glossary families use to understand plans, and how its terms are recognised in text. */
class GlossaryTest {

    private final Glossary glossary = Glossary.standard();

    @Test
    void shippedGlossaryHasAtLeastSixtyTerms() {
        assertThat(glossary.entries()).hasSizeGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "SEN", "SEND", "SENCO", "SENDIASS", "EHC", "EHCP", "EHC needs assessment", "EP", "SaLT", "SALT", "OT",
        "ASC", "ASD", "ADHD", "SEMH", "SLCN", "MLD", "SLD", "PMLD", "SpLD", "HI", "VI", "MSI", "PD", "TA", "LSA",
        "CAMHS", "IEP", "LA", "ICB", "DCO", "DMO", "SENDIST", "tribunal", "annual review", "provision", "outcomes",
        "differentiation", "graduated approach", "assess plan do review", "one-page profile", "personal budget",
        "direct payment", "mainstream", "specialist provision", "resource base", "alternative provision",
        "phase transfer", "key stage", "preparing for adulthood", "section 19", "statutory", "mediation",
        "reasonable adjustments", "sensory processing", "fine motor skills", "gross motor skills",
        "executive function", "scaffolding", "interventions", "wave 1", "wave 2", "wave 3", "PRU", "EYFS", "local offer"
    })
    void shippedGlossaryExplainsTheTermsFamiliesMeetMost(String term) {
        assertThat(glossary.lookup(term)).as(term).isPresent()
                .get().satisfies(entry -> assertThat(entry.explanation()).endsWith("."));
    }

    @Test
    void everyAbbreviationSaysWhatItStandsForAndNoJargonDoes() {
        for (GlossaryEntry entry : glossary.entries()) {
            if (entry.isAbbreviation()) {
                assertThat(entry.standsFor()).as(entry.term()).isNotBlank();
            } else {
                assertThat(entry.standsFor()).as(entry.term()).isEmpty();
            }
        }
        assertThat(glossary.lookup("SENCO").orElseThrow().standsFor()).isEqualTo("special educational needs co-ordinator");
    }

    @Test
    void explanationsUseNoOtherTermFromTheGlossary() {
        List<String> jargonInExplanations = new ArrayList<>();
        for (GlossaryEntry entry : glossary.entries()) {
            for (Glossary.Match m : glossary.findIn(entry.explanation())) {
                boolean itself = m.entry().equals(entry)
                        || entry.term().toLowerCase(Locale.ROOT).contains(m.matchedText().toLowerCase(Locale.ROOT));
                if (!itself) {
                    jargonInExplanations.add(entry.term() + ": " + m.matchedText());
                }
            }
        }
        assertThat(jargonInExplanations).isEmpty();
    }

    @Test
    void explanationsAreShortSentencesInPlainEnglish() {
        PlainLanguageCheck check = PlainLanguageCheck.standard();
        StringBuilder all = new StringBuilder();
        for (GlossaryEntry entry : glossary.entries()) {
            assertThat(check.check(entry.explanation()).flags(PlainLanguageReport.Flag.Kind.LONG_SENTENCE)).as(entry.term()).isEmpty();
            all.append(entry.explanation()).append('\n');
        }
        ReadingEase ease = check.check(all.toString()).readingEase().orElseThrow();
        assertThat(ease.band().isPlainEnough()).as("reading ease %s", ease.score()).isTrue();
    }

    @Test
    void anAbbreviationIsLookedUpOnlyInItsUsualCapitals() {
        GlossaryEntry salt = glossary.lookup("SaLT").orElseThrow();
        assertThat(glossary.lookup("SALT")).contains(salt);
        assertThat(glossary.lookup("salt")).isEmpty();
        assertThat(glossary.lookup("OT")).isPresent();
        assertThat(glossary.lookup("ot")).isEmpty();
        assertThat(glossary.lookup("Ot")).isEmpty();
        assertThat(glossary.lookup(" SENCO ")).isPresent();
    }

    @Test
    void jargonIsLookedUpInAnyCapitalsWithOrWithoutHyphensAndInEitherNumber() {
        assertThat(glossary.lookup("Annual Review")).map(GlossaryEntry::term).contains("annual review");
        assertThat(glossary.lookup("ONE PAGE PROFILE")).map(GlossaryEntry::term).contains("one-page profile");
        assertThat(glossary.lookup("outcome")).map(GlossaryEntry::term).contains("outcomes");
        assertThat(glossary.lookup("tribunals")).map(GlossaryEntry::term).contains("tribunal");
        assertThat(glossary.lookup("respite")).map(GlossaryEntry::term).contains("short breaks");
        assertThat(glossary.lookup("not in the glossary")).isEmpty();
        assertThat(glossary.lookup("")).isEmpty();
        assertThat(glossary.lookup(null)).isEmpty();
    }

    @Test
    void entriesAreInAToZOrderWordByWord() {
        List<String> terms = glossary.entries().stream().map(GlossaryEntry::term).toList();
        assertThat(terms.indexOf("SEN")).isLessThan(terms.indexOf("SEN support"));
        assertThat(terms.indexOf("SEN support")).isLessThan(terms.indexOf("SENCO"));
        assertThat(terms.indexOf("co-production")).isLessThan(terms.indexOf("code of practice"));
        assertThat(terms.indexOf("ASD")).isLessThan(terms.indexOf("assess plan do review"));
        assertThat(terms).isSortedAccordingTo(Comparator.comparing((String t) -> t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ")));
    }

    @Test
    void initialsAreTheLettersThatHaveTermsInOrder() {
        assertThat(glossary.initials()).startsWith("A", "B", "C").contains("S", "W").doesNotContain("Q", "X", "Z").isSorted();
        for (String letter : glossary.initials()) {
            assertThat(glossary.entries()).anyMatch(e -> e.initial().equals(letter));
        }
    }

    @Test
    void termsAreFoundAsWholeWordsOnlyWithTheirOffsets() {
        String text = "The OT is not in the pot. Sending SEND news; the SENCO's note.";
        List<Glossary.Match> found = glossary.findIn(text);

        assertThat(found).extracting(Glossary.Match::matchedText).containsExactly("OT", "SEND", "SENCO");
        for (Glossary.Match match : found) {
            assertThat(text.substring(match.start(), match.end())).isEqualTo(match.matchedText());
        }
        assertThat(found.get(1).start()).isEqualTo(text.indexOf("SEND "));
    }

    @Test
    void abbreviationsAreFoundBesidePunctuationAndInThePlural() {
        String text = "Therapy (SaLT), the OT/PD team, \"CAMHS\", two TAs and [EPs].";
        assertThat(glossary.findIn(text)).extracting(Glossary.Match::matchedText)
                .containsExactly("SaLT", "OT", "PD", "CAMHS", "TAs", "EPs");
    }

    @Test
    void abbreviationsAreNotFoundInOtherCapitalsOrInsideCapitalisedWords() {
        String text = "Add salt. Send it. The ta-da moment. HIGH LAST PDF VIP NOT SENDING SPOT ASDA.";
        assertThat(glossary.findIn(text)).isEmpty();
    }

    @Test
    void theLongestTermWinsWhereTermsOverlap() {
        assertThat(glossary.findIn("An EHC needs assessment, not an EHC plan or specialist provision."))
                .extracting(m -> m.entry().term())
                .containsExactly("EHC needs assessment", "EHCP", "specialist provision");
    }

    @Test
    void jargonIsFoundInAnyCapitalsAndInEitherNumber() {
        String text = "Annual Reviews, an outcome, Wave 3 help and Key Stage 2.";
        assertThat(glossary.findIn(text)).extracting(m -> m.entry().term())
                .containsExactly("annual review", "outcomes", "wave 3", "key stage");
    }

    @Test
    void phrasesAreFoundWhetherTheirWordsAreJoinedBySpacesHyphensOrCommas() {
        assertThat(glossary.findIn("assess, plan, do, review and assess-plan-do-review, and a one page profile"))
                .extracting(m -> m.entry().term())
                .containsExactly("assess plan do review", "assess plan do review", "one-page profile");
    }

    @Test
    void aNumberedTermIsNotFoundInALongerNumber() {
        assertThat(glossary.findIn("wave 10 and section 190")).isEmpty();
    }

    @Test
    void aGlossaryFileNamesTheLineWithAMistake() throws IOException {
        assertThatThrownBy(() -> Glossary.fromTsv(Tsv.read(new StringReader("# terms\nTA\tSHORT\tHelps.\tteaching assistant\n"))))
                .hasMessageContaining("line 2").hasMessageContaining("ABBREVIATION or JARGON");
        assertThatThrownBy(() -> Glossary.fromTsv(Tsv.read(new StringReader("TA\tABBREVIATION\tHelps.\n"))))
                .hasMessageContaining("line 1").hasMessageContaining("stands for");
        assertThatThrownBy(() -> Glossary.fromTsv(Tsv.read(new StringReader("TA only\n"))))
                .hasMessageContaining("line 1").hasMessageContaining("columns");
    }

    @Test
    void aTermCannotBeInTheGlossaryTwice() {
        assertThatThrownBy(() -> Glossary.of(List.of(
                        new GlossaryEntry("annual review", TermKind.JARGON, "A meeting.", "", List.of()),
                        new GlossaryEntry("Annual-Review", TermKind.JARGON, "Another meeting.", "", List.of()))))
                .hasMessageContaining("twice");
    }

    @Test
    void theSameLettersAreTwoTermsWhenOneIsAnAbbreviationAndTheOtherIsAWord() {
        Glossary own = Glossary.of(List.of(
                new GlossaryEntry("PEP", TermKind.ABBREVIATION, "A plan.", "personal education plan", List.of()),
                new GlossaryEntry("pep talk", TermKind.JARGON, "Words to cheer someone up.", "", List.of())));
        assertThat(own.findIn("A PEP and a pep talk, not pep.")).extracting(m -> m.entry().term())
                .containsExactly("PEP", "pep talk");
    }
}
