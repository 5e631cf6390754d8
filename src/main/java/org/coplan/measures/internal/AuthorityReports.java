package org.coplan.measures.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.measures.domain.AreaFigure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The authority's "you said, we did" in the database: the SEN manager's statements, the snapshots
 * published, and the confidence answers and families' words the figures and the words page are drawn from.
 */
@Repository
public class AuthorityReports {

    public record Statement(
            UUID id, int version, UUID localAuthorityId, String youSaid, String weDid, String writtenByName, Instant writtenAt,
            String changedByName, Instant changedAt, Instant withdrawnAt, String withdrawnByName) {

        public boolean withdrawn() {
            return withdrawnAt != null;
        }
    }

    /**
     * A snapshot as published.
     *
     * @param slug its part of the address: the day it was published, with {@code -2}, {@code -3} after the first of a day
     */
    public record Snapshot(UUID id, UUID localAuthorityId, String term, int smallestShown, String publishedByName, Instant publishedAt,
            LocalDate publishedOn, int dayNumber) {

        public String slug() {
            return dayNumber == 1 ? publishedOn.toString() : publishedOn + "-" + dayNumber;
        }
    }

    public record PublishedStatement(String youSaid, String weDid) {}

    /** Per statement of the confidence measure: people who answered it (not "don't know") and those who agreed. */

    /** Words a person agreed to share, with the case they were given on (never shown) and the answer's id (for the order). */
    public record SharedWords(UUID answerId, UUID caseId, Instant answeredAt, String words) {}

    private final JdbcClient jdbc;

    AuthorityReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- statements

    public void insertStatement(UUID id, UUID la, String youSaid, String weDid, UUID by, String byName, Instant at) {
        jdbc.sql("""
                insert into authority_statement (id, local_authority_id, you_said, we_did, written_by, written_by_name, written_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, la, youSaid, weDid, by, byName, Timestamp.from(at))
                .update();
    }

    /** Changes the statement if it is still at {@code version}: false if someone changed or withdrew it since. */
    public boolean changeStatement(UUID la, UUID id, int version, String youSaid, String weDid, String byName, Instant at) {
        return jdbc.sql("""
                update authority_statement set you_said = ?, we_did = ?, changed_by_name = ?, changed_at = ?, version = version + 1
                where id = ? and local_authority_id = ? and version = ? and withdrawn_at is null""")
                .params(youSaid, weDid, byName, Timestamp.from(at), id, la, version)
                .update() == 1;
    }

    public boolean withdraw(UUID la, UUID id, String byName, Instant at) {
        return jdbc.sql("""
                update authority_statement set withdrawn_at = ?, withdrawn_by_name = ?, version = version + 1
                where id = ? and local_authority_id = ? and withdrawn_at is null""")
                .params(Timestamp.from(at), byName, id, la)
                .update() == 1;
    }

    /** The statements not withdrawn, oldest first. */
    public List<Statement> statements(UUID la) {
        return jdbc.sql("select * from authority_statement where local_authority_id = ? and withdrawn_at is null order by seq")
                .param(la)
                .query((rs, n) -> statement(rs))
                .list();
    }

    public Optional<Statement> statement(UUID la, UUID id) {
        return jdbc.sql("select * from authority_statement where local_authority_id = ? and id = ?")
                .params(la, id)
                .query((rs, n) -> statement(rs))
                .optional();
    }

    private static Statement statement(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Statement(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getObject("local_authority_id", UUID.class),
                rs.getString("you_said"), rs.getString("we_did"), rs.getString("written_by_name"), rs.getTimestamp("written_at").toInstant(),
                rs.getString("changed_by_name"), Optional.ofNullable(rs.getTimestamp("changed_at")).map(Timestamp::toInstant).orElse(null),
                Optional.ofNullable(rs.getTimestamp("withdrawn_at")).map(Timestamp::toInstant).orElse(null), rs.getString("withdrawn_by_name"));
    }

    // ---- snapshots

    /** Stores a snapshot; its number that day is one more than the day's others (the unique key refuses a race). */
    public Snapshot insertSnapshot(UUID la, String term, int smallestShown, UUID by, String byName, Instant at, LocalDate on,
            List<AreaFigure> figures, List<PublishedStatement> statements) {
        UUID id = UUID.randomUUID();
        // one publication of the authority at a time, so two on the same day get different numbers
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("authority-snapshot-" + la).query((rs, n) -> 1).list();
        int dayNumber = jdbc.sql("select coalesce(max(day_number), 0) + 1 from authority_snapshot where local_authority_id = ? and published_on = ?")
                .params(la, on)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                insert into authority_snapshot (id, local_authority_id, term, smallest_shown, published_by, published_by_name, published_at,
                    published_on, day_number)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, la, term, smallestShown, by, byName, Timestamp.from(at), on, dayNumber)
                .update();
        for (int i = 0; i < figures.size(); i++) {
            AreaFigure f = figures.get(i);
            jdbc.sql("""
                    insert into authority_snapshot_figure (snapshot_id, position, group_key, figure_key, measure, numerator, denominator, people, hidden)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i, f.group(), f.key(), f.measure(), f.numerator(), f.denominator(), f.drawnFrom(), f.hidden())
                    .update();
        }
        for (int i = 0; i < statements.size(); i++) {
            jdbc.sql("insert into authority_snapshot_statement (snapshot_id, position, you_said, we_did) values (?, ?, ?, ?)")
                    .params(id, i, statements.get(i).youSaid(), statements.get(i).weDid())
                    .update();
        }
        return new Snapshot(id, la, term, smallestShown, byName, at, on, dayNumber);
    }

    /** The authority's snapshots, newest first. */
    public List<Snapshot> snapshots(UUID la) {
        return jdbc.sql("select * from authority_snapshot where local_authority_id = ? order by seq desc")
                .param(la)
                .query((rs, n) -> new Snapshot(rs.getObject("id", UUID.class), rs.getObject("local_authority_id", UUID.class),
                        rs.getString("term"), rs.getInt("smallest_shown"), rs.getString("published_by_name"),
                        rs.getTimestamp("published_at").toInstant(), rs.getObject("published_on", LocalDate.class), rs.getInt("day_number")))
                .list();
    }

    public List<AreaFigure> snapshotFigures(UUID snapshotId) {
        return jdbc.sql("select * from authority_snapshot_figure where snapshot_id = ? order by position")
                .param(snapshotId)
                .query((rs, n) -> new AreaFigure(rs.getString("group_key"), rs.getString("figure_key"), rs.getString("measure"),
                        rs.getObject("numerator", Long.class), rs.getObject("denominator", Long.class), rs.getObject("people", Integer.class)))
                .list();
    }

    public List<PublishedStatement> snapshotStatements(UUID snapshotId) {
        return jdbc.sql("select you_said, we_did from authority_snapshot_statement where snapshot_id = ? order by position")
                .param(snapshotId)
                .query((rs, n) -> new PublishedStatement(rs.getString("you_said"), rs.getString("we_did")))
                .list();
    }

    // ---- what the figures and words are drawn from

    /** How many people answered the survey on these cases in [from, to). */
    public int peopleAnswering(Collection<UUID> caseIds, Instant from, Instant to) {
        if (caseIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                select count(distinct o.person_id) from confidence_answer a join confidence_offer o on o.id = a.offer_id
                where a.case_id = any(?) and a.answered_at >= ? and a.answered_at < ?""")
                .params(caseIds.toArray(UUID[]::new), Timestamp.from(from), Timestamp.from(to))
                .query(Integer.class)
                .single();
    }

    /** The words people on these cases agreed to share, given in [from, to). */
    public List<SharedWords> sharedWords(Collection<UUID> caseIds, Instant from, Instant to) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select a.id, a.case_id, a.answered_at, a.more_confident from confidence_answer a
                where a.case_id = any(?) and a.answered_at >= ? and a.answered_at < ?
                  and a.may_share and a.more_confident is not null and btrim(a.more_confident) <> ''""")
                .params(caseIds.toArray(UUID[]::new), Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new SharedWords(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                        rs.getTimestamp("answered_at").toInstant(), rs.getString("more_confident")))
                .list();
    }
}
