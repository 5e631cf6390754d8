package org.coplan.strategic.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coplan.strategic.domain.BoardItemPlan;
import org.coplan.strategic.domain.ItemStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's view of the programme of work: each item with its co-lead from each side, its dates
 * and the history of its status (who moved it, when). Items are stored by {@link Programme}; this
 * adds what the board keeps beside them.
 */
@Service
@Transactional
public class BoardItems {

    /** The co-leads (null for an item raised from a theme before the board gave it leads) and dates. */
    public record Leads(UUID forumLeadId, String forumLeadName, UUID authorityLeadId, String authorityLeadName, LocalDate startsOn,
            LocalDate targetOn) {
        static final Leads NONE = new Leads(null, null, null, null, null, null);
    }

    public record ItemView(Programme.Item item, Leads leads) {
        public UUID id() {
            return item.id();
        }
    }

    /** One status change: from (null when the item was added), to, what was done or why stopped, who, when. */
    public record Change(ItemStatus from, ItemStatus to, String note, String byName, Instant at) {}

    private final Programme programme;
    private final JdbcClient jdbc;
    private final Clock clock;

    public BoardItems(Programme programme, JdbcClient jdbc, Clock clock) {
        this.programme = programme;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds an item (PROPOSED) with its co-leads and dates; the plan has been checked. */
    public UUID add(UUID localAuthorityId, UUID forumId, BoardItemPlan plan, String forumLeadName, String authorityLeadName,
            String byName) {
        UUID id = programme.add(localAuthorityId, forumId, plan.title().strip(), plan.summary().strip(), plan.rung(), null, null, byName);
        jdbc.sql("""
                update programme_item set forum_lead_id = ?, forum_lead_name = ?, authority_lead_id = ?, authority_lead_name = ?,
                    starts_on = ?, target_on = ? where id = ?""")
                .params(plan.forumLead(), forumLeadName, plan.authorityLead(), authorityLeadName, plan.startsOn(), plan.targetOn(), id)
                .update();
        recordChange(id, null, ItemStatus.PROPOSED, null, byName);
        return id;
    }

    @Transactional(readOnly = true)
    public List<ItemView> items(UUID localAuthorityId) {
        Map<UUID, Leads> leads = jdbc.sql("select * from programme_item where local_authority_id = ?").param(localAuthorityId)
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), leads(rs)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return programme.items(localAuthorityId).stream().map(i -> new ItemView(i, leads.getOrDefault(i.id(), Leads.NONE))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ItemView> item(UUID itemId) {
        return programme.item(itemId).map(i -> new ItemView(i,
                jdbc.sql("select * from programme_item where id = ?").param(itemId).query((rs, n) -> leads(rs)).single()));
    }

    @Transactional(readOnly = true)
    public Map<UUID, ItemView> byId(UUID localAuthorityId) {
        return items(localAuthorityId).stream().collect(Collectors.toMap(ItemView::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public List<Change> history(UUID itemId) {
        return jdbc.sql("select * from programme_item_change where item_id = ? order by seq").param(itemId)
                .query((rs, n) -> new Change(rs.getString("from_status") == null ? null : ItemStatus.valueOf(rs.getString("from_status")),
                        ItemStatus.valueOf(rs.getString("to_status")), rs.getString("note"), rs.getString("by_name"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    /** Moves the item on if nobody changed it since {@code version}, keeping who did it; false when someone did. */
    public boolean move(ItemView current, int version, ItemStatus to, String weDid, String reason, String byName) {
        if (!programme.move(current.id(), version, to, weDid, reason)) {
            return false;
        }
        String note = to == ItemStatus.DONE ? weDid.strip() : to == ItemStatus.STOPPED ? reason.strip() : null;
        recordChange(current.id(), current.item().status(), to, note, byName);
        return true;
    }

    /** Says which item a board decision or action is about. */
    public void link(UUID recordId, UUID itemId) {
        jdbc.sql("insert into board_record_item (record_id, item_id) values (?, ?)").params(recordId, itemId).update();
    }

    private void recordChange(UUID itemId, ItemStatus from, ItemStatus to, String note, String byName) {
        jdbc.sql("insert into programme_item_change (id, item_id, from_status, to_status, note, by_name, at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), itemId, from == null ? null : from.name(), to.name(), note, byName, Timestamp.from(clock.instant()))
                .update();
    }

    private static Leads leads(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Leads(rs.getObject("forum_lead_id", UUID.class), rs.getString("forum_lead_name"), rs.getObject("authority_lead_id", UUID.class),
                rs.getString("authority_lead_name"), rs.getObject("starts_on", LocalDate.class), rs.getObject("target_on", LocalDate.class));
    }
}
