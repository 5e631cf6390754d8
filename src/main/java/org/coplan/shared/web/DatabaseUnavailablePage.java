package org.coplan.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.coplan.shared.db.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * While the database cannot be reached, answers with the "nothing you saved has been lost" page
 * (503) straight away. It sits outside the session and security filters, which themselves need the
 * database, so the page is drawn without them: the usual error page would try the database again
 * (and wait again) and end as the server's bare error text.
 */
public class DatabaseUnavailablePage extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailablePage.class);

    /** As strict as the rest of the service: this page has no inline script or style. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; "
            + "object-src 'none'";

    private final ITemplateEngine templates;
    private final LayoutAttributes layout;

    public DatabaseUnavailablePage(ITemplateEngine templates, LayoutAttributes layout) {
        this.templates = templates;
        this.layout = layout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseFailures.unreachable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("The database cannot be reached: answered {} {} with the service problem page ({})",
                    request.getMethod(), request.getRequestURI(), rootMessage(e));
            render(request, response);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private void render(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Retry-After", "30");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        Map<String, Object> model = new HashMap<>();
        model.put("serviceName", layout.serviceName());
        model.put("operatorName", layout.operatorName());
        model.put("supportEmail", layout.supportEmail());
        model.put("sourceUrl", layout.sourceUrl());
        model.put("zone", layout.zone());
        // Who is signed in is kept in the database: the page cannot tell, so it shows no menu.
        model.put("signedIn", false);
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(getServletContext()).buildExchange(request, response),
                request.getLocale(), model);
        templates.process("error", context, response.getWriter());
        response.flushBuffer();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
