package org.coplan.requests.web;

import java.util.Optional;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseWarning;
import org.coplan.requests.internal.ReferralWork;
import org.coplan.requests.internal.Referrals;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "An adviser has offered to help. Let them join your team?" on the case page, for the family who may answer. */
@Component
@Order(2)
class AdviserWaitingOnCase implements CaseWarning {

    private final ReferralWork work;

    AdviserWaitingOnCase(ReferralWork work) {
        this.work = work;
    }

    @Override
    public Optional<Warning> warningFor(CaseContext ctx) {
        if (!ReferralWork.mayAsk(ctx)) {
            return Optional.empty();
        }
        long waiting = work.onCase(ctx).stream().filter(r -> r.status() == Referrals.Status.ACCEPTED).count();
        return waiting == 0 ? Optional.empty()
                : Optional.of(new Warning("referral.waitingOnCase", waiting, "referral.answerWaiting",
                        "/cases/" + ctx.caseId().value() + "/independent-support"));
    }
}
