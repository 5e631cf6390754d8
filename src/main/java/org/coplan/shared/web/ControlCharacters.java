package org.coplan.shared.web;

import java.util.regex.Pattern;

/**
 * Characters nobody types on purpose. NUL and the other C0 and C1 control characters (all but tab,
 * line feed and carriage return) are removed from everything a form sends, because PostgreSQL text
 * cannot hold NUL and the rest only hide or garble what was written. Bidirectional controls are
 * removed from file names: a right-to-left override before "fdp.exe" makes a program look like a
 * file ending ".pdf".
 */
public final class ControlCharacters {

    /** C0 and C1 controls, DEL included, except tab (U+0009), line feed (U+000A) and carriage return (U+000D). */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    /** Every control character, and the bidirectional marks, embeddings, overrides and isolates. */
    private static final Pattern IN_FILE_NAMES = Pattern.compile("[\\p{Cc}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u061C]");

    private ControlCharacters() {}

    /** The text without control characters other than tab and line breaks; null stays null. */
    public static String strip(String text) {
        if (text == null || !CONTROLS.matcher(text).find()) {
            return text;
        }
        return CONTROLS.matcher(text).replaceAll("");
    }

    /** Whether the text holds a control character other than tab and line breaks. */
    public static boolean present(String text) {
        return text != null && CONTROLS.matcher(text).find();
    }

    /** A file name without any control or bidirectional formatting character; null stays null. */
    public static String stripFromFileName(String name) {
        return name == null ? null : IN_FILE_NAMES.matcher(name).replaceAll("");
    }
}
