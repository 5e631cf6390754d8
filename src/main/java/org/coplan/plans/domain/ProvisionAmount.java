package org.coplan.plans.domain;

import java.util.UUID;

/**
 * How much of a provision item a child gets, in numbers Coplan can count, beside the words the
 * plan keeps: {@code sessions} sessions every {@code per}, {@code minutes} minutes each, in a group
 * of {@code groupCount} children (1 is one to one; null when not said), given by someone in a role
 * on the child's team ({@code providerRole}, a case role's name) and/or a named person on the team
 * ({@code providerPerson}). Either provider may be null.
 */
public record ProvisionAmount(int sessions, Per per, int minutes, Integer groupCount, String providerRole, UUID providerPerson) {

    public static final int MAX_SESSIONS = 100;
    /** A session can last at most a day. */
    public static final int MAX_MINUTES = 1440;
    public static final int MAX_GROUP = 100;

    /** How often the sessions come round. */
    public enum Per {
        WEEK,
        HALF_TERM,
        TERM
    }

    public ProvisionAmount {
        if (sessions < 1 || sessions > MAX_SESSIONS) {
            throw new IllegalArgumentException("sessions " + sessions);
        }
        if (per == null) {
            throw new IllegalArgumentException("per");
        }
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes " + minutes);
        }
        if (groupCount != null && (groupCount < 1 || groupCount > MAX_GROUP)) {
            throw new IllegalArgumentException("group " + groupCount);
        }
    }

    public boolean oneToOne() {
        return groupCount != null && groupCount == 1;
    }
}
