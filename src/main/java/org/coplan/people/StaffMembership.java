package org.coplan.people;

public record StaffMembership(OrganisationId organisationId, StaffRole role) implements java.io.Serializable {}
