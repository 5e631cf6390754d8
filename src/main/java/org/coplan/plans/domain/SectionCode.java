package org.coplan.plans.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The separately labelled parts of each kind of plan. An EHC plan has exactly the sections of
 * regulation 12 of the SEND Regulations 2014, in the usual order (ehc-process.md section 5).
 */
public enum SectionCode {
    A(PlanKind.EHC, "a", Structure.TEXT),
    B(PlanKind.EHC, "b", Structure.NEEDS),
    C(PlanKind.EHC, "c", Structure.TEXT),
    D(PlanKind.EHC, "d", Structure.TEXT),
    E(PlanKind.EHC, "e", Structure.OUTCOMES),
    F(PlanKind.EHC, "f", Structure.PROVISION),
    G(PlanKind.EHC, "g", Structure.PROVISION),
    H1(PlanKind.EHC, "h1", Structure.PROVISION),
    H2(PlanKind.EHC, "h2", Structure.PROVISION),
    I(PlanKind.EHC, "i", Structure.TEXT),
    J(PlanKind.EHC, "j", Structure.TEXT),
    K(PlanKind.EHC, "k", Structure.TEXT),
    ABOUT_ME(PlanKind.SEN_SUPPORT, "about-me", Structure.TEXT),
    NEEDS(PlanKind.SEN_SUPPORT, "needs", Structure.NEEDS),
    OUTCOMES(PlanKind.SEN_SUPPORT, "outcomes", Structure.OUTCOMES),
    SUPPORT(PlanKind.SEN_SUPPORT, "support", Structure.PROVISION),
    REVIEW(PlanKind.SEN_SUPPORT, "review", Structure.TEXT);

    /** What a section holds besides its text. */
    public enum Structure {
        TEXT,
        NEEDS,
        OUTCOMES,
        PROVISION
    }

    private final PlanKind kind;
    private final String slug;
    private final Structure structure;

    SectionCode(PlanKind kind, String slug, Structure structure) {
        this.kind = kind;
        this.slug = slug;
        this.structure = structure;
    }

    public PlanKind kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }

    public Structure structure() {
        return structure;
    }

    /**
     * The section about the child and their family's views, interests and aspirations: section A of
     * an EHC plan, "All about me" of an SEN support plan. It starts from "All about me" and names
     * co-producing family members as co-authors.
     */
    public boolean isAboutTheChild() {
        return this == A || this == ABOUT_ME;
    }

    public static SectionCode aboutTheChild(PlanKind kind) {
        return kind == PlanKind.EHC ? A : ABOUT_ME;
    }

    public static List<SectionCode> of(PlanKind kind) {
        return Arrays.stream(values()).filter(s -> s.kind == kind).toList();
    }

    public static SectionCode fromSlug(PlanKind kind, String slug) {
        return Arrays.stream(values()).filter(s -> s.kind == kind && s.slug.equalsIgnoreCase(slug)).findFirst().orElse(null);
    }
}
