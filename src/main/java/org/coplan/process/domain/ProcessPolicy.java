package org.coplan.process.domain;

import java.util.EnumSet;
import java.util.Set;
import org.coplan.cases.CaseRole;

/**
 * Who may record which statutory step. The local authority's EHC coordinator records every
 * step; the school's SENCO records the steps of a review meeting the school arranges
 * (regulation 20(1)). Everyone who can see the case can read its timeline.
 */
public final class ProcessPolicy {

    private static final Set<ProcessEventKind> SCHOOL_REVIEW_STEPS = EnumSet.of(
            ProcessEventKind.REVIEW_MEETING_ARRANGED, ProcessEventKind.REVIEW_ADVICE_CIRCULATED,
            ProcessEventKind.REVIEW_MEETING_HELD, ProcessEventKind.REVIEW_REPORT_SENT);

    private ProcessPolicy() {}

    public static boolean mayRecord(CaseRole role, ProcessEventKind kind) {
        return switch (role) {
            case EHC_COORDINATOR -> true;
            case SENCO -> SCHOOL_REVIEW_STEPS.contains(kind);
            default -> false;
        };
    }

    public static boolean mayRecordAnything(CaseRole role) {
        return role == CaseRole.EHC_COORDINATOR || role == CaseRole.SENCO;
    }
}
