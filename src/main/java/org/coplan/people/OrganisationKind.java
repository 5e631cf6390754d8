package org.coplan.people;

public enum OrganisationKind {
    LOCAL_AUTHORITY,
    SCHOOL,
    SERVICE,
    FORUM
}
