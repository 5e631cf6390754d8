package org.coplan.process.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.coplan.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When each person last looked at their home page. A visit is a run of views less than
 * {@link #SAME_VISIT} apart; "since you last looked" means since the last view of the visit before.
 */
@Repository
public class HomeVisits {

    /** Views closer together than this are one visit. */
    public static final Duration SAME_VISIT = Duration.ofMinutes(30);

    private final JdbcClient jdbc;

    HomeVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a view of the home page now and answers when the person last looked before this visit
     * (empty on their first visit), in one statement.
     */
    public Optional<Instant> viewed(PersonId person, Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp newVisitIfBefore = Timestamp.from(now.minus(SAME_VISIT));
        return jdbc.sql("""
                insert into home_visit (person_id, last_view_at, previous_visit_at) values (?, ?, null)
                on conflict (person_id) do update set
                    previous_visit_at = case when home_visit.last_view_at <= ? then home_visit.last_view_at
                                             else home_visit.previous_visit_at end,
                    last_view_at = greatest(home_visit.last_view_at, excluded.last_view_at)
                returning previous_visit_at""")
                .params(person.value(), at, newVisitIfBefore)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp("previous_visit_at")).map(Timestamp::toInstant))
                .single();
    }
}
