package org.coplan.strategic.domain;

/**
 * The rung of the ladder of participation an activity stands on, lowest first. Every poll,
 * consultation, board item and local-offer review is tagged with one, shown publicly beside it and
 * counted on the authority's page, so an area can see how much of what it calls co-production is
 * only telling people.
 */
public enum Rung {
    /** People are told what has been decided. */
    INFORMING,
    /** People are asked their views; others decide. */
    CONSULTING,
    /** People take part in the discussion and their views shape the options. */
    ENGAGING,
    /** People design the service or change with the authority, before decisions are made. */
    CO_DESIGNING,
    /** People share the power and the work: they decide and deliver together as equals. */
    CO_PRODUCING
}
