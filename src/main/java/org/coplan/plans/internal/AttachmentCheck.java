package org.coplan.plans.internal;

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
 * never trusted from the name or the browser.
 */
public final class AttachmentCheck {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public enum Problem {
        EMPTY,
        TOO_LARGE,
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
        String detected = TIKA.detect(content);
        boolean matches = switch (expected) {
            case DOCX -> (detected.equals("application/zip") || detected.equals("application/x-tika-ooxml") || detected.equals(DOCX))
                    && isWordDocument(content);
            case "application/msword" -> detected.equals("application/x-tika-msoffice") || detected.equals("application/msword");
            default -> detected.equals(expected);
        };
        return matches ? new Result(expected, name, null) : new Result(null, name, Problem.CONTENT_DOES_NOT_MATCH_NAME);
    }

    /** The file's own name without any folder, control characters or quotes, at most 150 characters. */
    static String safeName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > 150) {
            String ending = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
            name = name.substring(0, 150 - ending.length()) + ending;
        }
        return name.isEmpty() ? "attachment" : name;
    }

    private static boolean isWordDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
