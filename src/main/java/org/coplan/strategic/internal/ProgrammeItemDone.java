package org.coplan.strategic.internal;

import java.util.UUID;

/**
 * An item of the programme of work was finished, with what was done: the last link of "you said,
 * we did". When the item came from a theme, {@code themeId} says which, so the families who marked
 * it can be told.
 */
public record ProgrammeItemDone(UUID itemId, UUID localAuthorityId, UUID themeId, String title, String weDid) {}
