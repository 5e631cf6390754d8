package org.coplan.process.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/**
 * The SEN2 census date suggested on the export page. The DfE sets it each year; the third
 * Thursday of January is an assumption (ehc-process.md section 8, section 12 item 23:
 * UNCONFIRMED), so a fixed day and month can be set instead.
 */
public final class CensusDate {

    private CensusDate() {}

    /** The third Thursday of January of the year, or the fixed day if one is set. */
    public static LocalDate suggested(int year, MonthDay fixed) {
        if (fixed != null) {
            return fixed.atYear(year);
        }
        return LocalDate.of(year, 1, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY));
    }
}
