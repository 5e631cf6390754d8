package org.coplan.strategic.domain;

/** How a forum member rates one criterion of a local-offer page: yes, partly or no. */
public enum PageRating {
    YES,
    PARTLY,
    NO
}
