package org.coplan.provision.domain;

/**
 * The plain choice a child or family may add to their own words about an outcome. Optional: the
 * words are what counts, and the choice lets a reader see at a glance how the family feels.
 */
public enum FamilyFeeling {
    GOING_WELL,
    GOING_OK,
    NOT_GOING_WELL,
    DONT_KNOW
}
