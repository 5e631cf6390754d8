package org.coplan.process.domain;

/** Who has to act by a deadline. */
public enum Responsible {
    LOCAL_AUTHORITY,
    SCHOOL,
    ADVISER,
    FAMILY
}
