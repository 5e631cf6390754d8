package org.coplan.strategic.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Puts the person's account, as it is now (with its roles), into the session, as a sign-in would. */
@Component
class SessionRefresh {

    private final UserDetailsService accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionRefresh(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    /** @param newSession whether to give the session a fresh id (a new sign-in) */
    void signIn(String email, HttpServletRequest request, HttpServletResponse response, boolean newSession) {
        UserDetails user = accounts.loadUserByUsername(email);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        request.getSession(true);
        if (newSession) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
