package org.coplan.provision.domain;

import java.util.UUID;

/**
 * The countable amount of a provision item: {@code sessions} sessions each {@code per}, of
 * {@code minutes} minutes, in a group of {@code groupSize} (null when not said). The provider is
 * a role on the child's team ({@code providerRole}, a case role name) and/or a named person.
 */
public record Amount(int sessions, Per per, int minutes, Integer groupSize, String providerRole, UUID providerPerson) {

    public Amount {
        if (sessions < 1 || minutes < 1 || per == null) {
            throw new IllegalArgumentException("An amount needs at least one session of at least one minute, and how often");
        }
    }
}
