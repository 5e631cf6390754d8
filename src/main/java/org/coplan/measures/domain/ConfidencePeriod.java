package org.coplan.measures.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How often a person may be offered the survey: never again within {@code days} of the last offer,
 * whatever the moment; and which school term a day falls in, for the once-a-term offer at SEN support.
 */
public final class ConfidencePeriod {

    private ConfidencePeriod() {}

    /** Whether a person last offered the survey at {@code lastOffered} may be offered it again at {@code now}. */
    public static boolean mayOffer(Optional<Instant> lastOffered, Instant now, int days) {
        return lastOffered.map(last -> !last.isAfter(now.minus(Duration.ofDays(days)))).orElse(true);
    }

    /**
     * The term a day falls in, as {@code 2026-autumn}: autumn from September to December, spring from
     * January to March, summer from April to August (holidays count with the term before them).
     */
    public static String termOf(LocalDate day) {
        return org.coplan.cases.CaseFigures.termOf(day);
    }
}
