package org.coplan.meetings.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseRole;
import org.coplan.meetings.domain.ActionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A school's "you said, we did": the statements its SENCO writes, its publications, and the meeting figures it counts. */
@Repository
public class SchoolReports {

    public record Statement(
            UUID id, long seq, UUID schoolId, int schoolYear, String youSaid, String weDid, String writtenByName, Instant writtenAt,
            Instant withdrawnAt, String withdrawnByName) {

        public boolean withdrawn() {
            return withdrawnAt != null;
        }
    }

    public record Publication(
            UUID id, UUID schoolId, int schoolYear, int smallestShown, String publishedByName, Instant publishedAt) {}

    public record PublishedStatement(String youSaid, String weDid) {}

    /** A view a family member gave at a meeting, and the meeting it was given at. */
    public record FamilyView(UUID viewId, UUID meetingId) {}

    private static final List<String> FAMILY = CaseRole.familyNames();

    private final JdbcClient jdbc;

    SchoolReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- statements

    public void insertStatement(Statement s, UUID by) {
        jdbc.sql("""
                insert into school_statement (id, school_id, school_year, you_said, we_did, written_by, written_by_name, written_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.schoolId(), s.schoolYear(), s.youSaid(), s.weDid(), by, s.writtenByName(), Timestamp.from(s.writtenAt()))
                .update();
    }

    /** Every statement for the school year, withdrawn ones included, oldest first. */
    public List<Statement> statements(UUID schoolId, int schoolYear) {
        return jdbc.sql("select * from school_statement where school_id = ? and school_year = ? order by seq")
                .params(schoolId, schoolYear)
                .query((rs, n) -> new Statement(
                        rs.getObject("id", UUID.class), rs.getLong("seq"), rs.getObject("school_id", UUID.class), rs.getInt("school_year"),
                        rs.getString("you_said"), rs.getString("we_did"), rs.getString("written_by_name"),
                        rs.getTimestamp("written_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("withdrawn_at")).map(Timestamp::toInstant).orElse(null),
                        rs.getString("withdrawn_by_name")))
                .list();
    }

    /** False if it was withdrawn already (or is not the school's). */
    public boolean withdraw(UUID schoolId, UUID statementId, String byName, Instant at) {
        return jdbc.sql("update school_statement set withdrawn_at = ?, withdrawn_by_name = ? where id = ? and school_id = ? and withdrawn_at is null")
                .params(Timestamp.from(at), byName, statementId, schoolId)
                .update() == 1;
    }

    // ---- publications

    public void insertPublication(Publication p, UUID by, Map<String, Integer> figures, List<PublishedStatement> statements) {
        jdbc.sql("""
                insert into school_publication (id, school_id, school_year, smallest_shown, published_by, published_by_name, published_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(p.id(), p.schoolId(), p.schoolYear(), p.smallestShown(), by, p.publishedByName(), Timestamp.from(p.publishedAt()))
                .update();
        figures.forEach((figure, value) -> jdbc.sql("insert into school_publication_figure (publication_id, figure, value) values (?, ?, ?)")
                .params(p.id(), figure, value)
                .update());
        for (int i = 0; i < statements.size(); i++) {
            jdbc.sql("insert into school_publication_statement (publication_id, position, you_said, we_did) values (?, ?, ?, ?)")
                    .params(p.id(), i, statements.get(i).youSaid(), statements.get(i).weDid())
                    .update();
        }
    }

    /** The school's publications, newest first. */
    public List<Publication> publications(UUID schoolId) {
        return jdbc.sql("select * from school_publication where school_id = ? order by seq desc")
                .param(schoolId)
                .query((rs, n) -> new Publication(
                        rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class), rs.getInt("school_year"),
                        rs.getInt("smallest_shown"), rs.getString("published_by_name"), rs.getTimestamp("published_at").toInstant()))
                .list();
    }

    public Map<String, Integer> publishedFigures(UUID publicationId) {
        Map<String, Integer> out = new HashMap<>();
        jdbc.sql("select figure, value from school_publication_figure where publication_id = ?")
                .param(publicationId)
                .query(rs -> {
                    out.put(rs.getString("figure"), rs.getInt("value"));
                });
        return out;
    }

    public List<PublishedStatement> publishedStatements(UUID publicationId) {
        return jdbc.sql("select you_said, we_did from school_publication_statement where publication_id = ? order by position")
                .param(publicationId)
                .query((rs, n) -> new PublishedStatement(rs.getString("you_said"), rs.getString("we_did")))
                .list();
    }

    // ---- what the meeting figures count

    /** Views family members gave at meetings on these cases, recorded in [from, to). */
    public List<FamilyView> familyViews(Collection<UUID> caseIds, Instant from, Instant to) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select v.id, v.meeting_id from meeting_view v join meeting m on m.id = v.meeting_id
                where m.case_id in (:cases) and v.speaker_role in (:family) and v.recorded_at >= :from and v.recorded_at < :to""")
                .param("cases", caseIds)
                .param("family", FAMILY)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new FamilyView(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class)))
                .list();
    }

    /** The meetings among these that led to a decision or an action. */
    public List<UUID> meetingsWithOutcomes(Collection<UUID> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id from meeting where id in (:ids)
                  and (exists (select 1 from decision d where d.meeting_id = meeting.id)
                    or exists (select 1 from meeting_action a where a.meeting_id = meeting.id))""")
                .param("ids", meetingIds)
                .query(UUID.class)
                .list();
    }

    /** The status of each action agreed at these meetings (or on a decision taken at them). */
    public List<ActionStatus> actionsOf(Collection<UUID> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select a.status from meeting_action a left join decision d on d.id = a.decision_id
                where a.meeting_id in (:ids) or d.meeting_id in (:ids)""")
                .param("ids", meetingIds)
                .query((rs, n) -> ActionStatus.valueOf(rs.getString("status")))
                .list();
    }
}
