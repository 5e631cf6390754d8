package org.coplan.resolution.domain;

/**
 * What kind of thing a disagreement is about. A decision made at a meeting will be a further
 * kind, referring to the meetings module's decision by its id.
 */
public enum SubjectKind {
    PLAN_SECTION,
    STATUTORY_DECISION,
    OTHER
}
