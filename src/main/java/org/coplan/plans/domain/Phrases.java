package org.coplan.plans.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/** How terms and phrases are found in text: whole words only, never part of a longer word. */
final class Phrases {

    /** Not straight after a letter or digit, so "OT" is not found in "NOT" nor "pot" in "spot". */
    static final String START = "(?<![\\p{L}\\p{N}])";
    /** Not straight before a letter or digit, so "SEND" is not found in "SENDING". */
    static final String END = "(?![\\p{L}\\p{N}])";
    /** Between the words of a phrase: spaces, or a hyphen, comma or slash with optional spaces. */
    private static final String BETWEEN_WORDS = "(?:\\s*[-\u2010\u2011\u2013,/]\\s*|\\s+)";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010\u2011\u2013,/]+");

    private Phrases() {}

    /** A short form, in exactly these capitals, optionally with a plural s ("EHCPs", "TAs"). */
    static Pattern abbreviation(String form) {
        return Pattern.compile(START + Pattern.quote(form) + "s?" + END);
    }

    /**
     * A word or phrase in any capitals, its words separated by spaces or hyphens. With {@code
     * eitherNumber}, the last word may be singular or plural: "review" also finds "reviews", and
     * "outcomes" also finds "outcome".
     */
    static Pattern word(String phrase, boolean eitherNumber) {
        String[] words = SEPARATORS.split(phrase.strip());
        List<String> parts = new ArrayList<>();
        for (String word : words) {
            parts.add(Pattern.quote(word));
        }
        String last = words[words.length - 1];
        if (eitherNumber && Character.isLetter(last.charAt(last.length() - 1))) {
            boolean plural = last.length() > 3 && Character.toLowerCase(last.charAt(last.length() - 1)) == 's';
            parts.set(parts.size() - 1, plural ? Pattern.quote(last.substring(0, last.length() - 1)) + "s?" : Pattern.quote(last) + "s?");
        }
        return Pattern.compile(START + String.join(BETWEEN_WORDS, parts) + END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A phrase in any capitals, not flagged when the text straight after it matches {@code unlessFollowedBy}. */
    static Pattern phrase(String phrase, String unlessFollowedBy) {
        String exception = unlessFollowedBy == null || unlessFollowedBy.isBlank() ? "" : "(?!" + unlessFollowedBy + ")";
        return Pattern.compile(START + words(phrase) + END + exception, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The phrase in lower case with single spaces between its words, for comparing two ways of writing it. */
    static String normalised(String phrase) {
        return SEPARATORS.matcher(phrase.strip()).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
    }

    private static String words(String phrase) {
        List<String> quoted = new ArrayList<>();
        for (String word : SEPARATORS.split(phrase.strip())) {
            quoted.add(Pattern.quote(word));
        }
        return String.join(BETWEEN_WORDS, quoted);
    }

    /**
     * Keeps matches that do not overlap: at one place the longest match wins ("EHC needs assessment"
     * over "EHC"), and a match that starts inside an earlier kept one is dropped ("provision" inside
     * "specialist provision").
     */
    static <T> List<T> withoutOverlaps(List<T> matches, ToIntFunction<T> start, ToIntFunction<T> end) {
        List<T> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingInt(start).thenComparing(Comparator.comparingInt(end).reversed()));
        List<T> kept = new ArrayList<>();
        int keptUntil = -1;
        for (T match : sorted) {
            if (start.applyAsInt(match) >= keptUntil) {
                kept.add(match);
                keptUntil = end.applyAsInt(match);
            }
        }
        return kept;
    }
}
