package org.coplan.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Links in pages ({@code @{...}} in templates) pass through {@code encodeURL}; this gives links to
 * static files their versioned URL ({@link StaticLinks}) and leaves every other link alone. It
 * replaces Spring's ResourceUrlEncodingFilter, which asks the resource handlers about every link.
 */
final class StaticLinkFilter extends OncePerRequestFilter {

    private final StaticLinks links;

    StaticLinkFilter(StaticLinks links) {
        this.links = links;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contextPath = request.getContextPath();
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public String encodeURL(String url) {
                return super.encodeURL(links.rewrite(contextPath, url));
            }
        });
    }
}
