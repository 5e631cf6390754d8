package org.coplan.provision.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The calendar an authority has before it sets its own: typical term dates for England for the
 * school years 2025 to 2026, 2026 to 2027 and 2027 to 2028.
 *
 * <p>UNCONFIRMED: these are typical dates (a term starting in the first week of September, a
 * half-term break of one week in late October, mid-February and the week of the late May bank
 * holiday, and an Easter holiday of two weeks), not any council's published dates. They are a
 * setting to replace: each authority enters its own on the term dates page
 * (docs/term-dates-and-fidelity.md).
 */
public final class BuiltInTermDates {

    private BuiltInTermDates() {}

    public static final List<SchoolYearTerms> ENGLAND = List.of(
            year(2025,
                    term(TermName.AUTUMN, "2025-09-03", "2025-12-19", "2025-10-27", "2025-10-31"),
                    term(TermName.SPRING, "2026-01-05", "2026-03-27", "2026-02-16", "2026-02-20"),
                    term(TermName.SUMMER, "2026-04-13", "2026-07-22", "2026-05-25", "2026-05-29")),
            year(2026,
                    term(TermName.AUTUMN, "2026-09-02", "2026-12-18", "2026-10-26", "2026-10-30"),
                    term(TermName.SPRING, "2027-01-04", "2027-03-25", "2027-02-15", "2027-02-19"),
                    term(TermName.SUMMER, "2027-04-12", "2027-07-21", "2027-05-31", "2027-06-04")),
            year(2027,
                    term(TermName.AUTUMN, "2027-09-01", "2027-12-17", "2027-10-25", "2027-10-29"),
                    term(TermName.SPRING, "2028-01-04", "2028-04-07", "2028-02-14", "2028-02-18"),
                    term(TermName.SUMMER, "2028-04-24", "2028-07-21", "2028-05-29", "2028-06-02")));

    private static SchoolYearTerms year(int start, Term autumn, Term spring, Term summer) {
        return new SchoolYearTerms(start, List.of(autumn, spring, summer));
    }

    private static Term term(TermName name, String first, String last, String halfFirst, String halfLast) {
        return new Term(name, LocalDate.parse(first), LocalDate.parse(last), LocalDate.parse(halfFirst), LocalDate.parse(halfLast));
    }
}
