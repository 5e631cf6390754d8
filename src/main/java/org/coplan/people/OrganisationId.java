package org.coplan.people;

import java.util.UUID;

public record OrganisationId(UUID value) implements java.io.Serializable {
    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
