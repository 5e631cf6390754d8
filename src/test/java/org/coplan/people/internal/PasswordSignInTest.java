package org.coplan.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coplan.people.internal.SignInThrottle.Hold;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Only a wrong email or password counts towards holding sign-in back, never a service that could not check. */
class PasswordSignInTest {

    /** The throttle's and the audit's side, recorded instead of stored. */
    static final class Counted extends SignInThrottle {
        final List<String> failures = new ArrayList<>();

        Counted() {
            super(null, Clock.systemUTC(), 5, 50, 20, 15);
        }

        @Override
        Optional<Hold> hold(String email, String address) {
            return Optional.empty();
        }

        @Override
        Optional<Hold> failed(String email, String address) {
            failures.add(email);
            return Optional.empty();
        }

        @Override
        void succeeded(String email, String address) {}
    }

    static final class Events extends AccountEvents {
        final List<String> failed = new ArrayList<>();

        Events() {
            super(null, null);
        }

        @Override
        void signInFailed(String email, String address) {
            failed.add(email);
        }
    }

    /** Accounts read from a database that answers, or one that does not. */
    static AccountDetails accounts(boolean databaseAnswers) {
        return new AccountDetails(null, null, Clock.systemUTC()) {
            @Override
            public UserDetails loadUserByUsername(String email) {
                if (!databaseAnswers) {
                    throw new DataAccessResourceFailureException("Connection is not available, request timed out after 30000ms");
                }
                throw new UsernameNotFoundException(email);
            }
        };
    }

    @Test
    void aDatabaseThatDidNotAnswerIsNotCountedAsAWrongPassword() {
        Counted throttle = new Counted();
        Events events = new Events();
        PasswordSignIn signIn = new PasswordSignIn(accounts(false), new BCryptPasswordEncoder(), throttle, events);
        assertThatThrownBy(() -> signIn.authenticate(new UsernamePasswordAuthenticationToken("jo@example.test", "a long password here")))
                .isInstanceOf(InternalAuthenticationServiceException.class);
        assertThat(throttle.failures).isEmpty();
        assertThat(events.failed).isEmpty();
    }

    @Test
    void anUnknownEmailIsCountedAndAnsweredAsAWrongPassword() {
        Counted throttle = new Counted();
        Events events = new Events();
        PasswordSignIn signIn = new PasswordSignIn(accounts(true), new BCryptPasswordEncoder(), throttle, events);
        assertThatThrownBy(() -> signIn.authenticate(new UsernamePasswordAuthenticationToken("jo@example.test", "a long password here")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(throttle.failures).containsExactly("jo@example.test");
        assertThat(events.failed).containsExactly("jo@example.test");
    }
}
