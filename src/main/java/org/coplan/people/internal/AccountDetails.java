package org.coplan.people.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.coplan.people.PersonId;
import org.coplan.people.SignedInPerson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetails implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;

    AccountDetails(JdbcClient jdbc, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return jdbc.sql("select id, email, display_name, password_hash, locked_until from person where lower(email) = lower(?)")
                .param(email == null ? "" : email.strip())
                .query((rs, n) -> {
                    PersonId id = new PersonId(rs.getObject("id", UUID.class));
                    Timestamp lockedUntil = rs.getTimestamp("locked_until");
                    boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
                    return new SignedInPerson(
                            id, rs.getString("email"), rs.getString("display_name"), accounts.staffMemberships(id),
                            rs.getString("password_hash"), locked);
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }
}
