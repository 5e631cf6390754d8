package org.coplan.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each family member's views before a meeting, as a chain of revisions, and the case leads' notes
 * beside them. Nothing is overwritten: a revision based on one that already has a successor is refused.
 */
@Repository
public class OwnViewRevisions {

    /**
     * One revision of a person's views. {@code onBehalf}: written by {@code writtenByName} for them;
     * {@code confirmedAt}: when they said it is right.
     */
    public record OwnView(
            UUID id, UUID meetingId, UUID memberId, String memberName, String memberRole, String goingWell, String hard,
            String wanted, String questions, UUID writtenById, String writtenByName, boolean onBehalf, Instant writtenAt,
            UUID basedOn, Instant confirmedAt) {

        /** Recorded on the person's behalf and not yet confirmed or corrected by them. */
        public boolean awaitingConfirmation() {
            return onBehalf && confirmedAt == null;
        }
    }

    /** A case lead's note beside a person's views. */
    public record LeadNote(UUID id, UUID meetingId, UUID memberId, String body, String authorName, Instant writtenAt) {}

    private final JdbcClient jdbc;

    OwnViewRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves a revision; false if another was saved on the same one meanwhile. */
    public boolean insert(OwnView v) {
        try {
            jdbc.sql("""
                    insert into meeting_own_view (id, meeting_id, member_id, member_name, member_role, going_well, hard, wanted,
                        questions, written_by_id, written_by_name, on_behalf, written_at, based_on)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(v.id(), v.meetingId(), v.memberId(), v.memberName(), v.memberRole(), v.goingWell(), v.hard(), v.wanted(),
                            v.questions(), v.writtenById(), v.writtenByName(), v.onBehalf(), Timestamp.from(v.writtenAt()), v.basedOn())
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Marks the latest revision, recorded on the person's behalf, as confirmed by them; false if it is no longer the latest. */
    public boolean confirm(UUID revisionId, Instant at) {
        return jdbc.sql("""
                update meeting_own_view v set confirmed_at = ? where id = ? and on_behalf and confirmed_at is null
                and not exists (select 1 from meeting_own_view n where n.based_on = v.id)""")
                .params(Timestamp.from(at), revisionId).update() == 1;
    }

    /** The latest revision of each person's views on the meeting. */
    public List<OwnView> latest(UUID meetingId) {
        return jdbc.sql("""
                select * from meeting_own_view v where meeting_id = ?
                and not exists (select 1 from meeting_own_view n where n.based_on = v.id) order by written_at""")
                .param(meetingId).query(this::row).list();
    }

    public Optional<OwnView> latest(UUID meetingId, UUID memberId) {
        return latest(meetingId).stream().filter(v -> v.memberId().equals(memberId)).findFirst();
    }

    public void insertNote(LeadNote n, UUID authorId) {
        jdbc.sql("""
                insert into meeting_own_view_note (id, meeting_id, member_id, body, author_id, author_name, written_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(n.id(), n.meetingId(), n.memberId(), n.body(), authorId, n.authorName(), Timestamp.from(n.writtenAt()))
                .update();
    }

    public List<LeadNote> notes(UUID meetingId) {
        return jdbc.sql("select * from meeting_own_view_note where meeting_id = ? order by written_at").param(meetingId)
                .query((rs, n) -> new LeadNote(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                        rs.getObject("member_id", UUID.class), rs.getString("body"), rs.getString("author_name"),
                        Meetings.instant(rs, "written_at")))
                .list();
    }

    private OwnView row(ResultSet rs, int n) throws SQLException {
        return new OwnView(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class), rs.getObject("member_id", UUID.class),
                rs.getString("member_name"), rs.getString("member_role"), rs.getString("going_well"), rs.getString("hard"),
                rs.getString("wanted"), rs.getString("questions"), rs.getObject("written_by_id", UUID.class),
                rs.getString("written_by_name"), rs.getBoolean("on_behalf"), Meetings.instant(rs, "written_at"),
                rs.getObject("based_on", UUID.class), Meetings.instant(rs, "confirmed_at"));
    }
}
