package org.coplan.cases.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.coplan.shared.UkPhoneNumbers;

/**
 * What counts as a phone number or a postal address Coplan can use, and how each is written once
 * saved. Numbers are UK numbers: texts only reach a mobile (07..., +447...), a phone call can be to
 * any UK number. Spaces, dashes, dots and brackets people type are ignored.
 */
public final class ContactRules {

    private static final Pattern UK_POSTCODE = Pattern.compile("^(GIR ?0AA|[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2})$");

    /** At most this many lines of address above the postcode (Royal Mail and GOV.UK Notify allow six in all). */
    public static final int MAX_ADDRESS_LINES = 5;

    private ContactRules() {}

    /** A UK mobile number as {@code +447xxxxxxxxx}, or null if what was typed is not one. */
    public static String ukMobile(String typed) {
        return UkPhoneNumbers.mobile(typed);
    }

    /** Any UK phone number (landline or mobile) as {@code +44...}, or null if what was typed is not one. */
    public static String ukPhone(String typed) {
        return UkPhoneNumbers.anyNumber(typed);
    }

    /** A UK postcode in capitals with its one space, or null if what was typed is not one. */
    public static String postcode(String typed) {
        if (typed == null) {
            return null;
        }
        String p = typed.strip().toUpperCase(Locale.UK).replaceAll("\\s+", "");
        if (p.length() < 5 || !UK_POSTCODE.matcher(p).matches()) {
            return null;
        }
        return p.substring(0, p.length() - 3) + " " + p.substring(p.length() - 3);
    }

    /** The address typed one line a line, blank lines left out. */
    public static List<String> addressLines(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
