package org.coplan.strategic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.coplan.people.Person;
import org.coplan.strategic.internal.LocalOfferDirectory;
import org.coplan.strategic.internal.LocalOfferDirectory.Saved;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets up an area's local offer directly, for demo data: imports the sample Open Referral UK file
 * shipped with Coplan (through the same checks as the import page), makes verified forum members,
 * and records reviews and answers dated in the past.
 */
@Service
@Transactional
public class LocalOfferSetup {

    /** The sample file, in the classpath. */
    public static final String SAMPLE = "/strategic/oruk/sample-local-offer.json";

    private final LocalOfferDirectory directory;
    private final JdbcClient jdbc;
    private final Clock clock;

    LocalOfferSetup(LocalOfferDirectory directory, JdbcClient jdbc, Clock clock) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Imports the sample file into the area's directory; fails loudly if the file does not pass. */
    public void importSample(UUID localAuthorityId) {
        try (InputStream in = LocalOfferSetup.class.getResourceAsStream(SAMPLE)) {
            if (!(directory.importFile(localAuthorityId, in.readAllBytes()) instanceof Saved)) {
                throw new IllegalStateException("The sample local offer file did not import");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports an Open Referral UK file into the area's directory; fails loudly if it does not pass. */
    public void importFile(UUID localAuthorityId, byte[] content) {
        if (!(directory.importFile(localAuthorityId, content) instanceof Saved)) {
            throw new IllegalStateException("The local offer file did not import");
        }
    }

    /** Makes the person a verified member of the forum, by email. The caller gives them the forum member role. */
    public void verifiedMember(UUID forumId, Person person) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into forum_member (id, forum_id, person_id, email, display_name, channel, status, joined_at, verified_at)
                values (?, ?, ?, ?, ?, 'EMAIL', 'MEMBER', ?, ?)""")
                .params(UUID.randomUUID(), forumId, person.id().value(), person.email(), person.displayName(), now, now)
                .update();
    }

    /**
     * A member's review of the named service, made this many days ago, all four criteria as given
     * ({@code YES}, {@code PARTLY} or {@code NO}); answered by the authority when {@code answer} is not null.
     */
    public void review(UUID localAuthorityId, UUID forumId, Person member, String serviceName, int daysAgo, String[] ratings, String whyNot,
            String comment, String answer, String answeredBy) {
        UUID service = directory.idsByName(localAuthorityId).get(serviceName);
        if (service == null) {
            throw new IllegalArgumentException("No service named " + serviceName);
        }
        Timestamp on = Timestamp.from(clock.instant().minus(Duration.ofDays(daysAgo)));
        Timestamp answeredAt = answer == null ? null : Timestamp.from(clock.instant().minus(Duration.ofDays(Math.max(0, daysAgo - 2))));
        jdbc.sql("""
                insert into local_offer_review (id, service_id, la_id, forum_id, person_id, clear, accurate, accessible, useful, why_not,
                    comment, rung, reviewed_at, answer, page_changed, answered_at, answered_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CONSULTING', ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), service, localAuthorityId, forumId, member.id().value(), ratings[0], ratings[1], ratings[2],
                        ratings[3], whyNot, comment, on, answer, answer == null ? null : Boolean.FALSE, answeredAt,
                        answer == null ? null : answeredBy)
                .update();
    }
}
