package org.coplan.plans.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.plans.domain.SectionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Words quoted in a plan section, each with the name of the person who said them. A quote is a
 * lineage of rows: the words that stand, and any change the writer suggested, which stands only
 * once the family accepts it.
 */
@Repository
public class SectionQuotes {

    public enum State {
        STANDS,
        PROPOSED,
        ACCEPTED,
        DECLINED,
        REPLACED
    }

    /**
     * One row of a quote's lineage.
     *
     * @param picked the pictures or face the child picked, in words, or null
     * @param speakerId who may accept a change to the words; null for a child without an account, when
     *     any family member on the case may
     */
    public record Quote(
            UUID id, UUID versionId, SectionCode section, UUID lineage, String heading, String body, String picked,
            String speakerName, String speakerRole, UUID speakerId, String helperName, Instant saidAt, State state,
            UUID proposedBy, String proposedByName, String reason, UUID answeredBy, String answeredByName, Instant answeredAt,
            Instant createdAt) {

        public boolean stands() {
            return state == State.STANDS || state == State.ACCEPTED;
        }
    }

    private final JdbcClient jdbc;

    SectionQuotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row of every quote in the version's section, oldest first. */
    public List<Quote> all(UUID versionId, SectionCode section) {
        return jdbc.sql("select * from section_quote where version_id = ? and section = ? order by seq")
                .params(versionId, section.name())
                .query(SectionQuotes::row)
                .list();
    }

    /** The words that stand now, one per lineage, in the order they were first quoted. */
    public List<Quote> standing(UUID versionId, SectionCode section) {
        return jdbc.sql("""
                        select * from (select distinct on (lineage) * from section_quote
                            where version_id = ? and section = ? and state in ('STANDS', 'ACCEPTED') order by lineage, seq desc) q
                        order by (select min(seq) from section_quote f where f.version_id = q.version_id and f.lineage = q.lineage)""")
                .params(versionId, section.name())
                .query(SectionQuotes::row)
                .list();
    }

    public Optional<Quote> pending(UUID versionId, UUID lineage) {
        return jdbc.sql("select * from section_quote where version_id = ? and lineage = ? and state = 'PROPOSED'")
                .params(versionId, lineage)
                .query(SectionQuotes::row)
                .optional();
    }

    public Optional<Quote> standingOf(UUID versionId, UUID lineage) {
        return jdbc.sql("""
                        select * from section_quote where version_id = ? and lineage = ? and state in ('STANDS', 'ACCEPTED')
                        order by seq desc limit 1""")
                .params(versionId, lineage)
                .query(SectionQuotes::row)
                .optional();
    }

    /** Stores a row; false if a change is already waiting on this quote. */
    public boolean insert(Quote q) {
        return jdbc.sql("""
                        insert into section_quote (id, version_id, section, lineage, heading, body, picked, speaker_name, speaker_role,
                            speaker_id, helper_name, said_at, state, proposed_by, proposed_by_name, reason, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(q.id(), q.versionId(), q.section().name(), q.lineage(), q.heading(), q.body(), q.picked(), q.speakerName(),
                        q.speakerRole(), q.speakerId(), q.helperName(), Timestamp.from(q.saidAt()), q.state().name(), q.proposedBy(),
                        q.proposedByName(), q.reason(), Timestamp.from(q.createdAt()))
                .update() == 1;
    }

    /** Answers a waiting change; false if it was answered already. */
    public boolean answer(UUID proposalId, boolean accepted, UUID by, String byName, Instant at) {
        return jdbc.sql("""
                        update section_quote set state = ?, answered_by = ?, answered_by_name = ?, answered_at = ?
                        where id = ? and state = 'PROPOSED'""")
                .params(accepted ? "ACCEPTED" : "DECLINED", by, byName, Timestamp.from(at), proposalId)
                .update() == 1;
    }

    public void replace(UUID id) {
        jdbc.sql("update section_quote set state = 'REPLACED' where id = ? and state in ('STANDS', 'ACCEPTED')").param(id).update();
    }

    /** Whether this person's own words are quoted in the version's section. */
    public boolean quotes(UUID versionId, SectionCode section, UUID personId) {
        return jdbc.sql("""
                        select exists (select 1 from section_quote where version_id = ? and section = ? and speaker_id = ?
                            and state in ('STANDS', 'ACCEPTED'))""")
                .params(versionId, section.name(), personId)
                .query(Boolean.class)
                .single();
    }

    static Quote row(ResultSet rs, int n) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new Quote(rs.getObject("id", UUID.class), rs.getObject("version_id", UUID.class),
                SectionCode.valueOf(rs.getString("section")), rs.getObject("lineage", UUID.class), rs.getString("heading"),
                rs.getString("body"), rs.getString("picked"), rs.getString("speaker_name"), rs.getString("speaker_role"),
                rs.getObject("speaker_id", UUID.class), rs.getString("helper_name"), rs.getTimestamp("said_at").toInstant(),
                State.valueOf(rs.getString("state")), rs.getObject("proposed_by", UUID.class), rs.getString("proposed_by_name"),
                rs.getString("reason"), rs.getObject("answered_by", UUID.class), rs.getString("answered_by_name"),
                answered == null ? null : answered.toInstant(), rs.getTimestamp("created_at").toInstant());
    }
}
