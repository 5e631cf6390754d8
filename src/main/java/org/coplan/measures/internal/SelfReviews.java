package org.coplan.measures.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.measures.domain.Cornerstone;
import org.coplan.measures.domain.PartnershipRating;
import org.coplan.measures.domain.SelfReviewSide;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Genuine Partnerships self-reviews: one per organisation and review year, its ratings, who has sent theirs, and its actions. */
@Repository
public class SelfReviews {

    public record Rating(UUID reviewId, SelfReviewSide side, Cornerstone cornerstone, PartnershipRating rating, String evidence,
            String ratedByName, Instant ratedAt) {}

    public record Sent(UUID reviewId, SelfReviewSide side, Instant sentAt, String sentByName) {}

    public record Action(UUID id, UUID reviewId, Cornerstone cornerstone, String what, String who, LocalDate dueOn, LocalDate doneOn,
            int version, String addedByName) {}

    /** One side's state for one organisation's review in one year, for the list page. */
    public record Status(UUID organisationId, int year, SelfReviewSide side, long ratings, boolean sent) {}

    private final JdbcClient jdbc;

    SelfReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UUID> reviewId(UUID organisationId, int year) {
        return jdbc.sql("select id from self_review where organisation_id = ? and review_year = ?")
                .params(organisationId, year).query(UUID.class).optional();
    }

    /** The review for the organisation and year, started now if there was none. */
    public UUID start(UUID organisationId, int year, Instant now) {
        jdbc.sql("insert into self_review (id, organisation_id, review_year, started_at) values (?, ?, ?, ?) on conflict do nothing")
                .params(UUID.randomUUID(), organisationId, year, Timestamp.from(now)).update();
        return reviewId(organisationId, year).orElseThrow();
    }

    public List<Rating> ratings(Collection<UUID> reviewIds) {
        if (reviewIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from self_review_rating where review_id in (:ids)")
                .param("ids", reviewIds)
                .query((rs, n) -> new Rating(rs.getObject("review_id", UUID.class), SelfReviewSide.valueOf(rs.getString("side")),
                        Cornerstone.valueOf(rs.getString("cornerstone")), PartnershipRating.ofStep(rs.getInt("rating")),
                        rs.getString("evidence"), rs.getString("rated_by_name"), rs.getTimestamp("rated_at").toInstant()))
                .list();
    }

    public List<Sent> sent(Collection<UUID> reviewIds) {
        if (reviewIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from self_review_side where review_id in (:ids)")
                .param("ids", reviewIds)
                .query((rs, n) -> new Sent(rs.getObject("review_id", UUID.class), SelfReviewSide.valueOf(rs.getString("side")),
                        rs.getTimestamp("sent_at").toInstant(), rs.getString("sent_by_name")))
                .list();
    }

    /** Saves one side's rating of a cornerstone, unless that side has sent its ratings already; false if it had. */
    public boolean saveRating(UUID reviewId, SelfReviewSide side, Cornerstone cornerstone, PartnershipRating rating, String evidence,
            UUID by, String byName, Instant at) {
        return jdbc.sql("""
                insert into self_review_rating (review_id, side, cornerstone, rating, evidence, rated_by, rated_by_name, rated_at)
                select :review, :side, :cornerstone, :rating, :evidence, :by, :byName, :at
                where not exists (select 1 from self_review_side where review_id = :review and side = :side)
                on conflict (review_id, side, cornerstone) do update
                set rating = excluded.rating, evidence = excluded.evidence, rated_by = excluded.rated_by,
                    rated_by_name = excluded.rated_by_name, rated_at = excluded.rated_at""")
                .param("review", reviewId).param("side", side.name()).param("cornerstone", cornerstone.name())
                .param("rating", rating.step()).param("evidence", evidence).param("by", by).param("byName", byName)
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** False if the side had sent its ratings already. */
    public boolean markSent(UUID reviewId, SelfReviewSide side, String byName, Instant at) {
        return jdbc.sql("insert into self_review_side (review_id, side, sent_at, sent_by_name) values (?, ?, ?, ?) on conflict do nothing")
                .params(reviewId, side.name(), Timestamp.from(at), byName).update() == 1;
    }

    public List<Action> actions(UUID reviewId) {
        return jdbc.sql("select * from self_review_action where review_id = ? order by due_on, added_at")
                .params(reviewId)
                .query((rs, n) -> new Action(rs.getObject("id", UUID.class), rs.getObject("review_id", UUID.class),
                        Cornerstone.valueOf(rs.getString("cornerstone")), rs.getString("what"), rs.getString("who"),
                        rs.getDate("due_on").toLocalDate(), Optional.ofNullable(rs.getDate("done_on")).map(Date::toLocalDate).orElse(null),
                        rs.getInt("version"), rs.getString("added_by_name")))
                .list();
    }

    public void addAction(UUID reviewId, Cornerstone cornerstone, String what, String who, LocalDate dueOn, String byName, Instant at) {
        jdbc.sql("""
                insert into self_review_action (id, review_id, cornerstone, what, who, due_on, added_by_name, added_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), reviewId, cornerstone.name(), what, who, Date.valueOf(dueOn), byName, Timestamp.from(at))
                .update();
    }

    /** Marks the action done (or open again, with a null day) if nobody changed it since {@code version}; false otherwise. */
    public boolean setDone(UUID reviewId, UUID actionId, int version, LocalDate doneOn) {
        return jdbc.sql("update self_review_action set done_on = ?, version = version + 1 where id = ? and review_id = ? and version = ?")
                .params(doneOn == null ? null : Date.valueOf(doneOn), actionId, reviewId, version).update() == 1;
    }

    /** For each organisation, year and side: how many cornerstones are rated and whether the side has sent them. One query. */
    public List<Status> statuses(Collection<UUID> organisationIds, Collection<Integer> years) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select r.organisation_id, r.review_year, s.side, count(g.cornerstone) as ratings,
                       exists (select 1 from self_review_side d where d.review_id = r.id and d.side = s.side) as sent
                from self_review r
                cross join (values ('ORGANISATION'), ('FORUM')) as s (side)
                left join self_review_rating g on g.review_id = r.id and g.side = s.side
                where r.organisation_id in (:orgs) and r.review_year in (:years)
                group by r.id, r.organisation_id, r.review_year, s.side""")
                .param("orgs", organisationIds).param("years", years)
                .query((rs, n) -> new Status(rs.getObject("organisation_id", UUID.class), rs.getInt("review_year"),
                        SelfReviewSide.valueOf(rs.getString("side")), rs.getLong("ratings"), rs.getBoolean("sent")))
                .list();
    }
}
