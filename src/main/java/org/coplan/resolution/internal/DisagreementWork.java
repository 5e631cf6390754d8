package org.coplan.resolution.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseChanged;
import org.coplan.cases.CaseContext;
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
import java.util.Locale;
import org.coplan.notify.Email;
import org.coplan.notify.Emails;
import org.coplan.people.People;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final People people;
    private final Emails emails;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;
    private final String serviceName;

    DisagreementWork(Disagreements disagreements, ProcessQueries process, StatutoryDeadlines rules, CaseAccess cases, People people,
            Emails emails, MessageSource messages, Clock clock, @Value("${coplan.base-url}") String baseUrl,
            @Value("${coplan.service-name}") String serviceName) {
        this.disagreements = disagreements;
        this.process = process;
        this.rules = rules;
        this.cases = cases;
        this.people = people;
        this.emails = emails;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.serviceName = serviceName;
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
        tellWhoRaisedIt(ctx, d, to, to == DisagreementStage.CLOSED ? outcome : null);
        return Move.DONE;
    }

    /**
     * "You said, we did" moved: tells the person who raised the disagreement where it has got to,
     * unless they moved it themselves, are no longer on the team, may not see the case or do not
     * take email. The email names no child.
     */
    private void tellWhoRaisedIt(CaseContext ctx, Disagreement d, DisagreementStage to, Outcome outcome) {
        if (d.raisedBy(ctx.viewerId().value())) {
            return;
        }
        Locale locale = LocaleContextHolder.getLocale();
        String where = outcome != null
                ? messages.getMessage("disagreement.outcome." + outcome.name(), null, locale)
                : messages.getMessage("disagreement.stage." + to.name(), null, locale);
        String link = baseUrl + "/cases/" + ctx.caseId().value() + "/disagreements/" + d.id();
        cases.audience(ctx.caseId()).told().stream()
                .filter(t -> t.personId().value().equals(d.raisedBy()) && t.takesEmail())
                .findFirst()
                .flatMap(t -> people.find(t.personId()))
                .ifPresent(p -> emails.send(new Email(p.email(),
                        messages.getMessage("email.youSaid.subject", new Object[] {serviceName}, locale),
                        messages.getMessage(outcome != null ? "email.youSaid.closedBody" : "email.youSaid.disagreementBody",
                                new Object[] {p.displayName(), ctx.viewerName(), where, link}, locale),
                        ctx.caseId().value())));
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
