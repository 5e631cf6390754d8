package org.coplan.deadlines;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days: Monday to Friday, not a bank holiday in the region (England, "eng", by
 * default; Wales, "wls", has the same days). Bank holidays come from the jollyday library,
 * which includes substitute days and one-off holidays.
 *
 * <p>UNCONFIRMED (ehc-process.md section 12, item 1): the regulations' own definition of a
 * working day was not seen in full. This assumes Monday to Friday excluding bank holidays,
 * which in England and Wales already include Christmas Day and Good Friday.
 */
public final class WorkingDays {

    private final HolidayManager holidays;
    private final String region;

    public WorkingDays(String region) {
        this.holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        this.region = region;
    }

    public static WorkingDays england() {
        return new WorkingDays("eng");
    }

    public boolean isBankHoliday(LocalDate day) {
        return holidays.isHoliday(day, region);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isBankHoliday(day);
    }

    /** The day itself if it is a working day, otherwise the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The first working day after the given day. */
    public LocalDate after(LocalDate day) {
        return onOrAfter(day.plusDays(1));
    }

    /** The date {@code count} working days after {@code start}, not counting {@code start} itself. */
    public LocalDate plus(LocalDate start, int count) {
        LocalDate d = start;
        for (int i = 0; i < count; i++) {
            d = after(d);
        }
        return d;
    }

    /**
     * The {@code count}th working day counting {@code start} as day 1 if it is a working day
     * ("within 15 working days beginning with the day").
     */
    public LocalDate nthBeginningWith(LocalDate start, int count) {
        LocalDate first = onOrAfter(start);
        return plus(first, count - 1);
    }
}
