package org.coplan.plans.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.Involvement;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.PersonId;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.domain.PlanPolicy;
import org.coplan.plans.domain.PlanPolicy.Participant;
import org.coplan.plans.internal.Plans.Plan;
import org.coplan.plans.internal.Plans.Version;
import org.coplan.shared.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens a plan version for a person: the case's access policy first, then the plan policy. */
@Service
@Transactional(readOnly = true)
public class PlanAccess {

    private final CaseAccess cases;
    private final Plans plans;

    PlanAccess(CaseAccess cases, Plans plans) {
        this.cases = cases;
        this.plans = plans;
    }

    public CaseContext openCase(PersonId person, UUID caseId) {
        return cases.open(person, new CaseId(caseId), CaseAction.VIEW_CASE);
    }

    /** The version if the person may take this action on it; otherwise "not found". */
    public PlanContext open(PersonId person, UUID caseId, UUID planId, int number, PlanAction action) {
        CaseContext ctx = openCase(person, caseId);
        Plan plan = plans.find(caseId, planId).orElseThrow(NotFound::new);
        Version version = plans.version(planId, number).orElseThrow(NotFound::new);
        PlanContext context = new PlanContext(ctx, plan, version, PlanPolicy.allowed(participantWithChoices(ctx), plan.kind(),
                version.status(), version.professionalsAsked()));
        if (!context.can(action)) {
            throw new NotFound();
        }
        return context;
    }

    /** The version a reader should see first: the one being written, or else the newest issued one. */
    public Optional<Version> currentVersion(UUID planId) {
        List<Version> versions = plans.versions(planId);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** Records that the person saw a plan page. */
    @Transactional
    public void recordView(CaseContext ctx, String what) {
        cases.recordView(ctx, what);
    }

    @Transactional
    public void recordExport(CaseContext ctx, String what) {
        cases.recordExport(ctx, what);
    }

    public java.time.LocalDate today() {
        return cases.today();
    }

    /** The person as the plan policy sees them, with whether they chose to co-produce (family members only). */
    Participant participantWithChoices(CaseContext ctx) {
        if (!ctx.role().isFamily()) {
            return participant(ctx);
        }
        boolean coProducing = cases.activeMembers(ctx.caseId()).stream()
                .filter(m -> m.personId().equals(ctx.viewerId()) && m.role().isFamily())
                .anyMatch(m -> cases.choicesOf(m.id()).map(c -> c.involvement() == Involvement.CO_PRODUCING).orElse(false));
        return new Participant(ctx.role(), ctx.mayAct(), coProducing);
    }

    public static Participant participant(CaseContext ctx) {
        return new Participant(ctx.role(), ctx.mayAct());
    }
}
