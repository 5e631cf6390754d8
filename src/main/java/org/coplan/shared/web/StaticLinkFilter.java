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

    /** Error pages ("Page not found") are written in an error dispatch, and need their styles too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, rewriting(request, response));
    }

    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, rewriting(request, response));
    }

    private HttpServletResponse rewriting(HttpServletRequest request, HttpServletResponse response) {
        String contextPath = request.getContextPath();
        return new HttpServletResponseWrapper(response) {
            @Override
            public String encodeURL(String url) {
                return super.encodeURL(links.rewrite(contextPath, url));
            }
        };
    }
}
