package org.coplan.plans.domain;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One term in the glossary.
 *
 * @param term the term as it is usually written, for example "SENCO" or "annual review"
 * @param kind an abbreviation or a jargon word or phrase
 * @param explanation what it means, in short plain sentences for a parent with no special knowledge
 * @param standsFor for an abbreviation, what the letters stand for; empty for jargon
 * @param otherForms other ways the same term is written, for example "SALT" beside "SaLT", or the singular "outcome"
 */
public record GlossaryEntry(String term, TermKind kind, String explanation, String standsFor, List<String> otherForms) {

    public GlossaryEntry {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(explanation, "explanation");
        standsFor = standsFor == null ? "" : standsFor;
        otherForms = otherForms == null ? List.of() : List.copyOf(otherForms);
        if (term.isBlank() || explanation.isBlank()) {
            throw new IllegalArgumentException("A glossary entry needs a term and an explanation: " + term);
        }
        if (kind == TermKind.ABBREVIATION && standsFor.isBlank()) {
            throw new IllegalArgumentException("An abbreviation needs what it stands for: " + term);
        }
    }

    public boolean isAbbreviation() {
        return kind == TermKind.ABBREVIATION;
    }

    /** The term and its other forms: every way it is recognised in text. */
    public List<String> forms() {
        return Stream.concat(Stream.of(term), otherForms.stream()).toList();
    }

    /** The letter the term is listed under in an A to Z, in capitals. */
    public String initial() {
        return term.substring(0, term.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT);
    }
}
