package org.coplan.people;

public record Person(PersonId id, String email, String displayName, boolean hasPassword) {}
