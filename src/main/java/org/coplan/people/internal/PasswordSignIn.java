package org.coplan.people.internal;

import java.util.Optional;
import org.coplan.people.internal.SignInThrottle.Hold;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signing in with an email and password. Before the password is checked, the throttle may hold the
 * attempt back; every refusal for a wrong email, a wrong password or an account not yet set up is
 * the same {@link BadCredentialsException}, so the answer never says whether an account exists.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    /**
     * Sign-in is held back; the page says for how long, and never why in terms of an account. An
     * account status exception, so no other provider is asked to check the password instead.
     */
    static final class HeldBack extends LockedException {
        private final transient Hold hold;

        HeldBack(Hold hold) {
            super("held back");
            this.hold = hold;
        }

        Hold hold() {
            return hold;
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AccountEvents events;

    PasswordSignIn(AccountDetails accounts, PasswordEncoder encoder, SignInThrottle throttle, AccountEvents events) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = attempt.getName() == null ? "" : attempt.getName().strip();
        String address = sourceAddress(attempt);
        Optional<Hold> held = throttle.hold(email, address);
        if (held.isPresent()) {
            throw new HeldBack(held.get());
        }
        try {
            Authentication done = passwords.authenticate(attempt);
            throttle.succeeded(email, address);
            return done;
        } catch (InternalAuthenticationServiceException couldNotCheck) {
            // the account could not be read (the database did not answer in time): not a wrong
            // password, so it is not counted, or a busy hour would lock out a whole school's network
            throw couldNotCheck;
        } catch (AuthenticationException refused) {
            events.signInFailed(email, address);
            throttle.failed(email, address).ifPresent(hold -> events.lockedOut(email, address, hold));
            throw new BadCredentialsException("wrong email or password");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String sourceAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }
}
