package org.coplan.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.cases.AboutMePart;
import org.coplan.cases.AboutMeRevision;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AboutMeRevisions {

    private final JdbcClient jdbc;

    AboutMeRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest revision of each part that has been written (the order of saving, not the clock, decides). */
    public Map<AboutMePart, AboutMeRevision> latest(CaseId caseId) {
        Map<AboutMePart, AboutMeRevision> latest = new EnumMap<>(AboutMePart.class);
        jdbc.sql("""
                select distinct on (part) * from about_me_revision
                where case_id = ? order by part, seq desc""")
                .param(caseId.value())
                .query(AboutMeRevisions::row)
                .list()
                .forEach(r -> latest.put(r.part(), r));
        return latest;
    }

    public List<AboutMeRevision> history(CaseId caseId, AboutMePart part) {
        return jdbc.sql("select * from about_me_revision where case_id = ? and part = ? order by seq desc")
                .params(caseId.value(), part.name())
                .query(AboutMeRevisions::row)
                .list();
    }

    /**
     * Stores a new revision. The unique indexes on {@code based_on} let only one save succeed
     * from any one revision, so two people saving at once can never both "win".
     *
     * @return false when another save based on the same revision got there first
     */
    public boolean insert(AboutMeRevision r) {
        return jdbc.sql("""
                        insert into about_me_revision (id, case_id, part, body, author_id, author_name, author_role,
                            written_at, based_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(r.id(), r.caseId().value(), r.part().name(), r.body(), r.authorId(), r.authorName(),
                        r.authorRole().name(), Timestamp.from(r.writtenAt()), r.basedOn())
                .update() == 1;
    }

    static AboutMeRevision row(ResultSet rs, int n) throws SQLException {
        return new AboutMeRevision(
                rs.getObject("id", UUID.class),
                new CaseId(rs.getObject("case_id", UUID.class)),
                AboutMePart.valueOf(rs.getString("part")),
                rs.getString("body"),
                rs.getObject("author_id", UUID.class),
                rs.getString("author_name"),
                CaseRole.valueOf(rs.getString("author_role")),
                rs.getTimestamp("written_at").toInstant(),
                rs.getObject("based_on", UUID.class));
    }
}
