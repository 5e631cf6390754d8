package org.coplan.process.domain;

/** Who asked for the assessment (s.36(1)), or the LA becoming responsible for the child (s.24). */
public enum RequestSource {
    PARENT,
    YOUNG_PERSON,
    SCHOOL,
    LOCAL_AUTHORITY
}
