package org.coplan.plans.internal;

import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the copies of a case's authority and school on its plans' thread scores in step when the case moves. */
@Component
class ThreadScoresFollowCases {

    private final CaseAccess cases;
    private final ThreadScoring scoring;

    ThreadScoresFollowCases(CaseAccess cases, ThreadScoring scoring) {
        this.cases = cases;
        this.scoring = scoring;
    }

    @EventListener
    void onCaseChanged(CaseChanged changed) {
        cases.child(changed.caseId()).ifPresent(scoring::moveCase);
    }
}
