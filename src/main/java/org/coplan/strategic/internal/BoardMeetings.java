package org.coplan.strategic.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's meetings: when and where, the agenda (items of the programme and free points) and the
 * minutes, kept as revisions with a version so a save based on an older text is refused and both
 * texts shown. Decisions and actions are kept by the meetings module ({@code BoardRecords}).
 */
@Service
@Transactional
public class BoardMeetings {

    /** @param startsAt local date and time (Europe/London) */
    public record Meeting(UUID id, UUID localAuthorityId, UUID forumId, LocalDateTime startsAt, String place, String minutes,
            String minutesByName, Instant minutesAt, int minutesVersion, String arrangedByName) {

        /** Its day has come: what happened at it can be recorded, and its decisions are public. */
        public boolean held(LocalDateTime now) {
            return !startsAt.toLocalDate().isAfter(now.toLocalDate());
        }
    }

    /** A point on the agenda: an item of the programme ({@code itemId}) or free words. */
    public record AgendaPoint(int position, UUID itemId, String words) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    public BoardMeetings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public UUID arrange(UUID localAuthorityId, UUID forumId, LocalDateTime startsAt, String place, List<UUID> items, List<String> points,
            String byName) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into board_meeting (id, local_authority_id, forum_id, starts_at, place, arranged_by_name, arranged_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, localAuthorityId, forumId, startsAt, place.strip(), byName, Timestamp.from(clock.instant()))
                .update();
        int position = 0;
        for (UUID item : items) {
            jdbc.sql("insert into board_agenda_point (meeting_id, position, item_id) values (?, ?, ?)").params(id, ++position, item).update();
        }
        for (String words : points) {
            jdbc.sql("insert into board_agenda_point (meeting_id, position, words) values (?, ?, ?)")
                    .params(id, ++position, words.strip()).update();
        }
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<Meeting> find(UUID id) {
        return jdbc.sql("select * from board_meeting where id = ?").param(id).query(BoardMeetings::row).optional();
    }

    /** The area's meetings, earliest first. */
    @Transactional(readOnly = true)
    public List<Meeting> forArea(UUID localAuthorityId) {
        return jdbc.sql("select * from board_meeting where local_authority_id = ? order by starts_at, id").param(localAuthorityId)
                .query(BoardMeetings::row).list();
    }

    @Transactional(readOnly = true)
    public List<AgendaPoint> agenda(UUID meetingId) {
        return jdbc.sql("select * from board_agenda_point where meeting_id = ? order by position").param(meetingId)
                .query((rs, n) -> new AgendaPoint(rs.getInt("position"), rs.getObject("item_id", UUID.class), rs.getString("words")))
                .list();
    }

    /** The meetings whose agenda has this item, earliest first. */
    @Transactional(readOnly = true)
    public List<Meeting> withItem(UUID itemId) {
        return jdbc.sql("""
                select m.* from board_meeting m where exists (select 1 from board_agenda_point p where p.meeting_id = m.id and p.item_id = ?)
                order by starts_at, id""").param(itemId).query(BoardMeetings::row).list();
    }

    /** Saves the minutes if they are still at {@code version}; false when someone saved first. */
    public boolean saveMinutes(UUID meetingId, int version, String body, String byName) {
        Timestamp now = Timestamp.from(clock.instant());
        int changed = jdbc.sql("""
                update board_meeting set minutes = ?, minutes_by_name = ?, minutes_at = ?, minutes_version = minutes_version + 1
                where id = ? and minutes_version = ?""")
                .params(body, byName, now, meetingId, version).update();
        if (changed == 1) {
            jdbc.sql("insert into board_minutes_revision (id, meeting_id, version, body, by_name, at) values (?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), meetingId, version + 1, body, byName, now).update();
        }
        return changed == 1;
    }

    /** One saved version of a meeting's minutes. */
    public record MinutesRevision(int version, String body, String byName, Instant at) {}

    /** Every saved version of the meeting's minutes, newest first: nothing written over is lost. */
    @Transactional(readOnly = true)
    public List<MinutesRevision> minutesRevisions(UUID meetingId) {
        return jdbc.sql("select version, body, by_name, at from board_minutes_revision where meeting_id = ? order by version desc")
                .param(meetingId)
                .query((rs, n) -> new MinutesRevision(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** For decisions and actions of the area: the item each is about, if any. */
    @Transactional(readOnly = true)
    public Map<UUID, UUID> itemOfRecords(UUID localAuthorityId) {
        return jdbc.sql("""
                select r.record_id, r.item_id from board_record_item r join programme_item i on i.id = r.item_id
                where i.local_authority_id = ?""").param(localAuthorityId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Meeting row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp at = rs.getTimestamp("minutes_at");
        return new Meeting(rs.getObject("id", UUID.class), rs.getObject("local_authority_id", UUID.class), rs.getObject("forum_id", UUID.class),
                rs.getObject("starts_at", LocalDateTime.class), rs.getString("place"), rs.getString("minutes"), rs.getString("minutes_by_name"),
                at == null ? null : at.toInstant(), rs.getInt("minutes_version"), rs.getString("arranged_by_name"));
    }
}
