package org.coplan.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.coplan.plans.domain.PlainLanguageReport.Flag;
import org.coplan.plans.domain.PlainLanguageReport.Flag.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the plain-language check tells someone writing a plan, and where in their text. */
class PlainLanguageCheckTest {

    private final PlainLanguageCheck check = PlainLanguageCheck.standard();

    /** A sentence of n words without its full stop: "Word word word ...". */
    private static String words(int n) {
        return "Word" + " word".repeat(n - 1);
    }

    @Test
    void anAbbreviationIsFlaggedWithItsExplanationAndWhatItStandsFor() {
        PlainLanguageReport report = check.check("Ask the SENCO today.");

        assertThat(report.flags()).hasSize(1);
        Flag flag = report.flags().getFirst();
        assertThat(flag.kind()).isEqualTo(Kind.ABBREVIATION);
        assertThat(flag.matchedText()).isEqualTo("SENCO");
        assertThat(flag.start()).isEqualTo(8);
        assertThat(flag.end()).isEqualTo(13);
        assertThat(flag.explanation()).isEqualTo(Glossary.standard().lookup("SENCO").orElseThrow().explanation())
                .contains("teacher");
        assertThat(flag.standsFor()).isEqualTo("special educational needs co-ordinator");
    }

    @Test
    void jargonIsFlaggedWithItsExplanationWhateverItsCapitals() {
        PlainLanguageReport report = check.check("The Annual Review is in May.");

        Flag flag = report.flags().getFirst();
        assertThat(flag.kind()).isEqualTo(Kind.JARGON);
        assertThat(flag.matchedText()).isEqualTo("Annual Review");
        assertThat(flag.start()).isEqualTo(4);
        assertThat(flag.end()).isEqualTo(17);
        assertThat(flag.explanation()).contains("at least once a year");
        assertThat(flag.standsFor()).isEmpty();
    }

    @Test
    void regularIsFlaggedAsVagueWithAHowOftenSuggestion() {
        PlainLanguageReport report = check.check("Sam will have regular reading help.");

        assertThat(report.flags()).hasSize(1);
        Flag flag = report.flags().getFirst();
        assertThat(flag.kind()).isEqualTo(Kind.VAGUE_WORDING);
        assertThat(flag.matchedText()).isEqualTo("regular");
        assertThat(flag.start()).isEqualTo(14);
        assertThat(flag.end()).isEqualTo(21);
        assertThat(flag.explanation()).isEqualTo("\"Regular\" does not say how often. Say how often, for example 3 times a week for 30 minutes.");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Regularly", "As required", "Up to", "Where possible", "Some", "Access to", "Encouraged to"})
    void vagueWordingIsFlaggedAtTheStartOfASentenceWithACapital(String phrase) {
        String text = "Speech therapy once a week. " + phrase + " extra help is planned.";
        List<Flag> vague = check.check(text).flags(Kind.VAGUE_WORDING);

        assertThat(vague).hasSize(1);
        assertThat(vague.getFirst().matchedText()).isEqualTo(phrase);
        assertThat(vague.getFirst().start()).isEqualTo(text.indexOf(phrase));
    }

    @Test
    void aSentenceOfExactly25WordsIsNotLong() {
        PlainLanguageReport report = check.check(words(25) + ".");

        assertThat(report.wordCount()).isEqualTo(25);
        assertThat(report.flags(Kind.LONG_SENTENCE)).isEmpty();
        assertThat(PlainLanguageCheck.LONG_SENTENCE_WORDS).isEqualTo(25);
    }

    @Test
    void aSentenceOf26WordsIsLongAndTheFlagGivesItsWordCount() {
        String longSentence = words(26) + ".";
        String text = "A short one. " + longSentence + " Another short one.";
        List<Flag> flags = check.check(text).flags(Kind.LONG_SENTENCE);

        assertThat(flags).hasSize(1);
        Flag flag = flags.getFirst();
        assertThat(flag.explanation()).isEqualTo("26");
        assertThat(flag.matchedText()).isEqualTo(longSentence);
        assertThat(flag.start()).isEqualTo("A short one. ".length());
        assertThat(flag.end()).isEqualTo("A short one. ".length() + longSentence.length());
    }

    @Test
    void aLongLineWithoutAFullStopIsALongSentence() {
        String text = "Short line\n" + words(30) + "\nAnother short line";
        List<Flag> flags = check.check(text).flags(Kind.LONG_SENTENCE);

        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.explanation()).isEqualTo("30");
            assertThat(text.substring(flag.start(), flag.end())).isEqualTo(words(30));
        });
    }

    @Test
    void everyFlagsOffsetsPointAtItsWordsInTheOriginalText() {
        String text = "Zoë’s plan (EHCP) says:\n\n  • SaLT as required;\n  • an EHC needs assessment, where possible.\r\n"
                + "The SENCO will arrange regular OT — up to 3 sessions — with " + words(20) + ".";
        PlainLanguageReport report = check.check(text);

        assertThat(report.flags()).extracting(Flag::kind).contains(Kind.ABBREVIATION, Kind.JARGON, Kind.VAGUE_WORDING, Kind.LONG_SENTENCE);
        for (Flag flag : report.flags()) {
            assertThat(text.substring(flag.start(), flag.end())).as(flag.toString()).isEqualTo(flag.matchedText());
        }
        assertThat(report.flags()).extracting(Flag::matchedText).containsSubsequence(
                "EHCP", "SaLT", "as required", "EHC needs assessment", "where possible", "SENCO", "regular", "OT", "up to");
    }

    @Test
    void flagsAreInTheOrderTheyAppearInTheText() {
        PlainLanguageReport report = check.check("Regular OT. " + words(24) + " SaLT as needed.");

        List<Flag> flags = report.flags();
        assertThat(flags).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
        assertThat(flags).extracting(Flag::kind).containsExactly(
                Kind.VAGUE_WORDING, Kind.ABBREVIATION, Kind.LONG_SENTENCE, Kind.ABBREVIATION, Kind.VAGUE_WORDING);
    }

    @Test
    void termsAreNotFlaggedInsideLongerWords() {
        PlainLanguageReport report = check.check("We are not sending the pot of salt. SENDING IS NOT HIGH ON THE LIST.");
        assertThat(report.flags()).isEmpty();
    }

    @Test
    void aProvisionStatementFullOfJargonAndVagueWordingIsVeryDifficult() {
        String text = "Access to a differentiated curriculum with regular opportunities for small group interventions, "
                + "delivered by appropriately trained staff, as required, to support the development of communication "
                + "and interaction skills.";
        PlainLanguageReport report = check.check(text);

        assertThat(report.flags(Kind.VAGUE_WORDING)).extracting(Flag::matchedText)
                .containsExactly("Access to", "regular", "opportunities for", "small group", "as required");
        assertThat(report.flags(Kind.JARGON)).extracting(Flag::matchedText).containsExactly("differentiated", "interventions");
        assertThat(report.flags(Kind.LONG_SENTENCE)).extracting(Flag::explanation).containsExactly("28");
        // 28 words and 64 syllables by the dictionary: 206.835 - 1.015 * 28 - 84.6 * 64 / 28 = -14.96
        ReadingEase ease = report.readingEase().orElseThrow();
        assertThat(ease.score()).isCloseTo(-14.96, within(5.0));
        assertThat(ease.band()).isEqualTo(ReadingBand.VERY_DIFFICULT);
    }

    @Test
    void theSameProvisionWrittenPlainlyIsFairlyEasyAndHasNoFlags() {
        // 30 words in 2 sentences, 42 syllables by the dictionary: 206.835 - 1.015 * 15 - 84.6 * 42 / 30 = 73.17
        String text = "Sam will see a speech and language therapist once a week for 30 minutes. "
                + "The therapist will show Sam's teaching assistant how to practise new words with him every day.";
        PlainLanguageReport report = check.check(text);

        assertThat(report.flags()).isEmpty();
        assertThat(report.wordCount()).isEqualTo(30);
        assertThat(report.sentenceCount()).isEqualTo(2);
        assertThat(report.averageWordsPerSentence()).isEqualTo(15.0);
        assertThat(report.readingEase().orElseThrow().score()).isCloseTo(73.17, within(5.0));
    }

    @Test
    void aKnownHardSentenceScoresAsPublished() {
        // Wikipedia's example for the Flesch Reading Ease test: 13 words, 26 syllables, 24.4
        PlainLanguageReport report = check.check("The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.");
        assertThat(report.readingEase().orElseThrow().score()).isCloseTo(24.4, within(1.0));
        assertThat(check.check("The cat sat on the mat.").readingEase().orElseThrow().score()).isCloseTo(116.1, within(0.1));
    }

    @Test
    void emptyTextHasNoFlagsNoWordsAndNoScore() {
        for (String empty : new String[] {"", "   \n\t ", null, "... — !"}) {
            PlainLanguageReport report = check.check(empty);
            assertThat(report.flags()).isEmpty();
            assertThat(report.hasFlags()).isFalse();
            assertThat(report.wordCount()).isZero();
            assertThat(report.sentenceCount()).isZero();
            assertThat(report.averageWordsPerSentence()).isZero();
            assertThat(report.readingEase()).isEmpty();
        }
    }

    @Test
    void wordsAndSentencesAreCounted() {
        PlainLanguageReport report = check.check("Sam likes trains. He reads every day! Does he? Yes.");
        assertThat(report.wordCount()).isEqualTo(10);
        assertThat(report.sentenceCount()).isEqualTo(4);
        assertThat(report.averageWordsPerSentence()).isEqualTo(2.5);
    }

    @Test
    void aLineBreakEndsASentence() {
        PlainLanguageReport report = check.check("Speech therapy once a week\nReading group every morning\n\nSwimming on Fridays");
        assertThat(report.sentenceCount()).isEqualTo(3);
        assertThat(report.wordCount()).isEqualTo(12);
    }

    @Test
    void fullStopsInsideASentenceDoNotEndIt() {
        assertThat(check.check("Use pictures, e.g. a visual timetable, and 2.5 hours of help at 9.15 each day.").sentenceCount()).isEqualTo(1);
        assertThat(check.check("Dr. Patel and Mrs. Jones will visit. They will write a report.").sentenceCount()).isEqualTo(2);
        assertThat(check.check("Is that right?! Yes... It is.").sentenceCount()).isEqualTo(3);
    }

    @Test
    void wordsJoinedByHyphensOrApostrophesCountOnce() {
        // Sam's, one-page, profile, and/or, 1:1, help
        assertThat(check.check("Sam's one-page profile, and/or 1:1 help.").wordCount()).isEqualTo(6);
    }

    @Test
    void theCheckCanUseAnotherGlossaryAndOtherVagueWording() {
        PlainLanguageCheck own = new PlainLanguageCheck(
                Glossary.of(List.of(new GlossaryEntry("Zones", TermKind.JARGON, "Colours for feelings.", "", List.of()))),
                VagueWording.of(List.of(new VaguePhrase("now and then", "Say how often."))));
        PlainLanguageReport report = own.check("Use the zones now and then with the SENCO.");
        assertThat(report.flags()).extracting(Flag::kind, Flag::matchedText, Flag::explanation).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.JARGON, "zones", "Colours for feelings."),
                org.assertj.core.groups.Tuple.tuple(Kind.VAGUE_WORDING, "now and then", "Say how often."));
    }
}
