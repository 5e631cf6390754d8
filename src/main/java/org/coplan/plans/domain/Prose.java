package org.coplan.plans.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences and words, keeping where each is in the original text.
 *
 * <p>A word is a run of letters and digits, which may be joined inside by an apostrophe, hyphen,
 * full stop, colon or slash ("child's", "one-page", "e.g", "1:1", "2.5", "and/or"). A sentence
 * ends at a full stop, question mark, exclamation mark or ellipsis that is followed by a space or
 * the end of the text, unless the next word starts with a small letter ("e.g. speech") or the
 * stop ends a title such as "Dr.". A line break always ends a sentence, because plans are often
 * written as lists without full stops.
 */
final class Prose {

    record Word(String text, int start, int end) {}

    record Sentence(int start, int end, List<Word> words) {
        String text(String source) {
            return source.substring(start, end);
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019\\-\u2010\u2011./:][\\p{L}\\p{N}]+)*");
    private static final Pattern STOP = Pattern.compile("[.!?\u2026]+[\"'\u2019\u201D)\\]]*");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "mx", "dr", "prof", "st");

    private Prose() {}

    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(m.group(), m.start(), m.end()));
        }
        return words;
    }

    static List<Sentence> sentences(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        TreeSet<Integer> ends = sentenceEnds(text);
        ends.add(text.length());
        List<Sentence> sentences = new ArrayList<>();
        List<Word> words = words(text);
        int from = 0;
        int w = 0;
        for (int end : ends) {
            List<Word> inside = new ArrayList<>();
            while (w < words.size() && words.get(w).end() <= end) {
                inside.add(words.get(w++));
            }
            if (!inside.isEmpty()) {
                int last = end;
                while (last > from && Character.isWhitespace(text.charAt(last - 1))) {
                    last--;
                }
                sentences.add(new Sentence(inside.getFirst().start(), last, List.copyOf(inside)));
            }
            from = end;
        }
        return sentences;
    }

    private static TreeSet<Integer> sentenceEnds(String text) {
        TreeSet<Integer> ends = new TreeSet<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                ends.add(i);
            }
        }
        Matcher stop = STOP.matcher(text);
        while (stop.find()) {
            int end = stop.end();
            if (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < text.length() && Character.isWhitespace(text.charAt(next)) && text.charAt(next) != '\n') {
                next++;
            }
            if (next < text.length() && Character.isLowerCase(text.charAt(next))) {
                continue;
            }
            if (stop.group().equals(".") && endsWithTitle(text, stop.start())) {
                continue;
            }
            ends.add(end);
        }
        return ends;
    }

    private static boolean endsWithTitle(String text, int stopAt) {
        int start = stopAt;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        boolean wordStart = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        return wordStart && TITLES.contains(text.substring(start, stopAt).toLowerCase(Locale.ROOT));
    }
}
