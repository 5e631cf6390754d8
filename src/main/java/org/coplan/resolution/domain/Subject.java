package org.coplan.resolution.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.coplan.plans.domain.SectionCode;
import org.coplan.process.domain.ProcessEventKind;

/**
 * What a disagreement is about, and the appealable decision whose notice starts the clock for
 * mediation and appeal, if there is one.
 *
 * @param section the plan section, for {@link SubjectKind#PLAN_SECTION}
 * @param decisionId the appealable decision: the subject itself for a statutory decision, or the
 *     latest plan issued when a disagreement about section B, F or I was raised
 * @param aboutText what it is about in the person's words, for {@link SubjectKind#OTHER}
 */
public record Subject(SubjectKind kind, SectionCode section, UUID decisionId, ProcessEventKind decisionKind, String aboutText) {

    public static Subject section(SectionCode section, Decision latestPlanIssued) {
        boolean appealable = Route.appealableSection(section);
        return new Subject(SubjectKind.PLAN_SECTION, section, appealable && latestPlanIssued != null ? latestPlanIssued.id() : null,
                appealable && latestPlanIssued != null ? latestPlanIssued.kind() : null, null);
    }

    public static Subject decision(Decision decision) {
        return new Subject(SubjectKind.STATUTORY_DECISION, null, decision.id(), decision.kind(), null);
    }

    public static Subject other(String about) {
        return new Subject(SubjectKind.OTHER, null, null, null, about);
    }

    /** What the law offers for this subject. */
    public Route route() {
        return Route.of(this);
    }

    /** An appealable decision as the process timeline records it. */
    public record Decision(UUID id, ProcessEventKind kind, LocalDate noticeSent) {}
}
