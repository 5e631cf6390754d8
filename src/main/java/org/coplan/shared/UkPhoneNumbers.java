package org.coplan.shared;

/**
 * UK phone numbers as people type them, read into the one form Coplan saves ({@code +44...}).
 * Spaces, dashes, dots and brackets are ignored; a number may start 0, +44, 0044 or +44 (0).
 * Texts only reach a mobile (07..., +447...); a phone call can be to any UK number.
 */
public final class UkPhoneNumbers {

    private UkPhoneNumbers() {}

    /** A UK mobile number as {@code +447xxxxxxxxx}, or null if what was typed is not one. */
    public static String mobile(String typed) {
        String n = national(typed);
        return n != null && n.matches("7[0-9]{9}") ? "+44" + n : null;
    }

    /** Any UK phone number (landline or mobile) as {@code +44...}, or null if what was typed is not one. */
    public static String anyNumber(String typed) {
        String n = national(typed);
        return n != null && n.matches("[1237][0-9]{8,9}") ? "+44" + n : null;
    }

    /** The number without the leading 0 or country code, or null if it has neither. */
    private static String national(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.strip().replaceAll("[\\s\\-.()]", "");
        if (digits.startsWith("+44")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("0")) {
            digits = digits.substring(1);
        } else {
            return null;
        }
        if (digits.startsWith("0")) {
            digits = digits.substring(1);
        }
        return digits.matches("[0-9]+") ? digits : null;
    }
}
