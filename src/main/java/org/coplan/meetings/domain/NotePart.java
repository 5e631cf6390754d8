package org.coplan.meetings.domain;

/**
 * The written parts of a structured conversation's record after Explore (whose views are kept one
 * by one, each in the speaker's words): Focus, Plan and Review, and each family member's own account.
 */
public enum NotePart {
    FOCUS("focus"),
    PLAN("plan"),
    REVIEW("review"),
    FAMILY_ACCOUNT("account");

    private final String slug;

    NotePart(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public boolean official() {
        return this != FAMILY_ACCOUNT;
    }

    /** The official part for a slug in a page address, or null. */
    public static NotePart officialFromSlug(String slug) {
        for (NotePart p : values()) {
            if (p.official() && p.slug.equals(slug)) {
                return p;
            }
        }
        return null;
    }
}
