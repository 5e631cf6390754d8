package org.coplan.measures.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.coplan.measures.domain.SelfReviewActionState;
import org.coplan.measures.domain.Cornerstone;
import org.coplan.measures.domain.PartnershipRating;
import org.coplan.measures.domain.RatingGap;
import org.coplan.measures.domain.SelfReviewSide;
import org.coplan.measures.domain.SelfReviewVisibility;
import org.coplan.measures.domain.SelfReviewYear;
import org.coplan.measures.internal.SelfReviews.Action;
import org.coplan.measures.internal.SelfReviews.Rating;
import org.coplan.measures.internal.SelfReviews.Sent;
import org.coplan.measures.internal.SelfReviews.Status;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationId;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.people.PersonId;
import org.coplan.people.StaffMembership;
import org.coplan.people.StaffRole;
import org.coplan.shared.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Genuine Partnerships self-review: who may open which organisation's review and from which
 * side, what each side sees, and saving ratings and actions. A school's SENCO, a service's staff and
 * the authority's SEN manager rate their own organisation; parent carer forum members rate any
 * school or service in their forum's authority, and the authority itself. Anyone else is told
 * "not found".
 */
@Service
@Transactional(readOnly = true)
public class SelfReviewWork {

    /** An organisation the person may open, and the side they rate it from. */
    public record Reviewable(Organisation organisation, SelfReviewSide side) {}

    /** A row on the list page: where this year's and last year's reviews stand. */
    public record ListRow(Reviewable reviewable, String thisYearKey, String lastYearKey) {}

    /** One cornerstone on the review page. Ratings the viewer may not see yet are null. */
    public record Row(Cornerstone cornerstone, Rating organisation, Rating forum, RatingGap gap, Rating lastOrganisation, Rating lastForum,
            RatingGap lastGap) {

        public Rating own(SelfReviewSide side) {
            return side == SelfReviewSide.ORGANISATION ? organisation : forum;
        }
    }

    public record ActionRow(Action action, SelfReviewActionState state) {}

    /** A review page; {@code stamp} changes whenever the viewer's side saves ratings, so a save made meanwhile is noticed. */
    public record Page(Reviewable reviewable, SelfReviewYear year, List<Row> rows, boolean ownSent, boolean otherSent, boolean seesOther,
            boolean lastYear, List<ActionRow> actions, String stamp) {}

    /** Why a save was refused, by form field. */
    public sealed interface Outcome {}

    public record Saved(boolean sent) implements Outcome {}

    public record Refused(Map<String, String> errors) implements Outcome {}

    /** Someone changed the action after the page was opened. */
    public record Changed() implements Outcome {}

    public static final int MAX_EVIDENCE = 2_000;
    public static final int MAX_ACTION = 500;

    private final People people;
    private final SelfReviews reviews;
    private final Clock clock;

    SelfReviewWork(People people, SelfReviews reviews, Clock clock) {
        this.people = people;
        this.reviews = reviews;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public SelfReviewYear thisYear() {
        return SelfReviewYear.containing(today());
    }

    /** Every organisation the person may review, their own first, then by name. */
    public List<Reviewable> reviewable(PersonId person) {
        List<StaffMembership> roles = people.staffMemberships(person);
        Map<UUID, Reviewable> found = new LinkedHashMap<>();
        Map<OrganisationId, Organisation> orgs = people.organisations(roles.stream().map(StaffMembership::organisationId).distinct().toList());
        List<Reviewable> own = new ArrayList<>();
        List<Reviewable> forum = new ArrayList<>();
        for (StaffMembership m : roles) {
            Organisation o = orgs.get(m.organisationId());
            if (o == null) {
                continue;
            }
            if (owns(o, m.role())) {
                own.add(new Reviewable(o, SelfReviewSide.ORGANISATION));
            } else if (o.kind() == OrganisationKind.FORUM && m.role() == StaffRole.FORUM_MEMBER && o.localAuthorityId() != null) {
                people.organisationsIn(o.localAuthorityId()).stream()
                        .filter(t -> t.kind() != OrganisationKind.FORUM)
                        .forEach(t -> forum.add(new Reviewable(t, SelfReviewSide.FORUM)));
            }
        }
        own.sort(Comparator.comparing(r -> r.organisation().name()));
        forum.sort(Comparator.comparing(r -> r.organisation().name()));
        for (Reviewable r : own) {
            found.putIfAbsent(r.organisation().id().value(), r);
        }
        for (Reviewable r : forum) {
            found.putIfAbsent(r.organisation().id().value(), r);
        }
        return List.copyOf(found.values());
    }

    /** Whether the person has any organisation to review, from their roles alone (no query): for the home page link. */
    public static boolean mayHaveReviews(List<StaffMembership> roles) {
        return roles.stream().anyMatch(m -> switch (m.role()) {
            case SENCO, SEN_MANAGER, FORUM_MEMBER, PROFESSIONAL -> true;
            default -> false;
        });
    }

    private static boolean owns(Organisation o, StaffRole role) {
        return switch (o.kind()) {
            case SCHOOL -> role == StaffRole.SENCO;
            case SERVICE -> true;
            case LOCAL_AUTHORITY -> role == StaffRole.SEN_MANAGER;
            case FORUM -> false;
        };
    }

    /** The organisation and the person's side, or "not found" if they may not review it. */
    public Reviewable open(PersonId person, UUID organisationId) {
        return reviewable(person).stream()
                .filter(r -> r.organisation().id().value().equals(organisationId))
                .findFirst()
                .orElseThrow(NotFound::new);
    }

    /** The list page: this year's and last year's state from the person's side, in one query. */
    public List<ListRow> list(PersonId person) {
        List<Reviewable> all = reviewable(person);
        SelfReviewYear now = thisYear();
        List<Status> statuses = reviews.statuses(all.stream().map(r -> r.organisation().id().value()).toList(),
                List.of(now.startYear(), now.previous().startYear()));
        return all.stream().map(r -> new ListRow(r,
                statusKey(statuses, r, now.startYear()), statusKey(statuses, r, now.previous().startYear()))).toList();
    }

    private static String statusKey(List<Status> statuses, Reviewable r, int year) {
        Optional<Status> s = statuses.stream()
                .filter(x -> x.organisationId().equals(r.organisation().id().value()) && x.year() == year && x.side() == r.side())
                .findFirst();
        if (s.isEmpty() || s.get().ratings() == 0) {
            return "selfreview.status.notStarted";
        }
        return s.get().sent() ? "selfreview.status.sent" : "selfreview.status.started";
    }

    public Page page(Reviewable r, SelfReviewYear year) {
        UUID org = r.organisation().id().value();
        Optional<UUID> id = reviews.reviewId(org, year.startYear());
        Optional<UUID> lastId = reviews.reviewId(org, year.previous().startYear());
        List<UUID> ids = new ArrayList<>();
        id.ifPresent(ids::add);
        lastId.ifPresent(ids::add);
        List<Rating> ratings = reviews.ratings(ids);
        List<Sent> sent = reviews.sent(ids);
        boolean yearOver = year.startYear() < thisYear().startYear();
        boolean orgSent = id.isPresent() && sent.stream().anyMatch(s -> s.reviewId().equals(id.get()) && s.side() == SelfReviewSide.ORGANISATION);
        boolean forumSent = id.isPresent() && sent.stream().anyMatch(s -> s.reviewId().equals(id.get()) && s.side() == SelfReviewSide.FORUM);
        boolean seesOther = SelfReviewVisibility.seesOtherSide(orgSent, forumSent, yearOver);
        Map<Cornerstone, Map<SelfReviewSide, Rating>> now = byCornerstone(ratings, id.orElse(null));
        Map<Cornerstone, Map<SelfReviewSide, Rating>> last = byCornerstone(ratings, lastId.orElse(null));
        List<Row> rows = new ArrayList<>();
        for (Cornerstone c : Cornerstone.values()) {
            Rating o = now.get(c).get(SelfReviewSide.ORGANISATION);
            Rating f = now.get(c).get(SelfReviewSide.FORUM);
            if (!seesOther) {
                if (r.side() == SelfReviewSide.ORGANISATION) {
                    f = null;
                } else {
                    o = null;
                }
            }
            Rating lo = last.get(c).get(SelfReviewSide.ORGANISATION);
            Rating lf = last.get(c).get(SelfReviewSide.FORUM);
            rows.add(new Row(c, o, f, gap(o, f), lo, lf, gap(lo, lf)));
        }
        LocalDate today = today();
        List<ActionRow> actions = id.map(reviews::actions).orElse(List.of()).stream()
                .map(a -> new ActionRow(a, SelfReviewActionState.of(a.dueOn(), a.doneOn(), today)))
                .toList();
        boolean ownSent = r.side() == SelfReviewSide.ORGANISATION ? orgSent : forumSent;
        boolean otherSent = r.side() == SelfReviewSide.ORGANISATION ? forumSent : orgSent;
        StringBuilder own = new StringBuilder(ownSent ? "sent" : "open");
        for (Row row : rows) {
            Rating mine = row.own(r.side());
            own.append('|').append(mine == null ? "-" : mine.rating() + "@" + mine.ratedAt().toEpochMilli());
        }
        String stamp = UUID.nameUUIDFromBytes(own.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        return new Page(r, year, rows, ownSent || yearOver, otherSent, seesOther, lastId.isPresent(), actions, stamp);
    }

    private static RatingGap gap(Rating organisation, Rating forum) {
        return organisation == null || forum == null ? null : RatingGap.between(organisation.rating(), forum.rating());
    }

    private static Map<Cornerstone, Map<SelfReviewSide, Rating>> byCornerstone(List<Rating> ratings, UUID reviewId) {
        Map<Cornerstone, Map<SelfReviewSide, Rating>> out = new EnumMap<>(Cornerstone.class);
        for (Cornerstone c : Cornerstone.values()) {
            out.put(c, new EnumMap<>(SelfReviewSide.class));
        }
        if (reviewId != null) {
            ratings.stream().filter(x -> x.reviewId().equals(reviewId)).forEach(x -> out.get(x.cornerstone()).put(x.side(), x));
        }
        return out;
    }

    /** A rating and its evidence as typed, either possibly blank. */
    public record Typed(String rating, String evidence) {}

    /**
     * Saves this year's ratings the person typed from their side; a cornerstone left wholly blank is
     * skipped. A rating needs evidence and evidence needs a rating. Sending also needs all four.
     * With a {@code stamp} (from the page the person typed on), the save is refused if someone on the
     * same side saved ratings after that page was opened; null skips the check (set-up).
     */
    @Transactional
    public Outcome save(PersonId person, String name, Reviewable r, Map<Cornerstone, Typed> typed, boolean send, String stamp) {
        Map<String, String> errors = new LinkedHashMap<>();
        Page current = page(r, thisYear());
        if (current.ownSent()) {
            errors.put("ratings", "selfreview.error.alreadySent");
            return new Refused(errors);
        }
        if (stamp != null && !stamp.equals(current.stamp())) {
            errors.put("ratings", "selfreview.error.ratingsChanged");
            return new Refused(errors);
        }
        Map<Cornerstone, PartnershipRating> valid = new EnumMap<>(Cornerstone.class);
        for (Cornerstone c : Cornerstone.values()) {
            Typed t = typed.getOrDefault(c, new Typed("", ""));
            Optional<PartnershipRating> rating = PartnershipRating.parse(t.rating());
            String evidence = Objects.requireNonNullElse(t.evidence(), "").strip();
            boolean alreadyRated = current.rows().get(c.ordinal()).own(r.side()) != null;
            if (rating.isEmpty() && evidence.isEmpty()) {
                if (send && !alreadyRated) {
                    errors.put("rating-" + c.name(), "selfreview.error.ratingForSend");
                }
                continue;
            }
            if (rating.isEmpty()) {
                errors.put("rating-" + c.name(), "selfreview.error.ratingRequired");
            } else if (evidence.isEmpty()) {
                errors.put("evidence-" + c.name(), "selfreview.error.evidenceRequired");
            } else if (evidence.length() > MAX_EVIDENCE) {
                errors.put("evidence-" + c.name(), "selfreview.error.evidenceTooLong");
            } else {
                valid.put(c, rating.get());
            }
        }
        if (!errors.isEmpty()) {
            return new Refused(errors);
        }
        UUID reviewId = reviews.start(r.organisation().id().value(), thisYear().startYear(), clock.instant());
        for (Map.Entry<Cornerstone, PartnershipRating> e : valid.entrySet()) {
            reviews.saveRating(reviewId, r.side(), e.getKey(), e.getValue(), typed.get(e.getKey()).evidence().strip(), person.value(), name,
                    clock.instant());
        }
        if (send) {
            reviews.markSent(reviewId, r.side(), name, clock.instant());
        }
        return new Saved(send);
    }

    /** Adds an action to this year's plan; only the organisation's own side may. */
    @Transactional
    public Outcome addAction(String name, Reviewable r, String cornerstone, String what, String who, LocalDate dueOn, String dueErrorKey) {
        if (r.side() != SelfReviewSide.ORGANISATION) {
            throw new NotFound();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Cornerstone c = null;
        try {
            c = Cornerstone.valueOf(Objects.requireNonNullElse(cornerstone, ""));
        } catch (IllegalArgumentException e) {
            errors.put("cornerstone", "selfreview.error.cornerstoneRequired");
        }
        if (what == null || what.isBlank()) {
            errors.put("what", "selfreview.error.whatRequired");
        } else if (what.length() > MAX_ACTION) {
            errors.put("what", "selfreview.error.tooLong");
        }
        if (who == null || who.isBlank()) {
            errors.put("who", "selfreview.error.whoRequired");
        } else if (who.length() > MAX_ACTION) {
            errors.put("who", "selfreview.error.tooLong");
        }
        if (dueOn == null) {
            errors.put("due", "selfreview.due." + (dueErrorKey == null ? "date.required" : dueErrorKey));
        }
        if (!errors.isEmpty()) {
            return new Refused(errors);
        }
        UUID reviewId = reviews.start(r.organisation().id().value(), thisYear().startYear(), clock.instant());
        reviews.addAction(reviewId, c, what.strip(), who.strip(), dueOn, name, clock.instant());
        return new Saved(false);
    }

    /** Marks an action of this year's plan done today, or open again; refused if it changed since the page was opened. */
    @Transactional
    public Outcome setDone(Reviewable r, UUID actionId, int version, boolean done) {
        if (r.side() != SelfReviewSide.ORGANISATION) {
            throw new NotFound();
        }
        UUID reviewId = reviews.reviewId(r.organisation().id().value(), thisYear().startYear()).orElseThrow(NotFound::new);
        if (reviews.actions(reviewId).stream().noneMatch(a -> a.id().equals(actionId))) {
            throw new NotFound();
        }
        return reviews.setDone(reviewId, actionId, version, done ? today() : null) ? new Saved(false) : new Changed();
    }
}
