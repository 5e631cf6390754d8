package org.coplan.resolution.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How long a disagreement has been open, in the dashboards' three bands. */
public enum AgeBand {
    UNDER_TWO_WEEKS,
    TWO_TO_SIX_WEEKS,
    OVER_SIX_WEEKS;

    /** Under 14 days; 14 to 42 days; more than 42 days. */
    public static AgeBand of(LocalDate raisedOn, LocalDate today) {
        long days = ChronoUnit.DAYS.between(raisedOn, today);
        if (days < 14) {
            return UNDER_TWO_WEEKS;
        }
        return days <= 42 ? TWO_TO_SIX_WEEKS : OVER_SIX_WEEKS;
    }
}
