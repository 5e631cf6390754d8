package org.coplan.people;

/** A local authority, a school or setting, a service or a parent carer forum. */
public record Organisation(OrganisationId id, OrganisationKind kind, String name, OrganisationId localAuthorityId) {}
