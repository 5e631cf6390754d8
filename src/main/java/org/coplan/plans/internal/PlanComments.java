package org.coplan.plans.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coplan.plans.domain.SectionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Discussion on a section that is not a contribution to the plan. */
@Repository
public class PlanComments {

    public record Comment(UUID id, UUID versionId, SectionCode section, UUID parentId, String body, UUID authorId,
                          String authorName, String authorRole, Instant createdAt) {}

    private final JdbcClient jdbc;

    PlanComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Comment> forVersion(UUID versionId) {
        return jdbc.sql("select * from plan_comment where version_id = ? order by seq")
                .param(versionId)
                .query((rs, n) -> new Comment(
                        rs.getObject("id", UUID.class), rs.getObject("version_id", UUID.class),
                        SectionCode.valueOf(rs.getString("section")), rs.getObject("parent_id", UUID.class), rs.getString("body"),
                        rs.getObject("author_id", UUID.class), rs.getString("author_name"), rs.getString("author_role"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public void insert(Comment c) {
        jdbc.sql("""
                insert into plan_comment (id, version_id, section, parent_id, body, author_id, author_name, author_role, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.versionId(), c.section().name(), c.parentId(), c.body(), c.authorId(), c.authorName(),
                        c.authorRole(), Timestamp.from(c.createdAt()))
                .update();
    }
}
