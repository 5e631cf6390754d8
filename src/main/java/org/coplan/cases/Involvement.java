package org.coplan.cases;

/** How involved a parent or young person wants to be (the ladder of participation). */
public enum Involvement {
    KEPT_INFORMED,
    ASKED_FOR_VIEWS,
    INVOLVED_IN_DECISIONS,
    CO_PRODUCING
}
