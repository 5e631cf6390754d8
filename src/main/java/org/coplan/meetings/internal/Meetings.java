package org.coplan.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.meetings.domain.ArrangedMeeting;
import org.coplan.meetings.domain.MeetingKind;
import org.coplan.meetings.domain.MeetingMode;
import org.coplan.meetings.domain.NotePart;
import org.coplan.meetings.domain.ProposedTime;
import org.coplan.meetings.domain.Reply;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings, their proposed times, attendees and replies, Explore views and the revisions of their notes. */
@Repository
public class Meetings {

    public record Meeting(
            UUID id, UUID caseId, MeetingKind kind, String title, MeetingMode mode, String place, String shortNoticeReason,
            boolean familyAgreedShort, String clashReason, UUID organiserId, String organiserName, String organiserRole,
            Instant arrangedAt, Instant completedAt, String completedByName, boolean reviewHeldRecorded, List<ProposedTime> times,
            int sequence, Instant cancelledAt, String cancelledByName, String cancelReason, Instant movedAt, String movedByName) {

        public boolean completed() {
            return completedAt != null;
        }

        public boolean cancelled() {
            return cancelledAt != null;
        }

        /** The meeting as its rules see it. */
        public ArrangedMeeting rules(boolean recordStarted) {
            ArrangedMeeting.Status status = cancelled() ? ArrangedMeeting.Status.CANCELLED
                    : completed() ? ArrangedMeeting.Status.COMPLETE : ArrangedMeeting.Status.ARRANGED;
            return new ArrangedMeeting(kind, times, status, recordStarted, sequence);
        }

        public ProposedTime firstTime() {
            return times.get(0);
        }
    }

    /** An invited person and their answer; {@code repliedToSequence} is the version of the invitation they answered. */
    public record Attendee(UUID meetingId, UUID memberId, UUID personId, Reply reply, String replyNote, Instant repliedAt,
            Integer repliedToSequence) {

        /** Whether they answered the meeting as it is now, not a time it has since moved from. */
        public boolean answered(Meeting m) {
            return reply != null && repliedToSequence != null && repliedToSequence == m.sequence();
        }

        /** Whether they answered an earlier time, and must be asked again. */
        public boolean answeredEarlierTime(Meeting m) {
            return reply != null && !answered(m);
        }
    }

    public record View(
            UUID id, UUID meetingId, UUID speakerMemberId, String speakerName, String speakerRole, String words,
            String recordedByName, Instant recordedAt) {}

    /** One saved revision of a part of the notes. {@code authorName} and {@code body} as the conflict fragment needs them. */
    public record Note(
            UUID id, UUID meetingId, NotePart part, UUID accountOf, String body, UUID authorId, String authorName,
            String authorRole, Instant writtenAt, UUID basedOn) {}

    private final JdbcClient jdbc;

    Meetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Meeting m, List<Attendee> attendees) {
        jdbc.sql("""
                insert into meeting (id, case_id, kind, title, mode, place, short_notice_reason, family_agreed_short, clash_reason,
                    organiser_id, organiser_name, organiser_role, arranged_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.id(), m.caseId(), m.kind().name(), m.title(), m.mode().name(), m.place(), m.shortNoticeReason(),
                        m.familyAgreedShort(), m.clashReason(), m.organiserId(), m.organiserName(), m.organiserRole(),
                        Timestamp.from(m.arrangedAt()))
                .update();
        for (int i = 0; i < m.times().size(); i++) {
            ProposedTime t = m.times().get(i);
            jdbc.sql("insert into meeting_time (meeting_id, position, starts_at, minutes) values (?, ?, ?, ?)")
                    .params(m.id(), i, t.starts(), t.minutes())
                    .update();
        }
        for (Attendee a : attendees) {
            jdbc.sql("insert into meeting_attendee (meeting_id, member_id, person_id) values (?, ?, ?)")
                    .params(m.id(), a.memberId(), a.personId())
                    .update();
        }
    }

    public Optional<Meeting> find(UUID caseId, UUID meetingId) {
        return jdbc.sql("select * from meeting where case_id = ? and id = ?").params(caseId, meetingId).query(this::row).optional();
    }

    /** The case a meeting belongs to, for the address in an invitation, which names no case. */
    public Optional<UUID> caseOf(UUID meetingId) {
        return jdbc.sql("select case_id from meeting where id = ?").param(meetingId).query(UUID.class).optional();
    }

    public List<Meeting> forCase(UUID caseId) {
        return jdbc.sql("select * from meeting where case_id = ? order by arranged_at desc").param(caseId).query(this::row).list();
    }

    public List<Attendee> attendees(UUID meetingId) {
        return jdbc.sql("select * from meeting_attendee where meeting_id = ?").param(meetingId).query((rs, n) -> new Attendee(
                rs.getObject("meeting_id", UUID.class), rs.getObject("member_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("reply") == null ? null : Reply.valueOf(rs.getString("reply")), rs.getString("reply_note"),
                instant(rs, "replied_at"), (Integer) rs.getObject("replied_to_sequence"))).list();
    }

    public boolean reply(UUID meetingId, UUID personId, Reply reply, String note, Instant at) {
        return jdbc.sql("""
                update meeting_attendee set reply = ?, reply_note = ?, replied_at = ?,
                    replied_to_sequence = (select sequence from meeting where id = meeting_id)
                where meeting_id = ? and person_id = ?""")
                .params(reply.name(), note, Timestamp.from(at), meetingId, personId)
                .update() > 0;
    }

    public boolean complete(UUID meetingId, String byName, Instant at) {
        return jdbc.sql("update meeting set completed_at = ?, completed_by_name = ? where id = ? and completed_at is null")
                .params(Timestamp.from(at), byName, meetingId)
                .update() == 1;
    }

    /**
     * Moves the meeting to one new time, if nobody changed it since {@code fromSequence}; the agenda,
     * the invitations and the replies (to the old time) stay.
     */
    public boolean move(UUID meetingId, int fromSequence, ProposedTime to, String shortNoticeReason, boolean familyAgreed,
            String clashReason, String byName, Instant at) {
        int changed = jdbc.sql("""
                update meeting set sequence = sequence + 1, moved_at = ?, moved_by_name = ?, short_notice_reason = ?,
                    family_agreed_short = ?, clash_reason = ?
                where id = ? and sequence = ? and cancelled_at is null and completed_at is null""")
                .params(Timestamp.from(at), byName, shortNoticeReason, familyAgreed, clashReason, meetingId, fromSequence)
                .update();
        if (changed != 1) {
            return false;
        }
        jdbc.sql("delete from meeting_time where meeting_id = ?").param(meetingId).update();
        jdbc.sql("insert into meeting_time (meeting_id, position, starts_at, minutes) values (?, 0, ?, ?)")
                .params(meetingId, to.starts(), to.minutes())
                .update();
        return true;
    }

    /** Cancels the meeting, if nobody changed it since {@code fromSequence}. */
    public boolean cancel(UUID meetingId, int fromSequence, String reason, String byName, Instant at) {
        return jdbc.sql("""
                update meeting set sequence = sequence + 1, cancelled_at = ?, cancelled_by_name = ?, cancel_reason = ?
                where id = ? and sequence = ? and cancelled_at is null and completed_at is null""")
                .params(Timestamp.from(at), byName, reason, meetingId, fromSequence)
                .update() == 1;
    }

    /** Whether anything is written in the meeting's record: a view, notes, an account, a decision or an action. */
    public boolean recordStarted(UUID meetingId) {
        return jdbc.sql("""
                select exists (select 1 from meeting_view where meeting_id = :id)
                    or exists (select 1 from meeting_note_revision where meeting_id = :id)
                    or exists (select 1 from decision where meeting_id = :id)
                    or exists (select 1 from meeting_action where meeting_id = :id)""")
                .param("id", meetingId)
                .query(Boolean.class)
                .single();
    }

    public void markReviewHeldRecorded(UUID meetingId) {
        jdbc.sql("update meeting set review_held_recorded = true where id = ?").param(meetingId).update();
    }

    public void insertView(View v, UUID recordedById) {
        jdbc.sql("""
                insert into meeting_view (id, meeting_id, speaker_member_id, speaker_name, speaker_role, words, recorded_by_id,
                    recorded_by_name, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(v.id(), v.meetingId(), v.speakerMemberId(), v.speakerName(), v.speakerRole(), v.words(), recordedById,
                        v.recordedByName(), Timestamp.from(v.recordedAt()))
                .update();
    }

    public List<View> views(UUID meetingId) {
        return jdbc.sql("select * from meeting_view where meeting_id = ? order by recorded_at, id").param(meetingId)
                .query((rs, n) -> new View(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                        rs.getObject("speaker_member_id", UUID.class), rs.getString("speaker_name"), rs.getString("speaker_role"),
                        rs.getString("words"), rs.getString("recorded_by_name"), instant(rs, "recorded_at")))
                .list();
    }

    /** The newest revision of each part of the notes (and of each family member's account). */
    public List<Note> latestNotes(UUID meetingId) {
        return jdbc.sql("""
                select * from meeting_note_revision r where meeting_id = ?
                  and not exists (select 1 from meeting_note_revision n where n.based_on = r.id)
                order by written_at""")
                .param(meetingId)
                .query(Meetings::note)
                .list();
    }

    public Optional<Note> latest(UUID meetingId, NotePart part, UUID accountOf) {
        return latestNotes(meetingId).stream()
                .filter(n -> n.part() == part && java.util.Objects.equals(n.accountOf(), accountOf))
                .findFirst();
    }

    public List<Note> history(UUID meetingId, NotePart part, UUID accountOf) {
        return jdbc.sql("""
                select * from meeting_note_revision where meeting_id = ? and part = ? and account_of is not distinct from ?
                order by written_at desc""")
                .params(meetingId, part.name(), accountOf)
                .query(Meetings::note)
                .list();
    }

    /** Saves a revision; false when another revision is already based on the same one (someone saved first). */
    public boolean insertNote(Note n) {
        try {
            jdbc.sql("""
                    insert into meeting_note_revision (id, meeting_id, part, account_of, body, author_id, author_name, author_role,
                        written_at, based_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(n.id(), n.meetingId(), n.part().name(), n.accountOf(), n.body(), n.authorId(), n.authorName(),
                            n.authorRole(), Timestamp.from(n.writtenAt()), n.basedOn())
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private Meeting row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<ProposedTime> times = jdbc.sql("select starts_at, minutes from meeting_time where meeting_id = ? order by position")
                .param(id)
                .query((r, i) -> new ProposedTime(r.getTimestamp(1).toLocalDateTime(), r.getInt(2)))
                .list();
        return new Meeting(id, rs.getObject("case_id", UUID.class), MeetingKind.valueOf(rs.getString("kind")), rs.getString("title"),
                MeetingMode.valueOf(rs.getString("mode")), rs.getString("place"), rs.getString("short_notice_reason"),
                rs.getBoolean("family_agreed_short"), rs.getString("clash_reason"), rs.getObject("organiser_id", UUID.class),
                rs.getString("organiser_name"), rs.getString("organiser_role"), instant(rs, "arranged_at"),
                instant(rs, "completed_at"), rs.getString("completed_by_name"), rs.getBoolean("review_held_recorded"), times,
                rs.getInt("sequence"), instant(rs, "cancelled_at"), rs.getString("cancelled_by_name"), rs.getString("cancel_reason"),
                instant(rs, "moved_at"), rs.getString("moved_by_name"));
    }

    private static Note note(ResultSet rs, int n) throws SQLException {
        return new Note(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class), NotePart.valueOf(rs.getString("part")),
                rs.getObject("account_of", UUID.class), rs.getString("body"), rs.getObject("author_id", UUID.class),
                rs.getString("author_name"), rs.getString("author_role"), instant(rs, "written_at"), rs.getObject("based_on", UUID.class));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
