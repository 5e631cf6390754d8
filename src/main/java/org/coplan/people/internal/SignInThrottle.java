package org.coplan.people.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.coplan.shared.Tokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords so they cannot be guessed at speed, without telling anyone whether an
 * account exists (ADR 0023). Every count is by the email as typed, whether or not it belongs to an
 * account, so an unknown email locks exactly as a real one does:
 * <ul>
 *   <li>five wrong tries for one email from one source address stop that address trying that email
 *       for 15 minutes; other addresses (the real person at home) can still sign in;</li>
 *   <li>fifty wrong tries for one email from any addresses stop everyone trying it for a while,
 *       so many addresses together still cannot guess at speed;</li>
 *   <li>twenty wrong tries from one address, for any emails, stop that address signing in at all
 *       for a while, so one address cannot try a password across many accounts.</li>
 * </ul>
 * A correct sign-in clears that email's count from that address; a password reset clears it everywhere.
 */
@Component
class SignInThrottle {

    /** Why a sign-in is not being checked, and for how many more minutes (at least 1). */
    record Hold(Kind kind, long minutes) {
        enum Kind { EMAIL, ADDRESS }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perEmailAndAddress;
    private final int perEmail;
    private final int perAddress;
    private final Duration window;

    SignInThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${coplan.sign-in.max-failures}") int perEmailAndAddress,
            @Value("${coplan.sign-in.max-failures-per-account:50}") int perEmail,
            @Value("${coplan.sign-in.max-failures-per-address:20}") int perAddress,
            @Value("${coplan.sign-in.lock-minutes}") int lockMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perEmailAndAddress = perEmailAndAddress;
        this.perEmail = perEmail;
        this.perAddress = perAddress;
        this.window = Duration.ofMinutes(lockMinutes);
    }

    /** Whether sign-in with this email from this address is held back; checked before the password is. */
    Optional<Hold> hold(String email, String address) {
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(window));
        String key = key(email);
        Optional<Hold> byAddress = until(jdbc.sql("""
                select occurred_at from sign_in_failure where source_address = ? and occurred_at > ?
                order by occurred_at desc offset ? limit 1""")
                .params(address, since, perAddress - 1), now)
                .map(minutes -> new Hold(Hold.Kind.ADDRESS, minutes));
        if (byAddress.isPresent()) {
            return byAddress;
        }
        Optional<Long> byPair = until(jdbc.sql("""
                select occurred_at from sign_in_failure where email_hash = ? and source_address = ? and occurred_at > ?
                order by occurred_at desc offset ? limit 1""")
                .params(key, address, since, perEmailAndAddress - 1), now);
        Optional<Long> byEmail = until(jdbc.sql("""
                select occurred_at from sign_in_failure where email_hash = ? and occurred_at > ?
                order by occurred_at desc offset ? limit 1""")
                .params(key, since, perEmail - 1), now);
        return byPair.or(() -> byEmail).map(minutes -> new Hold(Hold.Kind.EMAIL, minutes));
    }

    /**
     * Counts a wrong try. Returns the hold this try started, if it was the one that reached a
     * limit, so the lockout can be recorded once.
     */
    Optional<Hold> failed(String email, String address) {
        Instant now = clock.instant();
        jdbc.sql("delete from sign_in_failure where occurred_at < ?").param(Timestamp.from(now.minus(window.multipliedBy(2)))).update();
        jdbc.sql("insert into sign_in_failure (email_hash, source_address, occurred_at) values (?, ?, ?)")
                .params(key(email), address, Timestamp.from(now))
                .update();
        return hold(email, address);
    }

    void succeeded(String email, String address) {
        jdbc.sql("delete from sign_in_failure where email_hash = ? and source_address = ?").params(key(email), address).update();
    }

    /** After a password reset the person can sign in at once, from anywhere. */
    void passwordChanged(String email) {
        jdbc.sql("delete from sign_in_failure where email_hash = ?").param(key(email)).update();
    }

    /** Minutes until the found failure leaves the window, if a failure was found. */
    private Optional<Long> until(JdbcClient.StatementSpec oldestCounted, Instant now) {
        return oldestCounted.query(Timestamp.class).optional().map(at -> {
            long seconds = Duration.between(now, at.toInstant().plus(window)).toSeconds();
            return Math.max(1, (seconds + 59) / 60);
        });
    }

    private static String key(String email) {
        return Tokens.hash(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }
}
