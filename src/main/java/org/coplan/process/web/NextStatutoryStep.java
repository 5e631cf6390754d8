package org.coplan.process.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseMember;
import org.coplan.cases.CaseNextStep;
import org.coplan.cases.CaseRole;
import org.coplan.people.PersonId;
import org.coplan.process.domain.CaseProcess;
import org.coplan.process.domain.Deadline;
import org.coplan.process.domain.DeadlineStatus;
import org.coplan.process.domain.Responsible;
import org.coplan.process.internal.ProcessWork;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The next statutory step on the case for "What happens next": the soonest duty still open, or a
 * window the family can use now (commenting on a draft plan, contacting a mediation adviser). The
 * council's steps name the case's EHC coordinator, the school's its SENCO, as the person to
 * contact; an adviser's advice names the coordinator who asked for it.
 */
@Component
@Order(1)
class NextStatutoryStep implements CaseNextStep {

    private final ProcessWork work;
    private final CaseAccess access;

    NextStatutoryStep(ProcessWork work, CaseAccess access) {
        this.work = work;
        this.access = access;
    }

    @Override
    public Optional<Step> nextFor(CaseContext ctx) {
        CaseProcess process = work.process(ctx.child());
        LocalDate today = work.today();
        Optional<Deadline> next = process.deadlines().stream()
                .filter(d -> d.key().forFamily() ? d.status(today) == DeadlineStatus.OPEN : d.open())
                .min(Comparator.comparing(Deadline::dueOn));
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Deadline d = next.get();
        List<CaseMember> team = access.activeMembers(ctx.caseId());
        Responsible who = d.key().responsible();
        Optional<PersonId> person = switch (who) {
            case LOCAL_AUTHORITY, ADVISER -> first(team, CaseRole.EHC_COORDINATOR);
            case SCHOOL -> first(team, CaseRole.SENCO);
            case FAMILY -> Optional.empty();
        };
        String subject = d.subjectName() == null ? "" : d.subjectName();
        return Optional.of(new Step(d.dueOn(), true, "next.what." + d.key().name(), List.of(subject), person,
                "next.who." + who.name(), who == Responsible.FAMILY, "/cases/" + ctx.caseId().value() + "/timeline",
                "next.seeTimeline"));
    }

    private static Optional<PersonId> first(List<CaseMember> team, CaseRole role) {
        return team.stream().filter(m -> m.role() == role).map(CaseMember::personId).findFirst();
    }
}
