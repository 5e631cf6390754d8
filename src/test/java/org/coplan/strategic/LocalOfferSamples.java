package org.coplan.strategic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample Open Referral UK file shipped with Coplan, for the local offer's tests. ORUK ids are
 * unique across areas, so each test gets the file with every id swapped for a new one (the same
 * new id for each old one), as another area's own file would have.
 */
public final class LocalOfferSamples {

    private static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private LocalOfferSamples() {}

    /** The file as shipped. */
    public static byte[] shipped() {
        try (InputStream in = LocalOfferSamples.class.getResourceAsStream("/strategic/oruk/sample-local-offer.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file with fresh ids. */
    public static byte[] sample() {
        Map<String, String> fresh = new HashMap<>();
        Matcher m = UUIDS.matcher(new String(shipped(), StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, fresh.computeIfAbsent(m.group(), k -> UUID.randomUUID().toString()));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
