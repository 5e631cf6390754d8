package org.coplan.plans.internal;

import java.time.Clock;
import org.coplan.plans.domain.VersionStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A parent or young person says they have finished commenting on a version sent for comment. */
@Service
@Transactional
public class FinishingComments {

    private final CommentsFinished finished;
    private final org.coplan.cases.CaseAccess cases;
    private final Clock clock;

    FinishingComments(CommentsFinished finished, org.coplan.cases.CaseAccess cases, Clock clock) {
        this.finished = finished;
        this.cases = cases;
        this.clock = clock;
    }

    /** False if the version is not out for comment or the person is not family on the case. */
    public boolean finish(PlanContext p) {
        if (p.version().status() != VersionStatus.PROPOSED || !p.caseContext().role().isFamily()) {
            return false;
        }
        finished.insert(p.version().id(), p.caseContext().viewerId().value(), clock.instant());
        cases.recordChange(p.caseContext(), "Plan version " + p.version().number() + ": finished commenting", null);
        return true;
    }

    @Transactional(readOnly = true)
    public boolean hasFinished(PlanContext p) {
        return finished.of(p.version().id()).contains(p.caseContext().viewerId().value());
    }
}
