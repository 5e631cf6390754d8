package org.coplan.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.ResponseOutcome;
import org.coplan.plans.domain.SectionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the family said in plans and what came of it, for "you said, we did": each contribution a
 * parent, carer, child or young person made, with the writer's answer, and each section they
 * marked "I disagree" on a version sent for comment. Callers have opened the case (or, for a
 * school's figures, the school) through the access policy.
 */
@Service
@Transactional(readOnly = true)
public class PlanFeedback {

    /**
     * A contribution by a family member and its answer (outcome null while it waits for one).
     * {@code answeredByRole} is the answerer's role on the case, null for an answer given before
     * roles were kept with answers.
     */
    public record FamilyContribution(
            UUID contributionId, UUID caseId, UUID planId, PlanKind planKind, int versionNumber, SectionCode section, String body,
            String authorName, CaseRole authorRole, Instant madeAt, ResponseOutcome outcome, String explanation, String answeredBy,
            CaseRole answeredByRole, Instant answeredAt, Instant versionIssuedAt) {

        public boolean answered() {
            return outcome != null;
        }
    }

    /** A section a family member last marked "I disagree" on a version sent for comment. */
    public record SectionObjection(
            UUID planId, PlanKind planKind, int versionNumber, SectionCode section, String personName, CaseRole personRole,
            String reason, Instant markedAt, Instant versionIssuedAt) {}

    private static final List<String> FAMILY = CaseRole.familyNames();

    private static final String CONTRIBUTIONS = """
            select c.id, p.case_id, p.id as plan_id, p.kind as plan_kind, v.number, c.section, c.body, c.author_name, c.author_role,
                   c.created_at, r.outcome, r.explanation, r.responder_name, r.responder_role, r.responded_at, v.issued_at
            from contribution c
            join plan_version v on v.id = c.version_id
            join plan p on p.id = v.plan_id
            left join contribution_response r on r.contribution_id = c.id
            where c.author_role in (:family)
            """;

    private final JdbcClient jdbc;

    PlanFeedback(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every contribution the family made on the case's plans, newest first. */
    public List<FamilyContribution> familyContributions(CaseId caseId) {
        return jdbc.sql(CONTRIBUTIONS + " and p.case_id = :case order by c.created_at desc, c.seq desc")
                .param("family", FAMILY)
                .param("case", caseId.value())
                .query(PlanFeedback::contribution)
                .list();
    }

    /** The family's contributions on these cases made in [from, to), for a school's figures. */
    public List<FamilyContribution> familyContributions(Collection<CaseId> cases, Instant from, Instant to) {
        if (cases.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CONTRIBUTIONS + " and p.case_id in (:cases) and c.created_at >= :from and c.created_at < :to order by c.seq")
                .param("family", FAMILY)
                .param("cases", cases.stream().map(CaseId::value).toList())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(PlanFeedback::contribution)
                .list();
    }

    /** Each section where a family member's latest mark on a version is "I disagree", newest first. */
    public List<SectionObjection> familyObjections(CaseId caseId) {
        return jdbc.sql("""
                select * from (
                    select distinct on (m.version_id, m.section, m.person_id)
                           p.id as plan_id, p.kind as plan_kind, v.number, m.section, m.person_name, m.person_role, m.mark,
                           m.reason, m.marked_at, v.issued_at
                    from agreement_mark m
                    join plan_version v on v.id = m.version_id
                    join plan p on p.id = v.plan_id
                    where p.case_id = :case and m.person_role in (:family)
                    order by m.version_id, m.section, m.person_id, m.marked_at desc, m.id desc
                ) latest where mark = 'DISAGREE' order by marked_at desc""")
                .param("family", FAMILY)
                .param("case", caseId.value())
                .query((rs, n) -> new SectionObjection(
                        rs.getObject("plan_id", UUID.class), PlanKind.valueOf(rs.getString("plan_kind")), rs.getInt("number"),
                        SectionCode.valueOf(rs.getString("section")), rs.getString("person_name"),
                        CaseRole.valueOf(rs.getString("person_role")), rs.getString("reason"), rs.getTimestamp("marked_at").toInstant(),
                        instant(rs, "issued_at")))
                .list();
    }

    private static FamilyContribution contribution(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        return new FamilyContribution(
                rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getObject("plan_id", UUID.class),
                PlanKind.valueOf(rs.getString("plan_kind")), rs.getInt("number"), SectionCode.valueOf(rs.getString("section")),
                rs.getString("body"), rs.getString("author_name"), CaseRole.valueOf(rs.getString("author_role")),
                rs.getTimestamp("created_at").toInstant(), outcome == null ? null : ResponseOutcome.valueOf(outcome),
                rs.getString("explanation"), rs.getString("responder_name"),
                rs.getString("responder_role") == null ? null : CaseRole.valueOf(rs.getString("responder_role")),
                instant(rs, "responded_at"), instant(rs, "issued_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant).orElse(null);
    }
}
