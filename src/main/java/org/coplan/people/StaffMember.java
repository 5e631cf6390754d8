package org.coplan.people;

/** A person holding a role in an organisation. */
public record StaffMember(Person person, StaffRole role) {}
