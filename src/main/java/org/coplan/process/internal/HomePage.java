package org.coplan.process.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.people.PersonId;
import org.coplan.process.internal.Dashboards.CaseloadCounts;
import org.coplan.process.internal.Dashboards.CaseloadQuery;
import org.coplan.process.internal.Dashboards.CaseloadRow;
import org.coplan.process.internal.Dashboards.Changes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a staff member's home page reads of their caseload, and the record of when they last
 * looked at it. The work is the same whatever the number of cases (ADR 0027).
 */
@Service
@Transactional(readOnly = true)
public class HomePage {

    /** The caseload's figures and its most urgent cases. */
    public record Glance(CaseloadCounts counts, List<CaseloadRow> urgent) {}

    private final Dashboards dashboards;
    private final HomeVisits visits;

    HomePage(Dashboards dashboards, HomeVisits visits) {
        this.dashboards = dashboards;
        this.visits = visits;
    }

    /** The caseload's figures and its {@code shown} cases with the nearest deadlines. */
    public Glance glance(CaseloadQuery query, int shown) {
        return new Glance(dashboards.counts(query), dashboards.page(query, 0, shown));
    }

    /**
     * Records that the person is looking at their home page now, and answers when they last looked
     * before this visit (empty on their first visit).
     */
    @Transactional
    public Optional<Instant> visit(PersonId person, Instant now) {
        return visits.viewed(person, now);
    }

    /** The caseload's cases where someone other than the person recorded a step since then: the most recent, and how many. */
    public Changes changedSince(CaseloadQuery query, Instant since, UUID notBy, int limit) {
        return dashboards.changedSince(query, since, notBy, limit);
    }
}
