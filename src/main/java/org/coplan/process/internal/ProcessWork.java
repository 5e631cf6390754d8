package org.coplan.process.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseChanged;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseSetup;
import org.coplan.cases.ChildCase;
import org.coplan.cases.Stage;
import org.coplan.process.domain.CaseProcess;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.Problem;
import org.coplan.deadlines.StatutoryDeadlines;
import org.coplan.process.internal.ProcessEvents.Recorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records statutory steps, corrects their dates, and keeps deadlines and the case's stage in step. */
@Service
@Transactional(readOnly = true)
public class ProcessWork {

    /** The result of a correction: problems, a conflict with someone else's change, or done. */
    public enum Correction {
        DONE,
        PROBLEMS,
        CHANGED_ELSEWHERE,
        NOT_FOUND
    }

    private final ProcessEvents events;
    private final ProcessReadModel readModel;
    private final StatutoryDeadlines rules;
    private final CaseAccess cases;
    private final CaseSetup setup;
    private final Clock clock;

    ProcessWork(ProcessEvents events, ProcessReadModel readModel, StatutoryDeadlines rules, CaseAccess cases,
            CaseSetup setup, Clock clock) {
        this.events = events;
        this.readModel = readModel;
        this.rules = rules;
        this.cases = cases;
        this.setup = setup;
        this.clock = clock;
    }

    public StatutoryDeadlines rules() {
        return rules;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Recorded> recorded(UUID caseId) {
        return events.forCase(caseId);
    }

    public CaseProcess process(ChildCase child) {
        return CaseProcess.replay(rules, child.dateOfBirth(), steps(child.id().value()));
    }

    public List<Problem> check(ChildCase child, ProcessEvent step) {
        return CaseProcess.check(rules, child.dateOfBirth(), steps(child.id().value()), step, today());
    }

    /** Records the step if it fits the case; otherwise returns what is wrong and records nothing. */
    @Transactional
    public List<Problem> record(CaseContext ctx, ProcessEvent step) {
        ChildCase child = ctx.child();
        List<Problem> problems = check(child, step);
        if (!problems.isEmpty()) {
            return problems;
        }
        events.insert(child.id().value(), step, ctx.viewerId().value(), ctx.viewerName(), clock.instant());
        refresh(child);
        cases.recordChange(ctx, "Statutory step recorded", step.kind().name() + " on " + step.occurredOn());
        return List.of();
    }

    /**
     * Changes the date of a recorded step. Every later deadline is recomputed from it, and the
     * old and new dates go in the audit log with the reason.
     */
    @Transactional
    public Correction correct(CaseContext ctx, UUID eventId, LocalDate day, int basedOnVersion, String reason,
            List<Problem> problems) {
        UUID caseId = ctx.caseId().value();
        Recorded current = events.find(caseId, eventId).orElse(null);
        if (current == null) {
            return Correction.NOT_FOUND;
        }
        if (current.version() != basedOnVersion) {
            return Correction.CHANGED_ELSEWHERE;
        }
        problems.addAll(CaseProcess.checkCorrection(rules, ctx.child().dateOfBirth(), steps(caseId),
                current.event().on(day), today()));
        if (!problems.isEmpty()) {
            return Correction.PROBLEMS;
        }
        if (!events.correctDate(caseId, eventId, day, basedOnVersion)) {
            return Correction.CHANGED_ELSEWHERE;
        }
        refresh(ctx.child());
        cases.recordChange(ctx, "Statutory step date corrected", current.event().kind().name() + ": "
                + current.event().occurredOn() + " changed to " + day + ". Reason: " + reason);
        return Correction.DONE;
    }

    /** Rewrites the case's deadlines and summary, and moves the case to the stage its steps show. */
    @Transactional
    public void refresh(ChildCase child) {
        CaseProcess process = process(child);
        readModel.refresh(child, process);
        stageOf(process, child.stage()).ifPresent(stage -> setup.moveToStage(child.id(), stage));
    }

    /** Keeps the dashboards' copy of the child's name, school and stage in step with the case. */
    @EventListener
    @Transactional
    public void onCaseChanged(CaseChanged changed) {
        cases.child(changed.caseId()).ifPresent(child -> readModel.refresh(child, process(child)));
    }

    static Optional<Stage> stageOf(CaseProcess p, Stage current) {
        if (!p.started()) {
            return Optional.empty();
        }
        if (p.ceased()) {
            return Optional.of(Stage.CEASED);
        }
        if (p.draftSent()) {
            return Optional.of(Stage.DRAFT_PLAN);
        }
        if (p.decidedToAssess()) {
            return Optional.of(Stage.ASSESSMENT);
        }
        if (p.assessmentOpen()) {
            return Optional.of(p.hasPlan() ? Stage.EHC_PLAN : Stage.ASSESSMENT_REQUESTED);
        }
        if (p.hasPlan()) {
            return Optional.of(Stage.EHC_PLAN);
        }
        return Optional.of(current == Stage.EHC_PLAN || current == Stage.CEASED ? current : Stage.SEN_SUPPORT);
    }

    private List<ProcessEvent> steps(UUID caseId) {
        return events.forCase(caseId).stream().map(Recorded::event).toList();
    }
}
