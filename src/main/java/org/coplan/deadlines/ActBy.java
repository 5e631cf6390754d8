package org.coplan.deadlines;

import java.time.LocalDate;

/**
 * The day a person is told to act by. The legal date is the last day the law allows; nobody
 * can act on a weekend, a bank holiday or while offices are closed around Christmas, so the
 * date shown is the last working day on or before the legal date. The legal date never moves.
 *
 * @param legal the last day in law, as the rule in ehc-process.md section 10 computes it
 * @param lastWorkingDay the legal date if it is a working day outside the closed period,
 *     otherwise the last such day before it
 */
public record ActBy(LocalDate legal, LocalDate lastWorkingDay) {

    public ActBy {
        if (lastWorkingDay.isAfter(legal)) {
            throw new IllegalArgumentException("The day to act by cannot be after the legal date");
        }
    }

    /** Whether the day to act by is earlier than the legal date, so both are shown. */
    public boolean moved() {
        return !lastWorkingDay.equals(legal);
    }
}
