package org.coplan.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * Decides whether an uploaded file may be attached: a PDF, Word document or image, no larger than
 * the limit, whose content really is the type its name says. The type is read from the bytes,
 * never trusted from the name or the browser. A Word document is a zip: before anything looks
 * inside it, its entries are unpacked into a small buffer and counted, and one that would unpack
 * past {@link #MAX_UNPACKED_BYTES}, or {@link #MAX_RATIO} times its own size, is refused there and
 * then (a "zip bomb" of 2 MB can unpack to gigabytes).
 */
public final class AttachmentCheck {

    public static final int MAX_BYTES = RequestTextFilter.MAX_FILE_BYTES;

    /** No real document unpacks to more than this. */
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    /** Word documents shrink some 3 to 10 times in their zip; a hundredfold is a sign of a bomb. */
    static final int MAX_RATIO = 100;

    /** Below this, unpacked content is never too much, whatever the ratio. */
    static final long RATIO_FLOOR_BYTES = 1024 * 1024;

    /** A long Word document holds a few dozen entries. */
    static final int MAX_ENTRIES = 2_000;

    public enum Problem {
        EMPTY,
        TOO_LARGE,
        TOO_LARGE_WHEN_OPENED,
        TYPE_NOT_ALLOWED,
        CONTENT_DOES_NOT_MATCH_NAME
    }

    /** The outcome: a media type to store, or the problem. */
    public record Result(String mediaType, String fileName, Problem problem) {
        public boolean accepted() {
            return problem == null;
        }
    }

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** Allowed name endings and the type each must contain. */
    private static final Map<String, String> ALLOWED = Map.of(
            "pdf", "application/pdf",
            "docx", DOCX,
            "doc", "application/msword",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg");

    private static final Tika TIKA = new Tika();

    private AttachmentCheck() {}

    public static Result check(String originalName, byte[] content) {
        String name = safeName(originalName);
        if (content == null || content.length == 0) {
            return new Result(null, name, Problem.EMPTY);
        }
        if (content.length > MAX_BYTES) {
            return new Result(null, name, Problem.TOO_LARGE);
        }
        String ending = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String expected = ALLOWED.get(ending);
        if (expected == null) {
            return new Result(null, name, Problem.TYPE_NOT_ALLOWED);
        }
        Zip zip = isZip(content) ? Zip.inspect(content) : null;
        if (zip != null && zip.tooLarge()) {
            return new Result(null, name, Problem.TOO_LARGE_WHEN_OPENED);
        }
        String detected = TIKA.detect(content);
        boolean matches = switch (expected) {
            case DOCX -> (detected.equals("application/zip") || detected.equals("application/x-tika-ooxml") || detected.equals(DOCX))
                    && zip != null && zip.wordDocument();
            case "application/msword" -> detected.equals("application/x-tika-msoffice") || detected.equals("application/msword");
            default -> detected.equals(expected);
        };
        return matches ? new Result(expected, name, null) : new Result(null, name, Problem.CONTENT_DOES_NOT_MATCH_NAME);
    }

    /**
     * The file's own name without any folder, control or bidirectional formatting characters or
     * quotes, at most 150 characters. Used when a file is stored, and again whenever a stored name
     * is shown or sent, so names kept before this rule are safe too.
     */
    public static String safeName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = ControlCharacters.stripFromFileName(name).replace("\"", "").strip();
        if (name.length() > 150) {
            String ending = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
            name = name.substring(0, 150 - ending.length()) + ending;
        }
        return name.isEmpty() ? "attachment" : name;
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** What unpacking a zip found: whether it passed a limit, and whether it holds a Word document's body. */
    record Zip(boolean tooLarge, boolean wordDocument) {

        /**
         * Unpacks every entry through one small buffer, never keeping the content, and stops at the
         * first limit passed. The sizes an entry declares are not trusted: only bytes really unpacked count.
         */
        static Zip inspect(byte[] content) {
            long limit = Math.min(MAX_UNPACKED_BYTES, Math.max(RATIO_FLOOR_BYTES, (long) MAX_RATIO * content.length));
            byte[] buffer = new byte[64 * 1024];
            long unpacked = 0;
            int entries = 0;
            boolean word = false;
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    if (++entries > MAX_ENTRIES) {
                        return new Zip(true, word);
                    }
                    word |= entry.getName().equals("word/document.xml");
                    int n;
                    while ((n = zip.read(buffer)) > 0) {
                        unpacked += n;
                        if (unpacked > limit) {
                            return new Zip(true, word);
                        }
                    }
                }
                return new Zip(false, word);
            } catch (IOException | IllegalArgumentException e) {
                return new Zip(false, false);
            }
        }
    }
}
