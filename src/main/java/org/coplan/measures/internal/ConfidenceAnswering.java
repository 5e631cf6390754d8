package org.coplan.measures.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.measures.ConfidenceSurveys;
import org.coplan.measures.domain.ConfidenceReply;
import org.coplan.people.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a survey from its personal link (or from the family's own pages), answering it, skipping it,
 * and the person's own answers. Nobody but the person offered the survey may open it: a link opened by
 * someone else signed in is refused, and shows nothing of the case.
 */
@Service
@Transactional
public class ConfidenceAnswering {

    public enum State {
        OPEN, NOT_FOUND, SOMEONE_ELSE, EXPIRED, ANSWERED, SKIPPED
    }

    /** What a link or offer opens to. {@code offer} is empty when nothing may be shown of it. */
    public record Opened(State state, Optional<ConfidenceOffers.Offer> offer) {}

    public enum Saved {
        SAVED, ANSWERED_ALREADY
    }

    private final ConfidenceOffers offers;
    private final Clock clock;

    ConfidenceAnswering(ConfidenceOffers offers, Clock clock) {
        this.offers = offers;
        this.clock = clock;
    }

    /** A link's survey, for whoever holds the link, or the signed-in person ({@code viewer}, may be null). */
    @Transactional(readOnly = true)
    public Opened byToken(String token, PersonId viewer) {
        return state(offers.byTokenHash(ConfidenceSurveys.hash(token)), viewer, false);
    }

    /** A survey opened from the person's own pages: only theirs. */
    @Transactional(readOnly = true)
    public Opened byOffer(UUID offerId, PersonId viewer) {
        return state(offers.byId(offerId), viewer, true);
    }

    private Opened state(Optional<ConfidenceOffers.Offer> found, PersonId viewer, boolean mustBeSignedIn) {
        if (found.isEmpty()) {
            return new Opened(State.NOT_FOUND, Optional.empty());
        }
        ConfidenceOffers.Offer o = found.get();
        if ((viewer != null || mustBeSignedIn) && (viewer == null || !o.personId().equals(viewer.value()))) {
            return new Opened(State.SOMEONE_ELSE, Optional.empty());
        }
        if (o.answeredAt() != null) {
            return new Opened(State.ANSWERED, found);
        }
        if (o.skippedAt() != null) {
            return new Opened(State.SKIPPED, found);
        }
        if (!o.expiresAt().isAfter(clock.instant())) {
            return new Opened(State.EXPIRED, found);
        }
        return new Opened(State.OPEN, found);
    }

    public Saved answer(ConfidenceOffers.Offer offer, ConfidenceReply reply) {
        return offers.answer(offer, reply, clock.instant()) ? Saved.SAVED : Saved.ANSWERED_ALREADY;
    }

    public boolean skip(ConfidenceOffers.Offer offer) {
        return offers.skip(offer, clock.instant());
    }

    @Transactional(readOnly = true)
    public Optional<ConfidenceOffers.Answer> answerTo(ConfidenceOffers.Offer offer) {
        return offers.answerTo(offer.id());
    }

    @Transactional(readOnly = true)
    public List<ConfidenceOffers.Answer> answersOf(PersonId person) {
        return offers.answersOf(person.value());
    }

    @Transactional(readOnly = true)
    public List<ConfidenceOffers.Offer> openOffersOf(PersonId person) {
        return offers.openFor(person.value(), clock.instant());
    }

    @Transactional(readOnly = true)
    public Optional<ConfidenceOffers.Offer> openOn(org.coplan.cases.CaseId caseId, PersonId person) {
        return offers.openOn(caseId.value(), person.value(), clock.instant());
    }
}
