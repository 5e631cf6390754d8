package org.coplan.plans.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks a piece of plan text for what makes it hard for a family to read or to hold anyone to:
 * short forms and specialist words (with the glossary's explanation), sentences of more than
 * {@value #LONG_SENTENCE_WORDS} words, and vague provision wording. Also gives the Flesch Reading
 * Ease of the text.
 */
public final class PlainLanguageCheck {

    /** A sentence with more words than this is flagged as long. */
    public static final int LONG_SENTENCE_WORDS = 25;

    private static final Comparator<PlainLanguageReport.Flag> IN_TEXT_ORDER = Comparator
            .comparingInt(PlainLanguageReport.Flag::start)
            .thenComparing(Comparator.comparingInt(PlainLanguageReport.Flag::end).reversed())
            .thenComparing(PlainLanguageReport.Flag::kind);

    private static final class Standard {
        static final PlainLanguageCheck INSTANCE = new PlainLanguageCheck(Glossary.standard(), VagueWording.standard());
    }

    private final Glossary glossary;
    private final VagueWording vagueWording;

    public PlainLanguageCheck(Glossary glossary, VagueWording vagueWording) {
        this.glossary = glossary;
        this.vagueWording = vagueWording;
    }

    /** The check with Coplan's own glossary and vague phrases. */
    public static PlainLanguageCheck standard() {
        return Standard.INSTANCE;
    }

    public PlainLanguageReport check(String text) {
        String source = text == null ? "" : text;
        List<PlainLanguageReport.Flag> flags = new ArrayList<>();
        for (Glossary.Match m : glossary.findIn(source)) {
            GlossaryEntry entry = m.entry();
            flags.add(new PlainLanguageReport.Flag(
                    entry.isAbbreviation() ? PlainLanguageReport.Flag.Kind.ABBREVIATION : PlainLanguageReport.Flag.Kind.JARGON,
                    m.matchedText(), m.start(), m.end(), entry.explanation(), entry.standsFor()));
        }
        for (VagueWording.Match m : vagueWording.findIn(source)) {
            flags.add(new PlainLanguageReport.Flag(
                    PlainLanguageReport.Flag.Kind.VAGUE_WORDING, m.matchedText(), m.start(), m.end(), m.phrase().advice(), ""));
        }
        List<Prose.Sentence> sentences = Prose.sentences(source);
        int words = 0;
        int syllables = 0;
        for (Prose.Sentence sentence : sentences) {
            int count = sentence.words().size();
            words += count;
            for (Prose.Word word : sentence.words()) {
                syllables += Syllables.count(word.text());
            }
            if (count > LONG_SENTENCE_WORDS) {
                flags.add(new PlainLanguageReport.Flag(PlainLanguageReport.Flag.Kind.LONG_SENTENCE,
                        sentence.text(source), sentence.start(), sentence.end(), String.valueOf(count), ""));
            }
        }
        flags.sort(IN_TEXT_ORDER);
        int sentenceCount = sentences.size();
        return new PlainLanguageReport(flags, words, sentenceCount,
                sentenceCount == 0 ? 0 : (double) words / sentenceCount,
                words == 0 ? Optional.empty() : Optional.of(ReadingEase.of(words, sentenceCount, syllables)));
    }
}
