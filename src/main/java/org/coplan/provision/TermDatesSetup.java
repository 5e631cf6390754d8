package org.coplan.provision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coplan.people.OrganisationId;
import org.coplan.people.Person;
import org.coplan.provision.domain.BuiltInTermDates;
import org.coplan.provision.domain.SchoolYearTerms;
import org.coplan.provision.domain.Term;
import org.coplan.provision.internal.TermDatesStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting term dates outside the pages: for set-up and the demo. The pages check who may set them;
 * callers of this have decided that already.
 */
@Service
@Transactional
public class TermDatesSetup {

    private final TermDatesStore store;
    private final Clock clock;

    TermDatesSetup(TermDatesStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Makes the built-in dates for England the authority's own for that school year, as if its SEN
     * manager had saved them. False when there are no built-in dates for that year.
     */
    public boolean authorityDefaultFromBuiltIn(OrganisationId authority, int startYear, Person by) {
        var year = BuiltInTermDates.ENGLAND.stream().filter(y -> y.startYear() == startYear).findFirst();
        year.ifPresent(y -> store.save(authority.value(), TermDatesStore.OwnerKind.AUTHORITY, y, 0, by.id().value(), by.displayName(),
                clock.instant()));
        return year.isPresent();
    }

    /**
     * Gives a school its own dates for a school year: the built-in ones with each term starting
     * {@code laterStartDays} days later (an academy's training days at the start of each term).
     */
    public void schoolDatesStartingLater(OrganisationId school, int startYear, int laterStartDays, Person by) {
        SchoolYearTerms year = BuiltInTermDates.ENGLAND.stream().filter(y -> y.startYear() == startYear).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No built-in dates for " + startYear));
        List<Term> terms = new ArrayList<>();
        for (Term t : year.terms()) {
            LocalDate first = t.firstDay().plusDays(laterStartDays);
            terms.add(new Term(t.name(), first, t.lastDay(), t.halfTermFirst(), t.halfTermLast()));
        }
        SchoolYearTerms own = new SchoolYearTerms(startYear, terms);
        if (!own.problems().isEmpty()) {
            throw new IllegalArgumentException("Those dates do not make a school year: " + own.problems());
        }
        store.save(school.value(), TermDatesStore.OwnerKind.SCHOOL, own, 0, by.id().value(), by.displayName(), clock.instant());
    }
}
