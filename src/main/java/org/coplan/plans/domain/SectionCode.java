package org.coplan.plans.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The separately labelled parts of each kind of plan. An EHC plan has exactly the sections of
 * regulation 12 of the SEND Regulations 2014, in the usual order (ehc-process.md section 5).
 */
public enum SectionCode {
    A(PlanKind.EHC, "A", Structure.TEXT),
    B(PlanKind.EHC, "B", Structure.NEEDS),
    C(PlanKind.EHC, "C", Structure.TEXT),
    D(PlanKind.EHC, "D", Structure.TEXT),
    E(PlanKind.EHC, "E", Structure.OUTCOMES),
    F(PlanKind.EHC, "F", Structure.PROVISION),
    G(PlanKind.EHC, "G", Structure.PROVISION),
    H1(PlanKind.EHC, "H1", Structure.PROVISION),
    H2(PlanKind.EHC, "H2", Structure.PROVISION),
    I(PlanKind.EHC, "I", Structure.TEXT),
    J(PlanKind.EHC, "J", Structure.TEXT),
    K(PlanKind.EHC, "K", Structure.TEXT),
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

    public static List<SectionCode> of(PlanKind kind) {
        return Arrays.stream(values()).filter(s -> s.kind == kind).toList();
    }

    public static SectionCode fromSlug(PlanKind kind, String slug) {
        return Arrays.stream(values()).filter(s -> s.kind == kind && s.slug.equalsIgnoreCase(slug)).findFirst().orElse(null);
    }
}
