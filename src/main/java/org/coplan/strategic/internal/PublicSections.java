package org.coplan.strategic.internal;

import java.util.UUID;

/**
 * One part's public page for an area, listed on the area's co-production page
 * ({@code /area/{laId}}), which needs no sign-in: closed polls' results, the programme of work,
 * the board's decisions, the local offer, "you said, we did".
 */
public interface PublicSections {

    /** A link on the area's page: its title and a line saying what is there. */
    record Section(int order, String titleKey, String descriptionKey, String path) {}

    Section section(UUID localAuthorityId);
}
