package org.coplan.plans.internal;

import java.time.Clock;
import java.util.List;
import org.coplan.cases.CaseAccess;
import org.coplan.people.PersonId;
import org.coplan.plans.ContributionAnswered;
import org.coplan.plans.domain.Answering;
import org.coplan.plans.domain.ResponseOutcome;
import org.coplan.plans.internal.Contributions.Contribution;
import org.coplan.plans.internal.Contributions.Response;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan writer answers a contribution, once. The rules are {@link Answering}; the author is
 * told through {@link ContributionAnswered}, after the answer is saved.
 */
@Service
@Transactional
public class AnsweringContribution {

    /** Answered, or refused with every reason. */
    public sealed interface Result {
        record Answered(ContributionAnswered event) implements Result {}

        record Refused(List<Answering.Refusal> reasons) implements Result {}
    }

    private final Contributions contributions;
    private final CaseAccess cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final ThreadScoring thread;

    AnsweringContribution(Contributions contributions, CaseAccess cases, ApplicationEventPublisher events, Clock clock, ThreadScoring thread) {
        this.thread = thread;
        this.contributions = contributions;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    public Result answer(PlanContext p, Contribution c, ResponseOutcome outcome, String explanation) {
        List<Answering.Refusal> reasons = Answering.refusals(c.answered(), outcome, explanation);
        if (!reasons.isEmpty()) {
            return new Result.Refused(reasons);
        }
        Response response = new Response(outcome, explanation == null || explanation.isBlank() ? null : explanation.strip(),
                p.caseContext().viewerId().value(), p.caseContext().viewerName(), p.caseContext().role(), clock.instant());
        if (!contributions.respond(c.id(), response)) {
            return new Result.Refused(List.of(Answering.Refusal.ALREADY_ANSWERED));
        }
        cases.recordChange(p.caseContext(), p.change("answer to a contribution to section " + c.section().name()), outcome.name());
        ContributionAnswered answered = new ContributionAnswered(p.caseContext().caseId(), p.plan().id(), p.version().number(),
                p.plan().kind(), c.section().slug(), c.id(), new PersonId(c.authorId()), p.caseContext().viewerId(),
                p.caseContext().viewerName(), outcome);
        events.publishEvent(answered);
        if (c.section().isAboutTheChild()) {
            // the child's words left out of the section no longer count as their words in it
            thread.recompute(p);
        }
        return new Result.Answered(answered);
    }
}
