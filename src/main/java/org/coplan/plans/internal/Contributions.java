package org.coplan.plans.internal;

import org.coplan.shared.web.AttachmentCheck;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseRole;
import org.coplan.plans.domain.ContributionKind;
import org.coplan.plans.domain.ResponseOutcome;
import org.coplan.plans.domain.SectionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contributions to plan sections and the writer's answer to each. */
@Repository
public class Contributions {

    /** The writer's answer; {@code responderRole} is null for an answer given before roles were kept with answers. */
    public record Response(
            ResponseOutcome outcome, String explanation, UUID responderId, String responderName, CaseRole responderRole,
            Instant respondedAt) {}

    public record Contribution(
            UUID id, UUID versionId, SectionCode section, ContributionKind kind, String body, UUID authorId,
            String authorName, String authorRole, Instant createdAt, UUID attachmentId, String attachmentName,
            Response response) {

        public boolean answered() {
            return response != null;
        }
    }

    private static final String SELECT = """
            select c.*, a.file_name, r.outcome, r.explanation, r.responder_id, r.responder_name, r.responder_role, r.responded_at
            from contribution c
            left join attachment a on a.id = c.attachment_id
            left join contribution_response r on r.contribution_id = c.id
            """;

    private final JdbcClient jdbc;

    Contributions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Contribution> forVersion(UUID versionId) {
        return jdbc.sql(SELECT + " where c.version_id = ? order by c.seq").param(versionId).query(Contributions::row).list();
    }

    public Optional<Contribution> find(UUID versionId, UUID id) {
        return jdbc.sql(SELECT + " where c.version_id = ? and c.id = ?").params(versionId, id).query(Contributions::row).optional();
    }

    public List<Contribution> unanswered(UUID versionId) {
        return jdbc.sql(SELECT + " where c.version_id = ? and r.contribution_id is null order by c.seq")
                .param(versionId)
                .query(Contributions::row)
                .list();
    }

    public void insert(Contribution c) {
        jdbc.sql("""
                insert into contribution (id, version_id, section, kind, body, author_id, author_name, author_role, created_at, attachment_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.versionId(), c.section().name(), c.kind().name(), c.body(), c.authorId(), c.authorName(),
                        c.authorRole(), Timestamp.from(c.createdAt()), c.attachmentId())
                .update();
    }

    /** False if it has been answered already: an answer, once given, is part of the record. */
    public boolean respond(UUID contributionId, Response r) {
        return jdbc.sql("""
                insert into contribution_response
                    (contribution_id, outcome, explanation, responder_id, responder_name, responder_role, responded_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(contributionId, r.outcome().name(), r.explanation(), r.responderId(), r.responderName(),
                        r.responderRole() == null ? null : r.responderRole().name(), Timestamp.from(r.respondedAt()))
                .update() == 1;
    }

    static Contribution row(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        Response response = outcome == null ? null : new Response(
                ResponseOutcome.valueOf(outcome), rs.getString("explanation"), rs.getObject("responder_id", UUID.class),
                rs.getString("responder_name"), role(rs.getString("responder_role")), rs.getTimestamp("responded_at").toInstant());
        return new Contribution(
                rs.getObject("id", UUID.class),
                rs.getObject("version_id", UUID.class),
                SectionCode.valueOf(rs.getString("section")),
                ContributionKind.valueOf(rs.getString("kind")),
                rs.getString("body"),
                rs.getObject("author_id", UUID.class),
                rs.getString("author_name"),
                rs.getString("author_role"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getObject("attachment_id", UUID.class),
                rs.getString("file_name") == null ? null : AttachmentCheck.safeName(rs.getString("file_name")),
                response);
    }

    private static CaseRole role(String stored) {
        return stored == null ? null : CaseRole.valueOf(stored);
    }
}
