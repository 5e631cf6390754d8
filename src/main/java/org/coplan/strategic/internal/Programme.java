package org.coplan.strategic.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.strategic.domain.ItemStatus;
import org.coplan.strategic.domain.Rung;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme of work's items, as stored: what the board pages build on and what a theme with
 * enough weight is raised into. Who may change an item is decided by {@code ForumSeat} before any
 * call here.
 */
@Service
@Transactional
public class Programme {

    /**
     * One item. {@code families} is set for an item raised from a theme: how many families' cases the
     * theme was marked on (a count, never who).
     */
    public record Item(UUID id, UUID localAuthorityId, UUID forumId, String title, String summary, Rung rung, ItemStatus status,
            UUID themeId, Integer families, String weDid, String stoppedReason, String createdByName, Instant createdAt,
            Instant updatedAt, int version) {

        public boolean fromTheme() {
            return themeId != null;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public Programme(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Adds an item, PROPOSED; {@code themeId} and {@code families} only for an item raised from a theme. */
    public UUID add(UUID localAuthorityId, UUID forumId, String title, String summary, Rung rung, UUID themeId, Integer families,
            String byName) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into programme_item (id, local_authority_id, forum_id, title, summary, rung, status, theme_id, families,
                    created_by_name, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?, ?, ?, ?)""")
                .params(id, localAuthorityId, forumId, title, summary, rung.name(), themeId, families, byName, now, now)
                .update();
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<Item> item(UUID id) {
        return jdbc.sql("select * from programme_item where id = ?").param(id).query(Programme::item).optional();
    }

    /** The item raised from this theme, if it has been raised. */
    @Transactional(readOnly = true)
    public Optional<Item> itemForTheme(UUID themeId) {
        return jdbc.sql("select * from programme_item where theme_id = ?").param(themeId).query(Programme::item).optional();
    }

    /** The area's items, newest first. */
    @Transactional(readOnly = true)
    public List<Item> items(UUID localAuthorityId) {
        return jdbc.sql("select * from programme_item where local_authority_id = ? order by created_at desc, id")
                .param(localAuthorityId)
                .query(Programme::item)
                .list();
    }

    /** Keeps a theme's item's count of families up to date as more cases mark it. */
    public void updateFamilies(UUID itemId, int families) {
        jdbc.sql("update programme_item set families = ?, updated_at = ? where id = ?")
                .params(families, Timestamp.from(clock.instant()), itemId)
                .update();
    }

    /**
     * Moves an item on, if nobody changed it since {@code version} was read; false when someone did
     * (the caller shows both). DONE needs {@code weDid} and announces {@link ProgrammeItemDone}; STOPPED
     * needs {@code reason}.
     */
    public boolean move(UUID itemId, int version, ItemStatus to, String weDid, String reason) {
        if (to == ItemStatus.DONE && (weDid == null || weDid.isBlank())) {
            throw new IllegalArgumentException("What was done is required to finish an item");
        }
        if (to == ItemStatus.STOPPED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("A reason is required to stop an item");
        }
        int changed = jdbc.sql("""
                update programme_item set status = ?, we_did = coalesce(?, we_did), stopped_reason = coalesce(?, stopped_reason),
                    updated_at = ?, version = version + 1
                where id = ? and version = ?""")
                .params(to.name(), to == ItemStatus.DONE ? weDid.strip() : null, to == ItemStatus.STOPPED ? reason.strip() : null,
                        Timestamp.from(clock.instant()), itemId, version)
                .update();
        if (changed == 1 && to == ItemStatus.DONE) {
            Item item = item(itemId).orElseThrow();
            events.publishEvent(new ProgrammeItemDone(itemId, item.localAuthorityId(), item.themeId(), item.title(), item.weDid()));
        }
        return changed == 1;
    }

    private static Item item(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Item(
                rs.getObject("id", UUID.class), rs.getObject("local_authority_id", UUID.class), rs.getObject("forum_id", UUID.class),
                rs.getString("title"), rs.getString("summary"), Rung.valueOf(rs.getString("rung")),
                ItemStatus.valueOf(rs.getString("status")), rs.getObject("theme_id", UUID.class), rs.getObject("families", Integer.class),
                rs.getString("we_did"), rs.getString("stopped_reason"), rs.getString("created_by_name"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
