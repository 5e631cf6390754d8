package org.coplan.plans.domain;

import java.util.Objects;

/**
 * Wording that leaves provision unspecific.
 *
 * @param phrase the words, for example "as required"
 * @param advice why it is vague and what to write instead (who, what, how often, for how long, group size)
 */
public record VaguePhrase(String phrase, String advice) {

    public VaguePhrase {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(advice, "advice");
        if (phrase.isBlank() || advice.isBlank()) {
            throw new IllegalArgumentException("A vague phrase needs its words and advice: " + phrase);
        }
    }
}
