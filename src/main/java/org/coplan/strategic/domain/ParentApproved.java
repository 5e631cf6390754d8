package org.coplan.strategic.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The "Parent approved" badge of a local-offer page, worked out from its reviews each time it is
 * shown (never stored as a flag), so it lapses by itself.
 *
 * <p>The rule: a page is parent approved when {@code needed} passing reviews (see
 * {@link PageReview#passes()}) were all made within twelve months of each other. The badge is
 * dated on the review that completed the count, and lasts twelve months from that date. Reviews
 * that do not pass do not take a badge away; they are answered by the authority like any other.
 *
 * @param earnedOn the date of the review that completed the count
 * @param lapsesOn the first day the badge is no longer shown: twelve months after {@code earnedOn}
 * @param passing how many passing reviews the count was made of
 * @param firstOn the date of the first of those reviews
 */
public record ParentApproved(LocalDate earnedOn, LocalDate lapsesOn, int passing, LocalDate firstOn) {

    /** The time the badge lasts, and the window the reviews that earn it must fall within. */
    public static final int MONTHS = 12;

    /**
     * The badge the page holds today, if any: the latest date a review completed {@code needed}
     * passing reviews within twelve months, while that date is less than twelve months ago.
     */
    public static Optional<ParentApproved> decide(List<PageReview> reviews, int needed, LocalDate today) {
        if (needed < 1) {
            throw new IllegalArgumentException("At least one review is needed for the badge");
        }
        List<LocalDate> passing = reviews.stream()
                .filter(PageReview::passes)
                .map(PageReview::on)
                .filter(d -> !d.isAfter(today))
                .sorted(Comparator.naturalOrder())
                .toList();
        for (int i = passing.size() - 1; i >= needed - 1; i--) {
            LocalDate completed = passing.get(i);
            LocalDate first = passing.get(i - needed + 1);
            boolean withinWindow = first.isAfter(completed.minusMonths(MONTHS));
            if (withinWindow) {
                LocalDate lapses = completed.plusMonths(MONTHS);
                return today.isBefore(lapses) ? Optional.of(new ParentApproved(completed, lapses, needed, first)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Why the page has the badge, in plain words. */
    public String reason() {
        return passing + " forum members' reviews between " + firstOn + " and " + earnedOn
                + " found the page clear, accurate, accessible and useful (no \"no\", and mostly \"yes\"). "
                + "The badge lasts until " + lapsesOn.minusDays(1) + ".";
    }
}
