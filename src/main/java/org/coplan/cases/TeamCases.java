package org.coplan.cases;

import java.util.List;

/**
 * One page of the cases a person is on the team of, as they may see them, and how many there are in
 * all: read in one query per page, however many cases the person is on.
 *
 * @param cases this page's cases, by the child's family name then given name
 * @param total every case the person may see as a team member
 */
public record TeamCases(List<CaseContext> cases, long total) {

    public TeamCases {
        cases = List.copyOf(cases);
    }
}
