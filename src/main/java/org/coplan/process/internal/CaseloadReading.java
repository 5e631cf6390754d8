package org.coplan.process.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.process.internal.Dashboards.AuthorityFigures;
import org.coplan.process.internal.Dashboards.CaseloadCounts;
import org.coplan.process.internal.Dashboards.CaseloadQuery;
import org.coplan.process.internal.Dashboards.CaseloadRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the caseload and local-authority pages' figures from the process module's read models,
 * one statement each whatever the number of cases (ADR 0027).
 */
@Service
@Transactional(readOnly = true)
public class CaseloadReading {

    private final Dashboards dashboards;

    CaseloadReading(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    /** How many cases in the whole caseload, overdue and due soon, and how many match the filters. */
    public CaseloadCounts counts(CaseloadQuery query) {
        return dashboards.counts(query);
    }

    /** One page of the cases that match, by next deadline. */
    public List<CaseloadRow> page(CaseloadQuery query, int offset, int limit) {
        return dashboards.page(query, offset, limit);
    }

    /** The children's names as the caseload shows them, for the cases other modules' summaries list. */
    public Map<UUID, String> names(Collection<UUID> caseIds) {
        return dashboards.names(caseIds);
    }

    /** The local authority's figures for final plans issued from one day to another, inclusive. */
    public AuthorityFigures authority(UUID localAuthority, LocalDate from, LocalDate to, LocalDate today) {
        return dashboards.authority(localAuthority, from, to, today);
    }
}
