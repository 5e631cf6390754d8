package org.coplan.requests.domain;

/** Who sent a request for an assessment (s.36(1): a parent, a young person, or the school with the family's consent). */
public enum SentAs {
    PARENT,
    YOUNG_PERSON,
    SCHOOL
}
