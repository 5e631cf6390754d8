package org.coplan.resolution.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseChanged;
import org.coplan.cases.CaseContext;
import org.coplan.people.PersonId;
import org.coplan.resolution.DisagreementMoved;
import org.coplan.resolution.DisagreementRaised;
import org.coplan.cases.ChildCase;
import org.coplan.process.ProcessQueries;
import org.coplan.deadlines.StatutoryDeadlines;
import org.coplan.resolution.domain.AppealDates;
import org.coplan.resolution.domain.Disagreement;
import org.coplan.resolution.domain.DisagreementRules;
import org.coplan.resolution.domain.DisagreementRules.Actor;
import org.coplan.resolution.domain.DisagreementStage;
import org.coplan.resolution.domain.Outcome;
import org.coplan.resolution.domain.StageChange;
import org.coplan.resolution.domain.Step;
import org.coplan.resolution.domain.Subject;
import org.coplan.resolution.internal.Disagreements.RecordedStep;
import org.coplan.shared.web.NotFound;
import org.springframework.context.event.EventListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raises disagreements, moves them through their stages and records the dates on the way to an appeal. */
@Service
@Transactional(readOnly = true)
public class DisagreementWork {

    /** The result of a stage change. */
    public enum Move {
        DONE,
        NOT_ALLOWED,
        CHANGED_ELSEWHERE
    }

    private final Disagreements disagreements;
    private final ProcessQueries process;
    private final StatutoryDeadlines rules;
    private final CaseAccess cases;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DisagreementWork(Disagreements disagreements, ProcessQueries process, StatutoryDeadlines rules, CaseAccess cases,
            ApplicationEventPublisher events, Clock clock) {
        this.disagreements = disagreements;
        this.process = process;
        this.rules = rules;
        this.cases = cases;
        this.clock = clock;
        this.events = events;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public StatutoryDeadlines rules() {
        return rules;
    }

    public static Actor actor(CaseContext ctx, Disagreement d) {
        return new Actor(ctx.role(), d.raisedBy(ctx.viewerId().value()), ctx.mayAct());
    }

    /** Every disagreement on the case, newest first: everyone on the case sees them all. */
    public List<Disagreement> onCase(CaseContext ctx) {
        return disagreements.forCase(ctx.caseId().value());
    }

    public Disagreement find(CaseContext ctx, UUID id) {
        return disagreements.find(ctx.caseId().value(), id).orElseThrow(NotFound::new);
    }

    /** The decisions on the timeline the family can appeal against, newest first. */
    public List<Subject.Decision> appealableDecisions(CaseContext ctx) {
        return process.appealableDecisions(ctx).stream().map(a -> new Subject.Decision(a.id(), a.kind(), a.noticeSent())).toList();
    }

    /** The latest plan issued (final or amended): a disagreement about section B, F or I is about it. */
    public Optional<Subject.Decision> latestPlanIssued(CaseContext ctx) {
        return appealableDecisions(ctx).stream()
                .filter(d -> d.kind() == org.coplan.process.domain.ProcessEventKind.FINAL_PLAN_ISSUED
                        || d.kind() == org.coplan.process.domain.ProcessEventKind.AMENDED_PLAN_ISSUED)
                .findFirst();
    }

    /** The date of the decision the disagreement is about, as the timeline has it now (a corrected date flows through). */
    public Optional<Subject.Decision> decisionOf(CaseContext ctx, Disagreement d) {
        UUID id = d.subject().decisionId();
        return id == null ? Optional.empty() : appealableDecisions(ctx).stream().filter(x -> x.id().equals(id)).findFirst();
    }

    @Transactional
    public Disagreement raise(CaseContext ctx, Subject subject, String disagreeWith, String wouldLike) {
        ChildCase child = ctx.child();
        Disagreement d = new Disagreement(UUID.randomUUID(), ctx.caseId().value(), subject, disagreeWith, blankToNull(wouldLike),
                DisagreementStage.TALKING, null, null, ctx.viewerId().value(), ctx.viewerName(), ctx.role(), today(), clock.instant(),
                null, 0);
        disagreements.insert(d, child.localAuthority().value(), child.school() == null ? null : child.school().value());
        cases.recordChange(ctx, "Disagreement raised", subject.kind().name());
        events.publishEvent(new DisagreementRaised(ctx.caseId(), d.id(), ctx.viewerId(), ctx.viewerName()));
        return d;
    }

    /** Moves it to a stage, or closes it with an outcome, if the rules let this person and nobody changed it meanwhile. */
    @Transactional
    public Move move(CaseContext ctx, Disagreement d, int basedOnVersion, DisagreementStage to, Outcome outcome, String note) {
        Actor actor = actor(ctx, d);
        boolean allowed = to == DisagreementStage.CLOSED
                ? outcome != null && DisagreementRules.outcomesOffered(actor, d).contains(outcome)
                : DisagreementRules.stagesOffered(actor, d).contains(to);
        if (!allowed) {
            return Move.NOT_ALLOWED;
        }
        if (!disagreements.move(d, basedOnVersion, to, to == DisagreementStage.CLOSED ? outcome : null, note, today())) {
            return Move.CHANGED_ELSEWHERE;
        }
        disagreements.insertChange(d.id(), new StageChange(d.stage(), to, to == DisagreementStage.CLOSED ? outcome : null, note,
                ctx.viewerName(), ctx.role(), clock.instant()), ctx.viewerId().value());
        cases.recordChange(ctx, "Disagreement moved", d.stage().name() + " to " + to.name() + (outcome == null ? "" : " (" + outcome.name() + ")"));
        Outcome closedWith = to == DisagreementStage.CLOSED ? outcome : null;
        events.publishEvent(new DisagreementMoved(ctx.caseId(), d.id(), new PersonId(d.raisedBy()), ctx.viewerId(), ctx.viewerName(),
                to.name(), closedWith == null ? null : closedWith.name()));
        return Move.DONE;
    }

    public List<StageChange> changes(Disagreement d) {
        return disagreements.changes(d.id());
    }

    public List<RecordedStep> steps(Disagreement d) {
        return disagreements.steps(d.id());
    }

    public List<Step> plainSteps(Disagreement d) {
        return steps(d).stream().map(RecordedStep::step).toList();
    }

    /** Records a dated step; the caller has checked it with {@link AppealDates#check}. */
    @Transactional
    public void recordStep(CaseContext ctx, Disagreement d, Step step) {
        disagreements.insertStep(d.id(), step, ctx.viewerId().value(), ctx.viewerName(), clock.instant());
        cases.recordChange(ctx, "Disagreement date recorded", step.kind().name() + " on " + step.on());
    }

    /** Keeps the dashboards' copy of the case's authority and school in step when a case moves. */
    @EventListener
    @Transactional
    public void onCaseChanged(CaseChanged changed) {
        cases.child(changed.caseId()).ifPresent(c -> disagreements.moveCase(c.id().value(), c.localAuthority().value(),
                c.school() == null ? null : c.school().value()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
