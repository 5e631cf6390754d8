package org.coplan.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * How a family member on a case can be reached other than by email, given with their choices:
 * a phone number for text messages and phone calls, and a postal address for letters.
 *
 * @param phone in international form ({@code +447700900123}), or null
 * @param addressLines the address without the postcode, or empty
 * @param postcode written as Royal Mail writes it ({@code SW1A 1AA}), or null
 */
public record ContactDetails(String phone, List<String> addressLines, String postcode) {

    public static final ContactDetails NONE = new ContactDetails(null, List.of(), null);

    public ContactDetails {
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }

    /** Whether a letter can be addressed: at least one line and a postcode. */
    public boolean hasAddress() {
        return !addressLines.isEmpty() && postcode != null;
    }

    /** The address for a letter: the lines, then the postcode. */
    public List<String> address() {
        List<String> all = new ArrayList<>(addressLines);
        if (postcode != null) {
            all.add(postcode);
        }
        return all;
    }

    /** Whether the phone number is a UK mobile, so a text message can reach it. */
    public boolean hasMobile() {
        return phone != null && phone.startsWith("+447");
    }
}
