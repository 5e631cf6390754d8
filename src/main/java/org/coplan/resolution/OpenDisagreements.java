package org.coplan.resolution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.coplan.people.OrganisationId;
import org.coplan.process.Caseload;
import org.coplan.resolution.domain.AgeBand;
import org.coplan.resolution.domain.Disagreement;
import org.coplan.resolution.internal.Disagreements;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Open disagreements by age, for the coordinators' and SENCOs' dashboards. No names, only counts and the oldest date. */
@Service
@Transactional(readOnly = true)
public class OpenDisagreements {

    /** Counts of open disagreements by age band, and the day the oldest was raised (null when none is open). */
    public record Ages(int underTwoWeeks, int twoToSixWeeks, int overSixWeeks, LocalDate oldestRaisedOn) {
        public int total() {
            return underTwoWeeks + twoToSixWeeks + overSixWeeks;
        }
    }

    private final Disagreements disagreements;
    private final Clock clock;

    OpenDisagreements(Disagreements disagreements, Clock clock) {
        this.disagreements = disagreements;
        this.clock = clock;
    }

    /** Open disagreements on the cases of a local authority. */
    public Ages forAuthority(OrganisationId authority) {
        return ages(disagreements.openForAuthority(authority.value()), LocalDate.now(clock));
    }

    /** Open disagreements on the cases of a school. */
    public Ages forSchool(OrganisationId school) {
        return ages(disagreements.openForSchool(school.value()), LocalDate.now(clock));
    }

    /** Open disagreements on the cases of a caseload, which the person leads. */
    public Ages forCaseload(Caseload caseload) {
        return agesRaisedOn(disagreements.openRaisedOn(caseload.scope(), caseload.ids()), caseload.today());
    }

    static Ages ages(List<Disagreement> open, LocalDate today) {
        return agesRaisedOn(open.stream().map(Disagreement::raisedOn).toList(), today);
    }

    static Ages agesRaisedOn(List<LocalDate> raisedOn, LocalDate today) {
        int[] counts = new int[AgeBand.values().length];
        LocalDate oldest = null;
        for (LocalDate raised : raisedOn) {
            counts[AgeBand.of(raised, today).ordinal()]++;
            oldest = oldest == null || raised.isBefore(oldest) ? raised : oldest;
        }
        return new Ages(counts[0], counts[1], counts[2], oldest);
    }
}
