package org.coplan.cases;

/** A person's role on one case. The same person may hold different roles on different cases. */
public enum CaseRole {
    PARENT_CARER(Kind.FAMILY),
    CHILD_YOUNG_PERSON(Kind.FAMILY),
    SENCO(Kind.LEAD),
    EHC_COORDINATOR(Kind.LEAD),
    EDUCATIONAL_PSYCHOLOGIST(Kind.PROFESSIONAL),
    HEALTH_PROFESSIONAL(Kind.PROFESSIONAL),
    SOCIAL_CARE(Kind.PROFESSIONAL),
    SENDIASS_ADVISER(Kind.PROFESSIONAL),
    OTHER_PROFESSIONAL(Kind.PROFESSIONAL);

    public enum Kind {
        FAMILY,
        LEAD,
        PROFESSIONAL
    }

    private final Kind kind;

    CaseRole(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isFamily() {
        return kind == Kind.FAMILY;
    }

    public boolean isLead() {
        return kind == Kind.LEAD;
    }

    /** The names of the family's roles, as they are stored, for queries that pick out what the family said. */
    public static java.util.List<String> familyNames() {
        return java.util.Arrays.stream(values()).filter(CaseRole::isFamily).map(Enum::name).toList();
    }
}
