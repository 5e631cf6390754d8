package org.coplan.strategic.domain;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * One forum member's ratings of a local-offer page on the four plain criteria: is it clear, is it
 * accurate, can everyone use it (accessible), and is it useful. A "no" needs a reason in words.
 */
public record PageReview(LocalDate on, PageRating clear, PageRating accurate, PageRating accessible, PageRating useful) {

    private Stream<PageRating> ratings() {
        return Stream.of(clear, accurate, accessible, useful);
    }

    /** Any criterion rated "no": the member must say why. */
    public boolean anyNo() {
        return ratings().anyMatch(r -> r == PageRating.NO);
    }

    /** How many of the four criteria were rated "yes". */
    public int yesCount() {
        return (int) ratings().filter(r -> r == PageRating.YES).count();
    }

    /**
     * A passing review: no criterion rated "no", and most of the four (three or four) rated "yes";
     * the rest "partly".
     */
    public boolean passes() {
        return !anyNo() && yesCount() >= 3;
    }
}
