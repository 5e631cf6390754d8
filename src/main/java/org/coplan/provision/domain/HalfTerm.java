package org.coplan.provision.domain;

import java.time.LocalDate;

/**
 * Half of a term: {@code part} 1 runs from the term's first day to the day before its half-term
 * break, part 2 from the day after the break to the term's last day. A school year has six.
 */
public record HalfTerm(int schoolYear, TermName term, int part, LocalDate firstDay, LocalDate lastDay) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
