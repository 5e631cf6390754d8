package org.coplan.measures.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coplan.measures.ConfidenceMoment;
import org.coplan.measures.domain.ConfidenceReply;
import org.coplan.measures.domain.ConfidenceScale;
import org.coplan.measures.domain.ConfidenceStatement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The survey's offers and answers. Answers are read back only by the person who gave them. */
@Repository
public class ConfidenceOffers {

    /** An offer of the survey to one person on one case. */
    public record Offer(UUID id, UUID caseId, UUID personId, boolean easyRead, ConfidenceMoment moment, Instant offeredAt,
            Instant expiresAt, Instant answeredAt, Instant skippedAt) {

        public boolean closed() {
            return answeredAt != null || skippedAt != null;
        }
    }

    /** One survey as its person answered it. */
    public record Answer(Instant answeredAt, boolean easyRead, Map<ConfidenceStatement, ConfidenceScale> answers, String words,
            boolean mayShare) {}

    private final JdbcClient jdbc;

    ConfidenceOffers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an offer unless this moment was offered to the person already, or they were offered the
     * survey within {@code periodDays}. Takes a lock on the person for the rest of the transaction, so two
     * nodes (or two moments at once) cannot both offer. Returns whether it was recorded.
     */
    public boolean tryOffer(UUID id, UUID caseId, UUID personId, boolean easyRead, ConfidenceMoment moment, String momentKey,
            String tokenHash, Instant now, Instant expiresAt, int periodDays) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 16))").param("confidence:" + personId).query().singleRow();
        Optional<Instant> last = jdbc.sql("select max(offered_at) from confidence_offer where person_id = ?")
                .param(personId).query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant)).single();
        if (!org.coplan.measures.domain.ConfidencePeriod.mayOffer(last, now, periodDays)) {
            return false;
        }
        return jdbc.sql("""
                insert into confidence_offer (id, case_id, person_id, easy_read, moment, moment_key, token_hash, offered_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(id, caseId, personId, easyRead, moment.name(), momentKey, tokenHash, Timestamp.from(now), Timestamp.from(expiresAt))
                .update() == 1;
    }

    public Optional<Offer> byTokenHash(String tokenHash) {
        return jdbc.sql("select * from confidence_offer where token_hash = ?").param(tokenHash).query(ConfidenceOffers::offer).optional();
    }

    public Optional<Offer> byId(UUID id) {
        return jdbc.sql("select * from confidence_offer where id = ?").param(id).query(ConfidenceOffers::offer).optional();
    }

    /** The person's newest offer on the case still open at {@code now}. */
    public Optional<Offer> openOn(UUID caseId, UUID personId, Instant now) {
        return jdbc.sql("""
                select * from confidence_offer where case_id = ? and person_id = ? and answered_at is null and skipped_at is null
                and expires_at > ? order by offered_at desc limit 1""")
                .params(caseId, personId, Timestamp.from(now)).query(ConfidenceOffers::offer).optional();
    }

    /** The person's open offers on any case, newest first. */
    public List<Offer> openFor(UUID personId, Instant now) {
        return jdbc.sql("""
                select * from confidence_offer where person_id = ? and answered_at is null and skipped_at is null
                and expires_at > ? order by offered_at desc""")
                .params(personId, Timestamp.from(now)).query(ConfidenceOffers::offer).list();
    }

    /** Stores the answers and closes the offer, unless it was answered or skipped meanwhile. */
    public boolean answer(Offer offer, ConfidenceReply reply, Instant now) {
        int closed = jdbc.sql("update confidence_offer set answered_at = ? where id = ? and answered_at is null and skipped_at is null")
                .params(Timestamp.from(now), offer.id()).update();
        if (closed != 1) {
            return false;
        }
        Map<ConfidenceStatement, ConfidenceScale> a = reply.answers();
        jdbc.sql("""
                insert into confidence_answer (id, offer_id, case_id, easy_read, moment, answered_at, informed, contact, honest, listened,
                clear, more_confident, may_share) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), offer.id(), offer.caseId(), offer.easyRead(), offer.moment().name(), Timestamp.from(now),
                        a.get(ConfidenceStatement.INFORMED).stored(), a.get(ConfidenceStatement.CONTACT).stored(),
                        a.get(ConfidenceStatement.HONEST).stored(), a.get(ConfidenceStatement.LISTENED).stored(),
                        a.get(ConfidenceStatement.CLEAR).stored(), reply.words(), reply.mayShare())
                .update();
        return true;
    }

    public boolean skip(Offer offer, Instant now) {
        return jdbc.sql("update confidence_offer set skipped_at = ? where id = ? and answered_at is null and skipped_at is null")
                .params(Timestamp.from(now), offer.id()).update() == 1;
    }

    /** Every survey the person answered, newest first. */
    public List<Answer> answersOf(UUID personId) {
        return jdbc.sql("""
                select a.* from confidence_answer a join confidence_offer o on o.id = a.offer_id
                where o.person_id = ? order by a.answered_at desc""")
                .param(personId).query(ConfidenceOffers::answer).list();
    }

    /** The answers to one offer. */
    public Optional<Answer> answerTo(UUID offerId) {
        return jdbc.sql("select * from confidence_answer where offer_id = ?").param(offerId).query(ConfidenceOffers::answer).optional();
    }

    private static Answer answer(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Map<ConfidenceStatement, ConfidenceScale> m = new EnumMap<>(ConfidenceStatement.class);
        for (ConfidenceStatement s : ConfidenceStatement.values()) {
            m.put(s, ConfidenceScale.ofStored(rs.getInt(s.field())));
        }
        return new Answer(rs.getTimestamp("answered_at").toInstant(), rs.getBoolean("easy_read"), m, rs.getString("more_confident"),
                rs.getBoolean("may_share"));
    }

    /** Claims a term's once-a-term offers for this node; false when another node has them. */
    public boolean claimTerm(String term, Instant now) {
        return jdbc.sql("insert into confidence_term_run (term, claimed_at) values (?, ?) on conflict do nothing")
                .params(term, Timestamp.from(now)).update() == 1;
    }

    private static Offer offer(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Offer(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getBoolean("easy_read"), ConfidenceMoment.valueOf(rs.getString("moment")), rs.getTimestamp("offered_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(), ts(rs, "answered_at"), ts(rs, "skipped_at"));
    }

    private static Instant ts(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
