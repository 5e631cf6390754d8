package org.coplan.cases;

/** The three parts of the one-page profile, "All about me". */
public enum AboutMePart {
    LIKE_AND_ADMIRE("like-and-admire"),
    IMPORTANT_TO_ME("important-to-me"),
    HOW_TO_SUPPORT_ME("how-to-support-me");

    private final String slug;

    AboutMePart(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static AboutMePart fromSlug(String slug) {
        for (AboutMePart part : values()) {
            if (part.slug.equals(slug)) {
                return part;
            }
        }
        return null;
    }
}
