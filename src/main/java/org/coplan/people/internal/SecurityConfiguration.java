package org.coplan.people.internal;

import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Session attributes the sign-in page reads after a failed attempt (see SignInController). */
    private static final String TYPED_EMAIL = "coplan.signIn.email";
    private static final String FAILURE = "coplan.signIn.failure";

    /**
     * bcrypt with a configurable work factor (12 by default). Hashes name their algorithm, so the
     * factor or the algorithm can change later and old hashes still verify.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${coplan.security.bcrypt-strength:12}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/invitations/*/join").authenticated()
                        .requestMatchers("/demo-mail", "/demo-mail/**").permitAll()
                        // the confidence survey's personal link works without signing in; "Your answers" does not
                        .requestMatchers("/confidence/answers").authenticated()
                        .requestMatchers("/confidence/*", "/confidence/*/skip").permitAll()
                        // open data: aggregate files for anyone, nothing about one person
                        .requestMatchers("/open-data", "/open-data/**").permitAll()
                        // an area's co-production in public, and joining its parent carer forum
                        .requestMatchers("/area/**", "/forum/join", "/forum/join/**").permitAll()
                        .requestMatchers(
                                "/", "/sign-in", "/signed-out", "/password-reset", "/password-reset/*",
                                "/invitations/*", "/assets/**", "/govuk/**", "/coplan/**",
                                "/accessibility", "/privacy", "/cookies", "/help/**", "/error", "/favicon.ico",
                                "/schools/*/you-said-we-did/published",
                                "/you-said-we-did/authority/*", "/you-said-we-did/authority/*/*")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .failureHandler(failureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/signed-out"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; "
                                        + "object-src 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /**
     * Keeps what the person typed and says why sign-in failed, then shows the form again. A wrong
     * password, an unknown email and an account not yet set up all get the same answer (ADR 0023).
     */
    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            HttpSession session = request.getSession();
            session.setAttribute(TYPED_EMAIL, request.getParameter("email"));
            session.setAttribute(FAILURE, exception instanceof PasswordSignIn.HeldBack held
                    ? held.hold().kind() + ":" + held.hold().minutes()
                    : exception instanceof InternalAuthenticationServiceException ? "unchecked" : "wrong");
            response.sendRedirect(request.getContextPath() + "/sign-in?error");
        };
    }
}
