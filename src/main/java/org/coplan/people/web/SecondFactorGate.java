package org.coplan.people.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coplan.people.SignedInPerson;
import org.coplan.people.internal.TwoStepSignIn;
import org.coplan.people.internal.TwoStepSignIn.Need;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a person whose password was accepted at the second step until it is done: someone with a
 * second factor sees only the code page, and an administrator or SEN manager without one sees only
 * the set-up page. Signing out always works.
 *
 * <p>A right code adds a {@code FACTOR_TOTP} authority to the sign-in (Spring Security's way of
 * recording which factors a person has proved), so a sign-in without it is held back, whichever way
 * the person signed in. For people who need no second step, the session remembers that, to save
 * asking the database again. The gate runs just after Spring Security's filter chain (order -100),
 * where the signed-in person is known, so the security configuration needs no change.
 */
@Component
@Order(-90)
public class SecondFactorGate extends OncePerRequestFilter {

    /** The authority a sign-in carries once the code from an authenticator app has been given. */
    public static final String FACTOR = "FACTOR_TOTP";
    /** Session attribute: the id of a signed-in person who needs no second step. */
    static final String NOT_NEEDED = "coplan.secondFactor.notNeeded";
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
        if (auth == null || !(auth.getPrincipal() instanceof SignedInPerson who) || passed(request)) {
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
            request.getSession().setAttribute(NOT_NEEDED, who.id().toString());
            chain.doFilter(request, response);
            return;
        }
        if ("GET".equals(request.getMethod()) && !"/".equals(path)) {
            request.getSession().setAttribute(THEN, path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        }
        response.sendRedirect(request.getContextPath() + (need == Need.CODE ? CODE_PAGE : SET_UP_PAGE));
    }

    /** Whether the signed-in person has done the second step (or needs none) in this sign-in. */
    static boolean passed(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignedInPerson who)) {
            return false;
        }
        if (auth.getAuthorities().stream().anyMatch(a -> FACTOR.equals(a.getAuthority()))) {
            return true;
        }
        HttpSession session = request.getSession(false);
        return session != null && who.id().toString().equals(session.getAttribute(NOT_NEEDED));
    }

    /** Records on the sign-in that the code was given, and keeps it in the session. */
    static void markPassed(HttpServletRequest request, HttpServletResponse response) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        List<GrantedAuthority> authorities = new ArrayList<>(auth.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FACTOR));
        UsernamePasswordAuthenticationToken proved = UsernamePasswordAuthenticationToken.authenticated(auth.getPrincipal(), null, authorities);
        proved.setDetails(auth.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(proved);
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

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
