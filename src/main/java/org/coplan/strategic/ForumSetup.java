package org.coplan.strategic;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coplan.people.OrganisationId;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.coplan.shared.Tokens;
import org.coplan.strategic.domain.JoinRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records forum members who joined in the past, for demo data: as the joining pages leave them
 * (a verified row linked to the account, and the FORUM_MEMBER staff role), without sending any
 * email. Pages never use it.
 */
@Service
@Transactional
public class ForumSetup {

    /**
     * One member to record.
     *
     * @param topics names of {@code Topic} values; empty for "everything"
     * @param mobile a UK mobile number as {@code +447...} for text messages, or null for email
     */
    public record Joiner(String email, String name, List<String> topics, String mobile, Instant joinedAt) {}

    private final JdbcClient jdbc;
    private final People people;

    ForumSetup(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    /** Verified members: each account found or made (without a password when new), linked and given the staff role. */
    public void members(UUID forumId, List<Joiner> joiners) {
        for (Joiner j : joiners) {
            Person person = people.findOrCreate(j.email(), j.name());
            people.addStaffRole(person.id(), new OrganisationId(forumId), StaffRole.FORUM_MEMBER);
            jdbc.sql("""
                    insert into forum_member (id, forum_id, person_id, email, display_name, topics, channel, mobile, status, joined_at, verified_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 'MEMBER', ?, ?)""")
                    .params(UUID.randomUUID(), forumId, person.id().value(), JoinRules.email(j.email()), j.name(), topics(j),
                            j.mobile() == null ? "EMAIL" : "TEXT", j.mobile(), Timestamp.from(j.joinedAt()), Timestamp.from(j.joinedAt()))
                    .update();
        }
    }

    /** Someone who asked to join and has not followed the link yet (the link itself is never known). */
    public void waiting(UUID forumId, Joiner joiner, Instant linkExpiresAt) {
        jdbc.sql("""
                insert into forum_member (id, forum_id, email, display_name, topics, channel, mobile, status, token_hash,
                    token_expires_at, joined_at)
                values (?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?, ?)""")
                .params(UUID.randomUUID(), forumId, JoinRules.email(joiner.email()), joiner.name(), topics(joiner),
                        joiner.mobile() == null ? "EMAIL" : "TEXT", joiner.mobile(), Tokens.hash(Tokens.newToken()),
                        Timestamp.from(linkExpiresAt), Timestamp.from(joiner.joinedAt()))
                .update();
    }

    private static String[] topics(Joiner j) {
        return JoinRules.topics(j.topics()).stream().map(Enum::name).toArray(String[]::new);
    }
}
