package org.coplan.plans.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseMember;
import org.coplan.plans.PlanStep;
import org.coplan.plans.PlanVersionIssued;
import org.coplan.plans.StatutoryPlanSteps;
import org.coplan.plans.StepRefusal;
import org.coplan.plans.domain.PlanIssuing;
import org.coplan.plans.domain.PlanIssuing.Refusal;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.internal.Contributions.Contribution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a plan version as final. The plan's own rules ({@link PlanIssuing}) and the case's
 * statutory process ({@link StatutoryPlanSteps}) are asked together, and every reason against
 * is returned; when there is none, the version, the timeline step (and with it the case's
 * stage, deadlines and the family's notice of appeal and mediation rights) change in one
 * transaction.
 */
@Service
@Transactional
public class IssuingPlan {

    /** What happened: issued, or refused with every reason and where to put each right. */
    public sealed interface Result {
        record Issued(PlanVersionIssued event) implements Result {}

        record Refused(List<StepRefusal> reasons) implements Result {}
    }

    private final Plans plans;
    private final Contributions contributions;
    private final SectionRevisions revisions;
    private final PlanItems items;
    private final CommentsFinished finished;
    private final CaseAccess cases;
    private final List<StatutoryPlanSteps> statutory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlanIssuing.Settings settings;
    private final ThreadScoring thread;

    IssuingPlan(
            Plans plans, Contributions contributions, SectionRevisions revisions, PlanItems items, CommentsFinished finished,
            CaseAccess cases, List<StatutoryPlanSteps> statutory, ApplicationEventPublisher events, Clock clock,
            @Value("${coplan.plans.issue-when-family-finished:false}") boolean issueWhenFamilyFinished, ThreadScoring thread) {
        this.thread = thread;
        this.plans = plans;
        this.contributions = contributions;
        this.revisions = revisions;
        this.items = items;
        this.finished = finished;
        this.cases = cases;
        this.statutory = statutory;
        this.events = events;
        this.clock = clock;
        this.settings = new PlanIssuing.Settings(issueWhenFamilyFinished);
    }

    public boolean familyMayFinishEarly() {
        return settings.issueWhenFamilyFinished();
    }

    /** Every reason the version cannot be issued today; empty when it can. */
    @Transactional(readOnly = true)
    public List<StepRefusal> refusals(PlanContext p) {
        LocalDate today = LocalDate.now(clock);
        return refusals(p, today, step(p, today, facts(p)));
    }

    /** Issues the version today, or says every reason it cannot be. */
    public Result issue(PlanContext p) {
        return issue(p, LocalDate.now(clock));
    }

    /**
     * Issues the version as on {@code on}: today from the pages; an earlier day when a plan's
     * history is entered (demo data), with the rules applied as they stood that day.
     */
    public Result issue(PlanContext p, LocalDate on) {
        Issuing step = step(p, on, facts(p));
        List<StepRefusal> reasons = refusals(p, on, step);
        if (!reasons.isEmpty()) {
            return new Result.Refused(reasons);
        }
        if (!plans.issue(p.version(), p.caseContext().viewerId().value(), StepTime.at(clock, on))) {
            return new Result.Refused(List.of(new StepRefusal("issue.refusal.changedElsewhere", List.of(), null, null)));
        }
        statutory.forEach(s -> s.record(step.step()));
        // this version is now the plan in force, for the authority's count of plans in force with no gaps
        thread.markVersions(p.plan().id());
        cases.recordChange(p.caseContext(), p.change("issued as final"), null);
        PlanVersionIssued issued = new PlanVersionIssued(p.caseContext().caseId(), p.caseContext().viewerId(), p.plan().kind(),
                p.version().number(), p.version().isAmendment(), on);
        events.publishEvent(issued);
        return new Result.Issued(issued);
    }

    private List<StepRefusal> refusals(PlanContext p, LocalDate on, Issuing step) {
        List<Refusal> own = PlanIssuing.refusals(step.facts(), settings, on);
        List<StepRefusal> reasons = new ArrayList<>(own.stream().map(r -> explain(p, r)).toList());
        // An unsent draft is put right by sending it, and the send page lists what the timeline needs first.
        boolean sendFirst = own.stream().anyMatch(r -> r instanceof Refusal.AlreadyIssued || r instanceof Refusal.NotSentForComment);
        if (!sendFirst) {
            // The plan's own comment window says the same as the timeline's, in the plan's words.
            boolean windowSaid = own.stream().anyMatch(r -> r instanceof Refusal.CommentWindowOpen);
            statutory.forEach(s -> s.check(step.step()).stream()
                    .filter(r -> !(windowSaid && r.messageKey().equals("process.problem.commentWindowOpen")))
                    .forEach(reasons::add));
        }
        return reasons;
    }

    /** The version's facts and the statutory step its issuing would be, read once. */
    private record Issuing(PlanIssuing.Facts facts, PlanStep step) {}

    private Issuing step(PlanContext p, LocalDate on, PlanIssuing.Facts facts) {
        boolean early = settings.issueWhenFamilyFinished() && facts.familyFinished();
        return new Issuing(facts, new PlanStep(p.caseContext().caseId(), p.caseContext().viewerId(), p.plan().kind(),
                PlanStep.Kind.ISSUED, p.version().isAmendment(), on, early));
    }

    private PlanIssuing.Facts facts(PlanContext p) {
        List<Contribution> unanswered = contributions.unanswered(p.version().id());
        Map<SectionCode, SectionRevisions.Revision> texts = revisions.latest(p.version().id());
        Set<SectionCode> withItems = items.current(p.version().id()).stream().map(PlanItems.Item::section).collect(Collectors.toSet());
        List<SectionCode> unwritten = SectionCode.of(p.plan().kind()).stream()
                .filter(s -> !withItems.contains(s) && (texts.get(s) == null || texts.get(s).body().isBlank()))
                .toList();
        return new PlanIssuing.Facts(p.plan().kind(), p.version().status(), p.version().isAmendment(), p.version().commentWindowEnds(),
                unanswered.size(), familyFinished(p), unwritten);
    }

    /** Every parent and young person on the case said they have finished commenting on this version. */
    private boolean familyFinished(PlanContext p) {
        Set<UUID> done = finished.of(p.version().id());
        List<UUID> family = cases.activeMembers(p.caseContext().caseId()).stream()
                .filter(m -> m.role().isFamily())
                .map(CaseMember::personId)
                .map(id -> id.value())
                .toList();
        return !family.isEmpty() && done.containsAll(family);
    }

    private static StepRefusal explain(PlanContext p, Refusal r) {
        String base = "/cases/" + p.caseContext().caseId() + "/plans/" + p.plan().id() + "/versions/" + p.version().number();
        return switch (r) {
            case Refusal.AlreadyIssued a -> new StepRefusal("issue.refusal.alreadyIssued", List.of(), null, null);
            case Refusal.NotSentForComment n -> new StepRefusal(
                    n.amendment() ? "issue.refusal.amendmentNotSent" : "issue.refusal.notSent", List.of(), base + "/propose",
                    "issue.fix.send");
            case Refusal.CommentWindowOpen w -> new StepRefusal("issue.refusal.windowOpen", List.of(w.lastDay(), w.issueFrom()), null,
                    null);
            case Refusal.ContributionsUnanswered u -> new StepRefusal("issue.refusal.unanswered", List.of(u.count()),
                    base + "/issue#outstanding", "issue.fix.answer");
            case Refusal.SectionsNotWritten s -> new StepRefusal("issue.refusal.notWritten",
                    List.of(s.sections().size(), s.sections().stream().map(SectionCode::name).collect(Collectors.joining(", "))),
                    base + "/sections/" + s.sections().get(0).slug(), "issue.fix.write");
        };
    }
}
