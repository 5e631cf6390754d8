package org.coplan.resolution.domain;

import java.util.EnumSet;
import java.util.Set;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.SectionCode;

/**
 * What the law offers for a disagreement, from what it is about (ehc-process.md 7.4 to 7.6).
 * Everyone can talk it through, get SENDIASS support and use disagreement resolution; only an
 * appealable decision (s.51(2)) opens mediation and the Tribunal.
 */
public enum Route {
    /** A statutory decision, or the needs (B), provision (F) or school (I) in an issued EHC plan. */
    APPEALABLE,
    /** Sections B, F or I before a final plan has been issued: the right of appeal starts when it is. */
    APPEALABLE_ONCE_ISSUED,
    /** Health and social care (C, D, G, H1, H2): the Tribunal can only recommend, in an appeal that also covers B, F or I. */
    RECOMMENDATIONS_ONLY,
    /** Other parts of an EHC plan, or anything else: no appeal, but disagreement resolution and complaints. */
    NOT_APPEALABLE,
    /** A school's SEN support plan: the school's complaints procedure, not the Tribunal. */
    SCHOOL_COMPLAINTS;

    private static final Set<SectionCode> APPEALABLE_SECTIONS = EnumSet.of(SectionCode.B, SectionCode.F, SectionCode.I);
    private static final Set<SectionCode> RECOMMENDATION_SECTIONS =
            EnumSet.of(SectionCode.C, SectionCode.D, SectionCode.G, SectionCode.H1, SectionCode.H2);

    public static boolean appealableSection(SectionCode section) {
        return APPEALABLE_SECTIONS.contains(section);
    }

    static Route of(Subject subject) {
        return switch (subject.kind()) {
            case STATUTORY_DECISION -> APPEALABLE;
            case OTHER -> NOT_APPEALABLE;
            case PLAN_SECTION -> {
                SectionCode s = subject.section();
                if (s.kind() == PlanKind.SEN_SUPPORT) {
                    yield SCHOOL_COMPLAINTS;
                }
                if (APPEALABLE_SECTIONS.contains(s)) {
                    yield subject.decisionId() != null ? APPEALABLE : APPEALABLE_ONCE_ISSUED;
                }
                yield RECOMMENDATION_SECTIONS.contains(s) ? RECOMMENDATIONS_ONLY : NOT_APPEALABLE;
            }
        };
    }

    /** Whether mediation and an appeal to the Tribunal can be offered. */
    public boolean mediationAndTribunal() {
        return this == APPEALABLE;
    }
}
