package org.coplan.plans.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coplan.plans.domain.AgreementMark;
import org.coplan.plans.domain.SectionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each person's position on each section of a proposed version. A new position is a new row. */
@Repository
public class AgreementMarks {

    public record Mark(UUID versionId, SectionCode section, UUID personId, String personName, String personRole,
                       AgreementMark mark, String reason, Instant markedAt) {}

    private final JdbcClient jdbc;

    AgreementMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current position of each person on each section. */
    public List<Mark> current(UUID versionId) {
        return jdbc.sql("""
                select distinct on (section, person_id) * from agreement_mark
                where version_id = ? order by section, person_id, id desc""")
                .param(versionId)
                .query((rs, n) -> new Mark(
                        rs.getObject("version_id", UUID.class), SectionCode.valueOf(rs.getString("section")),
                        rs.getObject("person_id", UUID.class), rs.getString("person_name"), rs.getString("person_role"),
                        AgreementMark.valueOf(rs.getString("mark")), rs.getString("reason"), rs.getTimestamp("marked_at").toInstant()))
                .list();
    }

    public long countAll(UUID versionId) {
        return jdbc.sql("select count(*) from agreement_mark where version_id = ?").param(versionId).query(Long.class).single();
    }

    public void insert(Mark m) {
        jdbc.sql("""
                insert into agreement_mark (version_id, section, person_id, person_name, person_role, mark, reason, marked_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.versionId(), m.section().name(), m.personId(), m.personName(), m.personRole(), m.mark().name(),
                        m.reason(), Timestamp.from(m.markedAt()))
                .update();
    }
}
