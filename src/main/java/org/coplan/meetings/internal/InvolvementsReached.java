package org.coplan.meetings.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.Involvement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The level of involvement each family member reached on each meeting and decision; a level is only ever raised. */
@Repository
public class InvolvementsReached {

    public enum Subject {
        MEETING,
        DECISION
    }

    public record Row(UUID caseId, Subject subject, UUID subjectId, UUID memberId, Involvement level, Instant reachedAt) {}

    private final JdbcClient jdbc;

    InvolvementsReached(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that the member reached {@code level} on the meeting or decision, unless they had already reached it or more. */
    public void raise(UUID caseId, Subject subject, UUID subjectId, UUID memberId, Involvement level, Instant at) {
        jdbc.sql("""
                insert into involvement_reached (case_id, subject, subject_id, member_id, level, rank, reached_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (subject, subject_id, member_id) do update set level = excluded.level, rank = excluded.rank,
                    reached_at = excluded.reached_at
                where involvement_reached.rank < excluded.rank""")
                .params(caseId, subject.name(), subjectId, memberId, level.name(), level.ordinal(), Timestamp.from(at))
                .update();
    }

    public List<Row> forCase(UUID caseId) {
        return jdbc.sql("select * from involvement_reached where case_id = ? order by reached_at").param(caseId)
                .query((rs, n) -> new Row(rs.getObject("case_id", UUID.class), Subject.valueOf(rs.getString("subject")),
                        rs.getObject("subject_id", UUID.class), rs.getObject("member_id", UUID.class),
                        Involvement.valueOf(rs.getString("level")), Meetings.instant(rs, "reached_at")))
                .list();
    }
}
