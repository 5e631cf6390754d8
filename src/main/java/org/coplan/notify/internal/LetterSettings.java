package org.coplan.notify.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether each local authority's letters go through GOV.UK Notify or wait on its print page. An
 * authority that has not chosen follows {@code coplan.notify.letters-through-notify}; without a
 * Notify key every letter waits on the print page.
 */
@Repository
public class LetterSettings {

    private final JdbcClient jdbc;
    private final NotifyGateway notify;
    private final boolean byDefault;

    LetterSettings(JdbcClient jdbc, NotifyGateway notify, @Value("${coplan.notify.letters-through-notify:true}") boolean byDefault) {
        this.jdbc = jdbc;
        this.notify = notify;
        this.byDefault = byDefault;
    }

    /** What the authority chose, or empty if it has not. */
    public Optional<Boolean> chosen(UUID authority) {
        if (authority == null) {
            return Optional.empty();
        }
        return jdbc.sql("select through_notify from letter_setting where local_authority_id = ?").param(authority)
                .query(Boolean.class).optional();
    }

    /** Whether the authority's letters go through Notify now. */
    public boolean throughNotify(UUID authority) {
        return notify.configured() && chosen(authority).orElse(byDefault);
    }

    public void choose(UUID authority, boolean throughNotify, String by, Instant at) {
        jdbc.sql("""
                insert into letter_setting (local_authority_id, through_notify, changed_by, changed_at) values (?, ?, ?, ?)
                on conflict (local_authority_id) do update set through_notify = excluded.through_notify,
                    changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .params(authority, throughNotify, by, Timestamp.from(at))
                .update();
    }
}
