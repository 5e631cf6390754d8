package org.coplan.measures.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a family's details out of their own words before the school or service reads them: the
 * names of the child and of everyone on the case (as whole words, in any case, so "amira" and
 * "Amira's" go too), dates (of birth or any other), email addresses, phone numbers and postcodes.
 * Each is replaced by {@value #REMOVED}. Plain words stay as they were.
 */
public final class Redaction {

    public static final String REMOVED = "[removed]";

    private static final String MONTHS =
            "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /** A UK postcode, with or without its space: "LS1 4AB", "sw1a1aa". */
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> DATES = List.of(
            // 14/05/2016, 14-5-16, 14.05.2016, 2016-05-14
            Pattern.compile("(?<![\\p{N}])\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4}(?![\\p{N}])"),
            // 14 May 2016, 14th of May, 1st June 2020
            Pattern.compile("(?<![\\p{L}\\p{N}])" + DAY + "\\s+(?:of\\s+)?" + MONTHS + "\\.?(?:,?\\s+\\d{4})?(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE),
            // May 14, May 14th 2016, June 2020
            Pattern.compile("(?<![\\p{L}])" + MONTHS + "\\.?\\s+(?:" + DAY + "(?:,?\\s+\\d{4})?|\\d{4})(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE),
            // 14/05 (a day and a month)
            Pattern.compile("(?<![\\p{N}/])\\d{1,2}/\\d{1,2}(?![\\p{N}/])"));
    /** A run of digits, spaces, dashes, dots and brackets that may be a phone number; it counts with 9 digits or more. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\(?\\d[\\d\\s().\\-]{7,}\\d(?![\\p{N}])");

    private Redaction() {}

    /** The words with every name in {@code names}, and every date, email address, phone number and postcode, removed. */
    public static String redact(String text, Collection<String> names) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String out = EMAIL.matcher(text).replaceAll(REMOVED);
        for (Pattern date : DATES) {
            out = date.matcher(out).replaceAll(REMOVED);
        }
        out = phones(out);
        out = POSTCODE.matcher(out).replaceAll(REMOVED);
        out = names(out, names);
        return out;
    }

    private static String phones(String text) {
        Matcher m = PHONE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String found = m.group();
            long digits = found.chars().filter(Character::isDigit).count();
            m.appendReplacement(out, Matcher.quoteReplacement(digits >= 9 ? REMOVED : found));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Each part of each name (a two-part or double-barrelled name counts part by part), longest first, as whole words in any case. */
    private static String names(String text, Collection<String> names) {
        List<String> parts = new ArrayList<>();
        for (String name : names) {
            if (name == null) {
                continue;
            }
            for (String part : name.strip().split("[\\s\\-]+")) {
                if (part.length() >= 2 && !parts.contains(part)) {
                    parts.add(part);
                }
            }
        }
        parts.sort(Comparator.comparingInt(String::length).reversed());
        String out = text;
        for (String part : parts) {
            out = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(out)
                    .replaceAll(Matcher.quoteReplacement(REMOVED));
        }
        return out;
    }
}
