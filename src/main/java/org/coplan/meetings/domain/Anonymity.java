package org.coplan.meetings.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps names out of what a school publishes. A name counts when it stands as a whole word with
 * its capital letter, as names are written ("Kit", not "kit" in "kitchen"); each part of a
 * double-barrelled or two-part name counts alone. Single letters are not names.
 */
public final class Anonymity {

    private Anonymity() {}

    /** The names from {@code names} that appear in the text, in the order given. Empty when there are none. */
    public static List<String> namesIn(String text, Collection<String> names) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        for (String name : names) {
            if (name == null) {
                continue;
            }
            for (String part : name.strip().split("[\\s\\-]+")) {
                if (part.length() < 2) {
                    continue;
                }
                if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])").matcher(text).find()) {
                    found.add(part);
                }
            }
        }
        return List.copyOf(found);
    }
}
