package org.coplan.plans.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coplan.plans.domain.SectionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every saved text of every section. The newest in saving order is the section's text. */
@Repository
public class SectionRevisions {

    public record Revision(
            UUID id, UUID versionId, SectionCode section, String body, UUID authorId, String authorName, String authorRole,
            Instant writtenAt, UUID basedOn, String changeNote) {}

    private final JdbcClient jdbc;

    SectionRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<SectionCode, Revision> latest(UUID versionId) {
        return jdbc.sql("select distinct on (section) * from section_revision where version_id = ? order by section, seq desc")
                .param(versionId)
                .query(SectionRevisions::row)
                .list()
                .stream()
                .collect(Collectors.toMap(Revision::section, Function.identity()));
    }

    public Optional<Revision> latest(UUID versionId, SectionCode section) {
        return jdbc.sql("select * from section_revision where version_id = ? and section = ? order by seq desc limit 1")
                .params(versionId, section.name())
                .query(SectionRevisions::row)
                .optional();
    }

    public List<Revision> history(UUID versionId, SectionCode section) {
        return jdbc.sql("select * from section_revision where version_id = ? and section = ? order by seq desc")
                .params(versionId, section.name())
                .query(SectionRevisions::row)
                .list();
    }

    /** False when another save based on the same revision got there first. */
    public boolean insert(Revision r) {
        return jdbc.sql("""
                        insert into section_revision (id, version_id, section, body, author_id, author_name, author_role,
                            written_at, based_on, change_note)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(r.id(), r.versionId(), r.section().name(), r.body(), r.authorId(), r.authorName(), r.authorRole(),
                        Timestamp.from(r.writtenAt()), r.basedOn(), r.changeNote())
                .update() == 1;
    }

    static Revision row(ResultSet rs, int n) throws SQLException {
        return new Revision(
                rs.getObject("id", UUID.class),
                rs.getObject("version_id", UUID.class),
                SectionCode.valueOf(rs.getString("section")),
                rs.getString("body"),
                rs.getObject("author_id", UUID.class),
                rs.getString("author_name"),
                rs.getString("author_role"),
                rs.getTimestamp("written_at").toInstant(),
                rs.getObject("based_on", UUID.class),
                rs.getString("change_note"));
    }
}
