package org.coplan.provision.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How many sessions (and minutes) of a provision item were expected in a period, from its amount,
 * its first and last day and the school's calendar. The rules (docs/term-dates-and-fidelity.md):
 *
 * <ul>
 *   <li><b>Each week</b>: every school week (Monday to Sunday) with at least one school day that is
 *       inside both the period and the item's dates counts in full. A week whose school days are all
 *       bank holidays or holidays counts 0; a week with a bank holiday Monday still counts.
 *   <li><b>Each half-term</b> and <b>each term</b>: "pro rata by school days, rounded down". For each
 *       half-term (or term) the period touches, the item's sessions are shared out by school days:
 *       the school days of it inside both the period and the item's dates, over all its school days,
 *       times the sessions, rounded down. A whole half-term counts all its sessions; half of one
 *       counts half of them, rounded down.
 * </ul>
 *
 * Nothing is expected on a day outside the school years the calendar knows: a period reaching such
 * a day cannot be counted, and the answer is empty, as it is for an item with no countable amount.
 */
public final class ExpectedSessions {

    /** Sessions expected and the minutes they add up to. */
    public record Expected(int sessions, int minutes) {
        public static final Expected NONE = new Expected(0, 0);
    }

    private ExpectedSessions() {}

    /**
     * @param itemFirst the item's first day ({@link ProvisionItem#firstDay()})
     * @param itemLast its last day, null while open-ended ({@link ProvisionItem#lastDay()})
     */
    public static Optional<Expected> expected(
            Amount amount, LocalDate itemFirst, LocalDate itemLast, TermCalendar calendar, LocalDate from, LocalDate to) {
        if (amount == null) {
            return Optional.empty();
        }
        LocalDate lo = itemFirst != null && itemFirst.isAfter(from) ? itemFirst : from;
        LocalDate hi = itemLast != null && itemLast.isBefore(to) ? itemLast : to;
        if (hi.isBefore(lo)) {
            return Optional.of(Expected.NONE);
        }
        if (!calendar.covers(lo, hi)) {
            return Optional.empty();
        }
        int sessions = switch (amount.per()) {
            case WEEK -> amount.sessions() * weeks(calendar, lo, hi);
            case HALF_TERM -> proRata(calendar, calendar.halfTerms(), amount.sessions(), lo, hi);
            case TERM -> proRata(calendar, calendar.terms(), amount.sessions(), lo, hi);
        };
        return Optional.of(new Expected(sessions, sessions * amount.minutes()));
    }

    /** For an item in force: its amount and dates. */
    public static Optional<Expected> expected(ProvisionItem item, TermCalendar calendar, LocalDate from, LocalDate to) {
        return expected(item.amount(), item.firstDay(), item.lastDay(), calendar, from, to);
    }

    private static int weeks(TermCalendar calendar, LocalDate lo, LocalDate hi) {
        int weeks = 0;
        LocalDate monday = lo.with(DayOfWeek.MONDAY);
        for (LocalDate week = monday; !week.isAfter(hi); week = week.plusWeeks(1)) {
            for (int i = 0; i < 5; i++) {
                LocalDate d = week.plusDays(i);
                if (!d.isBefore(lo) && !d.isAfter(hi) && calendar.isSchoolDay(d)) {
                    weeks++;
                    break;
                }
            }
        }
        return weeks;
    }

    private static int proRata(TermCalendar calendar, List<HalfTerm> periods, int sessions, LocalDate lo, LocalDate hi) {
        int total = 0;
        for (HalfTerm p : periods) {
            if (p.lastDay().isBefore(lo) || p.firstDay().isAfter(hi)) {
                continue;
            }
            int all = calendar.schoolDays(p.firstDay(), p.lastDay());
            if (all == 0) {
                continue;
            }
            LocalDate a = p.firstDay().isBefore(lo) ? lo : p.firstDay();
            LocalDate b = p.lastDay().isAfter(hi) ? hi : p.lastDay();
            int inside = calendar.schoolDays(a, b);
            total += sessions * inside / all;
        }
        return total;
    }
}
