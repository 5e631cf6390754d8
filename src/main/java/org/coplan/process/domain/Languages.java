package org.coplan.process.domain;

import java.util.Locale;
import java.util.Set;

/**
 * The locale for a family member's preferred language, as they typed it ("Polish", "polski",
 * "pl", "cy-GB"). Anything not recognised is British English, the language every message exists
 * in today.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    private static final Set<String> ISO = Set.of(Locale.getISOLanguages());

    private Languages() {}

    public static Locale localeFor(String language) {
        if (language == null || language.isBlank()) {
            return ENGLISH;
        }
        String typed = language.strip();
        Locale tag = Locale.forLanguageTag(typed.replace('_', '-'));
        if (typed.length() <= 11 && ISO.contains(tag.getLanguage())) {
            return tag;
        }
        String word = typed.split("[\\s,(/;]+")[0];
        for (String code : ISO) {
            Locale candidate = Locale.of(code);
            if (word.equalsIgnoreCase(candidate.getDisplayLanguage(Locale.ENGLISH))
                    || word.equalsIgnoreCase(candidate.getDisplayLanguage(candidate))) {
                return code.equals("en") ? ENGLISH : candidate;
            }
        }
        return ENGLISH;
    }
}
