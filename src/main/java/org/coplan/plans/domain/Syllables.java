package org.coplan.plans.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the syllables in an English word by rule, without a dictionary. It is right for most
 * everyday words and close for the rest, which is enough for a readability score over a
 * paragraph; it is not a hyphenation dictionary.
 *
 * <p>The rules: count groups of vowels (a, e, i, o, u, and y when it is not the first letter);
 * a final e after a consonant is silent ("make"), except in "-le" after a consonant ("table");
 * "-es" and "-ed" add no syllable except after the sounds that need one ("boxes", "wanted");
 * a silent e before "-ly", "-ment", "-ful", "-ness", "-less" and in "some-" words does not count
 * ("likely", "sometimes");
 * some vowel pairs are two syllables ("media", "period", "usual", "quiet", "being", "area",
 * "autism", "create"). Short forms in capitals are read letter by letter when they cannot be said as a
 * word ("EHCP" is four syllables, "SENCO" two), and numbers count a syllable a digit.
 */
public final class Syllables {

    private static final Pattern VOWEL_GROUPS = Pattern.compile("[aeiouy]+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern PARTS = Pattern.compile("[\\-\u2010\u2011/.:]+");
    /** Vowel pairs said as two syllables; the look-behinds skip the endings said as one ("-tion", "-cial", "-gious", "-quality"). */
    private static final Pattern TWO_SYLLABLE_PAIRS = Pattern.compile(
            "(?<![ctsgx])ia|(?<![ctsgxln])io(?!ur)|(?<![gq])ua|uou|iet|(?<=\\p{L}{2})ier$|[aeiouy]ing$|[^aeiou]ism$|(?<=\\p{L}{2})ea$|eo$|eate$");
    private static final Pattern SILENT_E_INSIDE = Pattern.compile("[^aeiouy]e(?:ly|ment|ful|ness|less|times?|thing|where|body)$");

    private Syllables() {}

    /** The number of syllables in a word, at least 1 for any word with a letter or digit in it, 0 for none. */
    public static int count(String word) {
        if (word == null || word.isBlank()) {
            return 0;
        }
        String[] parts = PARTS.split(word.strip());
        if (parts.length > 1) {
            int total = 0;
            for (String part : parts) {
                total += count(part);
            }
            return total;
        }
        String letters = NON_LETTERS.matcher(word).replaceAll("");
        if (letters.isEmpty()) {
            return (int) word.chars().filter(Character::isDigit).count();
        }
        if (isSpelledOut(letters)) {
            return letters.length() + 2 * (int) letters.chars().filter(c -> c == 'W').count();
        }
        return countWord(letters.toLowerCase(Locale.ROOT));
    }

    private static int countWord(String w) {
        String vowels = w.charAt(0) == 'y' ? "x" + w.substring(1) : w;
        int count = 0;
        Matcher groups = VOWEL_GROUPS.matcher(vowels);
        while (groups.find()) {
            count++;
        }
        if (endsWithSilentE(w) || endsWithSilentEs(w) || endsWithSilentEd(w)) {
            count--;
        }
        if (SILENT_E_INSIDE.matcher(w).find()) {
            count--;
        }
        Matcher pairs = TWO_SYLLABLE_PAIRS.matcher(vowels);
        while (pairs.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    private static boolean endsWithSilentE(String w) {
        if (!w.endsWith("e") || w.length() < 2) {
            return false;
        }
        char before = w.charAt(w.length() - 2);
        if (isVowel(before)) {
            return false;
        }
        boolean consonantLe = before == 'l' && w.length() >= 3 && !isVowel(w.charAt(w.length() - 3));
        return !consonantLe;
    }

    private static boolean endsWithSilentEs(String w) {
        if (!w.endsWith("es") || w.length() < 4) {
            return false;
        }
        char before = w.charAt(w.length() - 3);
        if (isVowel(before) || "sxzcg".indexOf(before) >= 0 || w.endsWith("ches") || w.endsWith("shes")) {
            return false;
        }
        boolean consonantLes = before == 'l' && !isVowel(w.charAt(w.length() - 4));
        return !consonantLes;
    }

    private static boolean endsWithSilentEd(String w) {
        if (!w.endsWith("ed") || w.length() < 4) {
            return false;
        }
        char before = w.charAt(w.length() - 3);
        return !isVowel(before) && before != 't' && before != 'd';
    }

    /** "EHCP", "ADHD", "TA": capitals that are said letter by letter. "SENCO", "SEND", "CAMHS" are said as words. */
    private static boolean isSpelledOut(String letters) {
        if (letters.length() < 2 || !letters.equals(letters.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String lower = letters.toLowerCase(Locale.ROOT);
        if (lower.length() <= 3 || !lower.matches(".*[aeiou].*")) {
            return true;
        }
        return lower.matches(".*[^aeiouy]{3,}.*") && !lower.matches(".*(?:mhs|nds|nts)$");
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
