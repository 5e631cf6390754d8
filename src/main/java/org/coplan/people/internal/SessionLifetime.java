package org.coplan.people.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.coplan.people.SignedInPerson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session a fixed time after sign-in however active it is (12 hours by default),
 * so a session left open on a shared computer or taken by someone else does not last for ever.
 * Runs after the security filters, when the signed-in person is known.
 */
@Component
class SessionLifetime extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "coplan.signedInAt";

    private final Clock clock;
    private final Duration lifetime;
    private final AccountEvents events;

    SessionLifetime(Clock clock, @Value("${coplan.session.absolute-hours:12}") int hours, AccountEvents events) {
        this.clock = clock;
        this.lifetime = Duration.ofHours(hours);
        this.events = events;
    }

    /** Starts the clock at sign-in, also when someone signs in again in the same browser session. */
    @EventListener
    void onSignedIn(AuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(SIGNED_IN_AT, clock.instant());
            }
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && auth != null && auth.getPrincipal() instanceof SignedInPerson person) {
            Instant now = clock.instant();
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (now.isAfter(signedInAt.plus(lifetime))) {
                events.signedOut(person, "session ended " + lifetime.toHours() + " hours after sign-in");
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/sign-in?expired");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
