package org.coplan.cases;

import java.util.ArrayList;
import java.util.List;
import org.coplan.people.SchoolPhase;

/**
 * The filters a dashboard or an export narrows its cases by; a null part means "any". A case whose
 * school phase or primary need is not recorded is left out by a filter on it.
 */
public record CaseFilter(SchoolPhase phase, NeedType need, AgeBand ageBand, Stage stage) {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null);
    }

    public boolean isEmpty() {
        return phase == null && need == null && ageBand == null && stage == null;
    }

    /** Whether a case with these facets passes the filter. */
    public boolean accepts(CaseFacets c) {
        return (phase == null || phase == c.phase())
                && (need == null || need == c.need())
                && (ageBand == null || ageBand == c.ageBand())
                && (stage == null || stage == c.stage());
    }

    /**
     * This filter with each of its parts taken off in turn: the wider selections a reader could set
     * beside this one and subtract, so a small group between the two must not be shown.
     */
    public List<CaseFilter> eachWithOneLess() {
        List<CaseFilter> wider = new ArrayList<>();
        if (phase != null) {
            wider.add(new CaseFilter(null, need, ageBand, stage));
        }
        if (need != null) {
            wider.add(new CaseFilter(phase, null, ageBand, stage));
        }
        if (ageBand != null) {
            wider.add(new CaseFilter(phase, need, null, stage));
        }
        if (stage != null) {
            wider.add(new CaseFilter(phase, need, ageBand, null));
        }
        return wider;
    }

    /** The cases among {@code all} this filter accepts. */
    public List<CaseFacets> select(List<CaseFacets> all) {
        return all.stream().filter(this::accepts).toList();
    }
}
