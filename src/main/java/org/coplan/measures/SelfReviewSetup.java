package org.coplan.measures;

import java.time.LocalDate;
import java.util.Map;
import org.coplan.measures.domain.Cornerstone;
import org.coplan.measures.internal.SelfReviewWork;
import org.coplan.measures.internal.SelfReviewWork.Refused;
import org.coplan.measures.internal.SelfReviewWork.Reviewable;
import org.coplan.measures.internal.SelfReviewWork.Typed;
import org.coplan.people.OrganisationId;
import org.coplan.people.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records this year's Genuine Partnerships self-review directly, acting as the people named, through
 * the same rules as the pages (a person who may not review the organisation is refused): for demo
 * data and set-up. Cornerstones and ratings are named as the form names them, for example
 * {@code COMMUNICATE} and {@code DEVELOPING}.
 */
@Service
@Transactional
public class SelfReviewSetup {

    private final SelfReviewWork work;

    SelfReviewSetup(SelfReviewWork work) {
        this.work = work;
    }

    /**
     * Rates the organisation from the person's side (its own staff, or a forum member) on the
     * cornerstones given, each with its rating and evidence; sends the ratings if asked.
     */
    public void rate(Person by, OrganisationId organisation, Map<String, String[]> ratingAndEvidence, boolean send) {
        Reviewable r = work.open(by.id(), organisation.value());
        Map<Cornerstone, Typed> typed = new java.util.EnumMap<>(Cornerstone.class);
        ratingAndEvidence.forEach((c, re) -> typed.put(Cornerstone.valueOf(c), new Typed(re[0], re[1])));
        if (work.save(by.id(), by.displayName(), r, typed, send, null) instanceof Refused refused) {
            throw new IllegalArgumentException("Ratings refused: " + refused.errors());
        }
    }

    /** Adds an action to the organisation's plan for this year, as one of its own staff. */
    public void addAction(Person by, OrganisationId organisation, String cornerstone, String what, String who, LocalDate dueOn) {
        Reviewable r = work.open(by.id(), organisation.value());
        if (work.addAction(by.displayName(), r, cornerstone, what, who, dueOn, null) instanceof Refused refused) {
            throw new IllegalArgumentException("Action refused: " + refused.errors());
        }
    }
}
