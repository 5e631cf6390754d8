package org.coplan.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Replaces one absolute path with another inside CSS and JavaScript files as they are served, so
 * that a file that refers to {@code /assets/...} or {@code /govuk/...} gets the versioned path.
 * The result is cached by the resource chain, so each file is rewritten once.
 */
final class PathRewrite implements ResourceTransformer {

    private final String from;
    private final String to;

    PathRewrite(String from, String to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
            throws IOException {
        Resource transformed = chain.transform(request, resource);
        String name = transformed.getFilename();
        if (name == null || !(name.endsWith(".css") || name.endsWith(".js") || name.endsWith(".mjs"))) {
            return transformed;
        }
        String text = transformed.getContentAsString(StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            return transformed;
        }
        return new TransformedResource(transformed, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }
}
