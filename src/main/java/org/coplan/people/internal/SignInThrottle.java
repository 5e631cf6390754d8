package org.coplan.people.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated wrong passwords, so passwords cannot be guessed
 * at speed. A correct sign-in or a password reset clears the count.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    SignInThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${coplan.sign-in.max-failures}") int maxFailures,
            @Value("${coplan.sign-in.lock-minutes}") int lockMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String email = event.getAuthentication().getName();
        jdbc.sql("""
                update person set
                    failed_sign_ins = case when failed_sign_ins + 1 >= ? then 0 else failed_sign_ins + 1 end,
                    locked_until = case when failed_sign_ins + 1 >= ? then ? else locked_until end
                where lower(email) = lower(?)""")
                .params(maxFailures, maxFailures, Timestamp.from(clock.instant().plus(lockFor)), email == null ? "" : email.strip())
                .update();
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        jdbc.sql("update person set failed_sign_ins = 0, locked_until = null where lower(email) = lower(?)")
                .param(event.getAuthentication().getName())
                .update();
    }
}
