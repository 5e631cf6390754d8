package org.coplan.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.AbstractVersionStrategy;

/**
 * The version in the name of one of Coplan's own files: a hash of its content and of the GOV.UK
 * Frontend version, because start.js is served with that version in the path it imports. A new
 * GOV.UK Frontend therefore gives Coplan's files new URLs too, and no browser keeps an old start.js.
 */
final class ContentAndFrontendVersionStrategy extends AbstractVersionStrategy {

    private final String govukFrontendVersion;

    ContentAndFrontendVersionStrategy(String govukFrontendVersion) {
        super(new FileNameVersionPathStrategy() {});
        this.govukFrontendVersion = govukFrontendVersion;
    }

    @Override
    public String getResourceVersion(Resource resource) {
        try {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            digest.update(resource.getContentAsByteArray());
            digest.update(govukFrontendVersion.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
