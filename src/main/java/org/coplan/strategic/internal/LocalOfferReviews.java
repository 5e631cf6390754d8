package org.coplan.strategic.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.notify.Notice;
import org.coplan.notify.Notices;
import org.coplan.notify.Route;
import org.coplan.people.People;
import org.coplan.people.PersonId;
import org.coplan.people.SignedInPerson;
import org.coplan.strategic.domain.ForumSeat;
import org.coplan.strategic.domain.PageRating;
import org.coplan.strategic.domain.PageReview;
import org.coplan.strategic.domain.ParentApproved;
import org.coplan.strategic.domain.Rung;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forum members' reviews of local-offer pages and the authority's answers. A member reviews a
 * service of their own area at most once in twelve months; every review is shown on the public
 * page without the member's name, and waits on the SEN manager's list until it is answered; the
 * reviewer is told when it is. Reviews stand on the "consulting" rung of the ladder: members give
 * their views on the authority's pages, and the authority decides what to change.
 */
@Service
@Transactional(readOnly = true)
public class LocalOfferReviews {

    /** Every review is consulting: the forum's views on pages the authority keeps. */
    public static final Rung RUNG = Rung.CONSULTING;

    /** What became of a review. */
    public sealed interface Outcome {}

    public record Saved(UUID id) implements Outcome {}

    /** The member reviewed this service less than twelve months ago. */
    public record Earlier(UUID id, LocalDate on) implements Outcome {}

    /** The service left the directory after the form was opened. */
    public record Gone() implements Outcome {}

    /** One review as it is shown: on the public page (no name) and to the SEN manager. */
    public record Review(UUID id, UUID serviceId, String serviceName, LocalDate on, PageRating clear, PageRating accurate,
            PageRating accessible, PageRating useful, String whyNot, String comment, Rung rung, String answer, Boolean pageChanged,
            LocalDate answeredOn, long daysWaiting) {

        public boolean answered() {
            return answer != null;
        }

        public PageReview ratings() {
            return new PageReview(on, clear, accurate, accessible, useful);
        }
    }

    /** What became of an answer. */
    public sealed interface Answering {}

    public record Answered() implements Answering {}

    /** Someone answered it meanwhile: their answer, to show beside the one typed. */
    public record AlreadyAnswered(String answer, String byName) implements Answering {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Notices notices;
    private final People people;
    private final ForumMembers forums;

    public LocalOfferReviews(JdbcClient jdbc, Clock clock, Notices notices, People people, ForumMembers forums) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.notices = notices;
        this.people = people;
        this.forums = forums;
    }

    private Instant yearAgo() {
        return clock.instant().atZone(clock.getZone()).minusMonths(ParentApproved.MONTHS).toInstant();
    }

    /** The person's review of this service from the last twelve months, if any. */
    public Optional<Earlier> earlier(PersonId person, UUID serviceId) {
        return jdbc.sql("""
                select id, reviewed_at from local_offer_review where person_id = ? and service_id = ? and reviewed_at > ?
                 order by reviewed_at desc limit 1""")
                .params(person.value(), serviceId, Timestamp.from(yearAgo()))
                .query((rs, n) -> new Earlier(rs.getObject(1, UUID.class), date(rs.getTimestamp(2))))
                .optional();
    }

    /** Saves a checked review by a member who may answer, of a service of the seat's area. */
    @Transactional
    public Outcome review(SignedInPerson who, ForumSeat seat, UUID serviceId, PageReview ratings, String whyNot, String comment) {
        if (!seat.mayAnswer()) {
            throw new org.coplan.shared.web.NotFound();
        }
        // the service row is locked so two tabs cannot both save a first review
        Optional<UUID> area = jdbc.sql("select la_id from oruk_service where id = ? for update").param(serviceId).query(UUID.class).optional();
        if (area.isEmpty() || !area.get().equals(seat.localAuthorityId())) {
            return new Gone();
        }
        Optional<Earlier> earlier = earlier(who.id(), serviceId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into local_offer_review (id, service_id, la_id, forum_id, person_id, clear, accurate, accessible, useful, why_not,
                    comment, rung, reviewed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, serviceId, seat.localAuthorityId(), seat.forumId(), who.id().value(), ratings.clear().name(),
                        ratings.accurate().name(), ratings.accessible().name(), ratings.useful().name(), blankToNull(whyNot),
                        blankToNull(comment), RUNG.name(), Timestamp.from(clock.instant()))
                .update();
        return new Saved(id);
    }

    private static final String SELECT = """
            select r.*, s.name as service_name from local_offer_review r join oruk_service s on s.id = r.service_id""";

    private Review review(ResultSet rs, int n) throws SQLException {
        LocalDate on = date(rs.getTimestamp("reviewed_at"));
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new Review(rs.getObject("id", UUID.class), rs.getObject("service_id", UUID.class), rs.getString("service_name"), on,
                PageRating.valueOf(rs.getString("clear")), PageRating.valueOf(rs.getString("accurate")),
                PageRating.valueOf(rs.getString("accessible")), PageRating.valueOf(rs.getString("useful")), rs.getString("why_not"),
                rs.getString("comment"), Rung.valueOf(rs.getString("rung")), rs.getString("answer"),
                (Boolean) rs.getObject("page_changed"), answeredAt == null ? null : date(answeredAt),
                ChronoUnit.DAYS.between(on, LocalDate.now(clock)));
    }

    /** Every review of the service, newest first. */
    public List<Review> reviewsOf(UUID serviceId) {
        return jdbc.sql(SELECT + " where r.service_id = ? order by r.reviewed_at desc").param(serviceId).query(this::review).list();
    }

    /** The area's reviews not yet answered, oldest first. */
    public List<Review> waiting(UUID laId) {
        return jdbc.sql(SELECT + " where r.la_id = ? and r.answer is null order by r.reviewed_at, r.id").param(laId).query(this::review).list();
    }

    public int waitingCount(UUID laId) {
        return jdbc.sql("select count(*) from local_offer_review where la_id = ? and answer is null").param(laId).query(Integer.class).single();
    }

    /** One review of the area, or empty. */
    public Optional<Review> find(UUID laId, UUID reviewId) {
        return jdbc.sql(SELECT + " where r.la_id = ? and r.id = ?").params(laId, reviewId).query(this::review).optional();
    }

    /**
     * The authority's answer to a review, by one of its officers; the reviewer is told, by the way they
     * chose as a forum member (email unless they chose texts).
     */
    @Transactional
    public Answering answer(SignedInPerson who, ForumSeat seat, UUID reviewId, String answer, Boolean pageChanged) {
        if (!seat.mayKeepLocalOffer()) {
            throw new org.coplan.shared.web.NotFound();
        }
        int updated = jdbc.sql("""
                update local_offer_review set answer = ?, page_changed = ?, answered_at = ?, answered_by_name = ?, version = version + 1
                 where id = ? and la_id = ? and answer is null""")
                .params(answer.strip(), pageChanged, Timestamp.from(clock.instant()), who.displayName(), reviewId, seat.localAuthorityId())
                .update();
        if (updated == 0) {
            return jdbc.sql("select answer, answered_by_name from local_offer_review where id = ? and la_id = ?")
                    .params(reviewId, seat.localAuthorityId())
                    .query((rs, n) -> (Answering) new AlreadyAnswered(rs.getString(1), rs.getString(2)))
                    .optional()
                    .orElseThrow(org.coplan.shared.web.NotFound::new);
        }
        tellReviewer(reviewId);
        return new Answered();
    }

    private void tellReviewer(UUID reviewId) {
        record Reviewer(UUID personId, UUID forumId, UUID serviceId, UUID laId, String serviceName) {}
        Reviewer r = jdbc.sql("""
                select r.person_id, r.forum_id, r.service_id, r.la_id, s.name from local_offer_review r join oruk_service s on s.id = r.service_id
                 where r.id = ?""")
                .param(reviewId)
                .query((rs, n) -> new Reviewer(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getString(5)))
                .single();
        String path = "/area/" + r.laId() + "/local-offer/" + r.serviceId() + "#review-" + reviewId;
        record Member(String email, String name, Route route) {}
        Optional<Member> member = jdbc.sql("""
                select email, display_name, channel, mobile from forum_member where forum_id = ? and person_id = ? and status = 'MEMBER'""")
                .params(r.forumId(), r.personId())
                .query((rs, n) -> new Member(rs.getString(1), rs.getString(2),
                        "TEXT".equals(rs.getString(3)) ? new Route.ByText(rs.getString(4)) : new Route.ByEmail()))
                .optional();
        // an officer who reviewed has no member row; someone who has left or was removed is told nothing more
        Member to = member.orElseGet(() -> forums.seat(new PersonId(r.personId()), r.forumId()).mayAnswer()
                ? people.find(new PersonId(r.personId())).map(p -> new Member(p.email(), p.displayName(), new Route.ByEmail())).orElse(null)
                : null);
        if (to == null) {
            return;
        }
        notices.tell(new Notice(to.email(), to.name(), "localoffer.email.answered.subject", "localoffer.email.answered.body",
                List.of(r.serviceName()), path, null), to.route());
    }

    /** Services of the area the person has not reviewed in twelve months, fewest reviews first. */
    public List<Review> toReview(PersonId person, UUID laId, int limit) {
        return jdbc.sql("""
                select s.id, s.name from oruk_service s
                 where s.la_id = ? and s.status = 'active'
                   and not exists (select 1 from local_offer_review r where r.service_id = s.id and r.person_id = ? and r.reviewed_at > ?)
                 order by (select count(*) from local_offer_review r where r.service_id = s.id and r.reviewed_at > ?), lower(s.name)
                 limit ?""")
                .params(laId, person.value(), Timestamp.from(yearAgo()), Timestamp.from(yearAgo()), limit)
                .query((rs, n) -> new Review(null, rs.getObject(1, UUID.class), rs.getString(2), null, null, null, null, null, null, null,
                        RUNG, null, null, null, 0))
                .list();
    }

    /** The area's reviews, newest first, as activities on the ladder (no names). */
    public List<Review> all(UUID laId) {
        return jdbc.sql(SELECT + " where r.la_id = ? order by r.reviewed_at desc, r.id").param(laId).query(this::review).list();
    }

    private LocalDate date(Timestamp t) {
        return t.toInstant().atZone(clock.getZone()).toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
