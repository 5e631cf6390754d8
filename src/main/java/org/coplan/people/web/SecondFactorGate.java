package org.coplan.people.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.coplan.people.SignedInPerson;
import org.coplan.people.internal.TwoStepSignIn;
import org.coplan.people.internal.TwoStepSignIn.Need;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a person whose password was accepted at the second step until it is done: someone with a
 * second factor sees only the code page, and an administrator or SEN manager without one sees only
 * the set-up page. Signing out always works.
 *
 * <p>The session remembers who has passed, so a session without that mark is held back, whichever
 * way the person signed in. It runs just after Spring Security's filter chain (order -100), where the
 * signed-in person is known, so the security configuration needs no change.
 */
@Component
@Order(-90)
public class SecondFactorGate extends OncePerRequestFilter {

    /** Session attribute: the id of the person who has passed the second step in this session. */
    public static final String PASSED = "coplan.secondFactor.passed";
    /** Session attribute: the page the person was going to, to go on to once the step is done. */
    static final String THEN = "coplan.secondFactor.then";

    static final String CODE_PAGE = "/sign-in/code";
    static final String SET_UP_PAGE = "/account/security/set-up";

    private static final Set<String> OPEN = Set.of(
            CODE_PAGE, SET_UP_PAGE, "/sign-out", "/signed-out", "/error", "/favicon.ico",
            "/accessibility", "/privacy", "/cookies");
    private static final List<String> OPEN_UNDER = List.of("/assets/", "/govuk/", "/coplan/", "/help/");

    private final TwoStepSignIn twoStep;

    SecondFactorGate(TwoStepSignIn twoStep) {
        this.twoStep = twoStep;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignedInPerson who) || passed(request, who)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (OPEN.contains(path) || OPEN_UNDER.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        Need need = twoStep.needFor(who.id());
        if (need == Need.NONE) {
            request.getSession().setAttribute(PASSED, who.id().toString());
            chain.doFilter(request, response);
            return;
        }
        if ("GET".equals(request.getMethod()) && !"/".equals(path)) {
            request.getSession().setAttribute(THEN, path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        }
        response.sendRedirect(request.getContextPath() + (need == Need.CODE ? CODE_PAGE : SET_UP_PAGE));
    }

    /** Whether this person has done the second step (or needed none) in this session. */
    static boolean passed(HttpServletRequest request, SignedInPerson who) {
        HttpSession session = request.getSession(false);
        return session != null && who.id().toString().equals(session.getAttribute(PASSED));
    }

    static void markPassed(HttpServletRequest request, SignedInPerson who) {
        request.getSession().setAttribute(PASSED, who.id().toString());
    }

    /** Where to go once the step is done: the page the person was going to, if it was one of ours. */
    static String next(HttpServletRequest request, String otherwise) {
        HttpSession session = request.getSession(false);
        Object then = session == null ? null : session.getAttribute(THEN);
        if (session != null) {
            session.removeAttribute(THEN);
        }
        return then instanceof String s && s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/\\") ? s : otherwise;
    }
}
