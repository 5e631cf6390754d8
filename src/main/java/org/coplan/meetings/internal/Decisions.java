package org.coplan.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.meetings.domain.DecisionHolder;
import org.coplan.meetings.domain.Position;
import org.coplan.plans.domain.SectionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Decisions with the plan sections they change and each participant's position. Recorded once, never changed. */
@Repository
public class Decisions {

    public record SectionLink(SectionCode section, UUID planId) {}

    public record PositionTaken(UUID memberId, String memberName, String memberRole, Position position, String reasons) {}

    public record Decision(
            UUID id, UUID caseId, UUID meetingId, String question, String options, DecisionHolder holder, String decision,
            String reasons, String recordedByName, String recordedByRole, Instant recordedAt, List<SectionLink> sections,
            List<PositionTaken> positions) {}

    private final JdbcClient jdbc;

    Decisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Decision d, UUID recordedById) {
        jdbc.sql("""
                insert into decision (id, case_id, meeting_id, question, options, holder, decision, reasons, recorded_by_id,
                    recorded_by_name, recorded_by_role, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), d.caseId(), d.meetingId(), d.question(), d.options(), d.holder().name(), d.decision(), d.reasons(),
                        recordedById, d.recordedByName(), d.recordedByRole(), Timestamp.from(d.recordedAt()))
                .update();
        for (SectionLink s : d.sections()) {
            jdbc.sql("insert into decision_section (decision_id, section, plan_id) values (?, ?, ?)")
                    .params(d.id(), s.section().name(), s.planId())
                    .update();
        }
        for (PositionTaken p : d.positions()) {
            jdbc.sql("""
                    insert into decision_position (decision_id, member_id, member_name, member_role, position, reasons)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(d.id(), p.memberId(), p.memberName(), p.memberRole(), p.position().name(), p.reasons())
                    .update();
        }
    }

    public Optional<Decision> find(UUID caseId, UUID decisionId) {
        return jdbc.sql("select * from decision where case_id = ? and id = ?").params(caseId, decisionId).query(this::row).optional();
    }

    public List<Decision> forCase(UUID caseId) {
        return jdbc.sql("select * from decision where case_id = ? order by recorded_at desc").param(caseId).query(this::row).list();
    }

    private Decision row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<SectionLink> sections = jdbc.sql("select section, plan_id from decision_section where decision_id = ? order by section")
                .param(id)
                .query((r, i) -> new SectionLink(SectionCode.valueOf(r.getString(1)), r.getObject(2, UUID.class)))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(SectionLink::section))
                .toList();
        List<PositionTaken> positions = jdbc.sql("select * from decision_position where decision_id = ? order by member_name")
                .param(id)
                .query((r, i) -> new PositionTaken(r.getObject("member_id", UUID.class), r.getString("member_name"),
                        r.getString("member_role"), Position.valueOf(r.getString("position")), r.getString("reasons")))
                .list();
        return new Decision(id, rs.getObject("case_id", UUID.class), rs.getObject("meeting_id", UUID.class), rs.getString("question"),
                rs.getString("options"), DecisionHolder.valueOf(rs.getString("holder")), rs.getString("decision"),
                rs.getString("reasons"), rs.getString("recorded_by_name"), rs.getString("recorded_by_role"),
                Meetings.instant(rs, "recorded_at"), sections, positions);
    }
}
