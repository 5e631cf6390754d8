package org.coplan.people;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable: long enough to resist guessing, not one of the passwords
 * attackers try first, and no composition rules (NCSC password guidance).
 */
public final class PasswordRule {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 200;

    private static final Set<String> COMMON = Set.of(
            "password1234", "123456789012", "qwertyuiopas", "passwordpassword", "iloveyou1234",
            "letmein12345", "welcome12345", "administrator", "abcdefghijkl", "password12345",
            "qwerty123456", "111111111111", "000000000000", "coplancoplan", "changeme1234");

    private PasswordRule() {}

    /** The message key of the first problem with this password, or empty when it is acceptable. */
    public static Optional<String> problem(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("password.required");
        }
        if (password.length() < MINIMUM_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            // Never stripped, as other form values are: that would silently change the password.
            return Optional.of("password.controlCharacter");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    /**
     * As {@link #problem(String)}, and also refuses a password that contains the person's name,
     * any part of it of 4 letters or more, their email address or the part before the @: the
     * first things someone who knows them would try. Case, spaces and punctuation are ignored.
     */
    public static Optional<String> problem(String password, String name, String email) {
        Optional<String> basic = problem(password);
        if (basic.isPresent()) {
            return basic;
        }
        String typed = letters(password);
        for (String personal : personalWords(name, email)) {
            if (typed.contains(personal)) {
                return Optional.of("password.personal");
            }
        }
        return Optional.empty();
    }

    private static Set<String> personalWords(String name, String email) {
        Set<String> words = new HashSet<>();
        if (name != null) {
            words.add(letters(name));
            for (String part : name.split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= 4) {
                    words.add(letters(part));
                }
            }
        }
        if (email != null && !email.isBlank()) {
            words.add(letters(email));
            int at = email.indexOf('@');
            if (at > 0) {
                words.add(letters(email.substring(0, at)));
            }
        }
        words.removeIf(w -> w.length() < 3);
        return words;
    }

    /** Lower case, letters and digits only. */
    private static String letters(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
