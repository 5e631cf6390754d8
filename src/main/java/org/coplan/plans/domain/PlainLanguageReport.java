package org.coplan.plans.domain;

import java.util.List;
import java.util.Optional;

/**
 * What the plain-language check found in a text.
 *
 * @param flags everything worth a second look, in the order it appears in the text
 * @param wordCount the number of words
 * @param sentenceCount the number of sentences (a line break ends a sentence)
 * @param averageWordsPerSentence words per sentence, 0 for no text
 * @param readingEase the Flesch Reading Ease and its band; empty when there is no text to score
 */
public record PlainLanguageReport(
        List<Flag> flags, int wordCount, int sentenceCount, double averageWordsPerSentence, Optional<ReadingEase> readingEase) {

    public PlainLanguageReport {
        flags = List.copyOf(flags);
    }

    /**
     * One thing the check found.
     *
     * @param kind what sort of thing it is
     * @param matchedText the words as written in the text
     * @param start where it starts in the text, as in {@link String#substring(int, int)}
     * @param end where it ends in the text (exclusive)
     * @param explanation for a glossary term, the glossary's explanation; for a long sentence, its
     *     number of words (for example "31"); for vague wording, why it is vague and what to write instead
     * @param standsFor for an abbreviation, what it stands for; otherwise empty
     */
    public record Flag(Kind kind, String matchedText, int start, int end, String explanation, String standsFor) {

        public enum Kind {
            ABBREVIATION,
            JARGON,
            LONG_SENTENCE,
            VAGUE_WORDING
        }
    }

    public List<Flag> flags(Flag.Kind kind) {
        return flags.stream().filter(f -> f.kind() == kind).toList();
    }

    public boolean hasFlags() {
        return !flags.isEmpty();
    }
}
