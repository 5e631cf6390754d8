package org.coplan.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditLog;
import org.coplan.cases.domain.CaseAccessPolicy;
import org.coplan.cases.domain.CaseAccessPolicy.CaseFacts;
import org.coplan.cases.domain.CaseAccessPolicy.Viewer;
import org.coplan.cases.domain.CaseAction;
import org.coplan.cases.internal.CaseMembers;
import org.coplan.cases.internal.Cases;
import org.coplan.cases.internal.ParticipationStore;
import org.coplan.people.People;
import org.coplan.people.PersonId;
import org.coplan.people.StaffMembership;
import org.coplan.people.StaffRole;
import org.coplan.shared.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The single door to a case: every case-scoped page and every other module asks here, and
 * {@link CaseAccessPolicy} answers. A person who may not see a case is told it does not exist.
 */
@Service
@Transactional(readOnly = true)
public class CaseAccess {

    private final Cases cases;
    private final CaseMembers members;
    private final ParticipationStore participation;
    private final People people;
    private final AuditLog audit;
    private final Clock clock;

    CaseAccess(Cases cases, CaseMembers members, ParticipationStore participation, People people, AuditLog audit,
            Clock clock) {
        this.cases = cases;
        this.members = members;
        this.participation = participation;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case if the person may take this action on it; otherwise "not found". */
    public CaseContext open(PersonId person, CaseId caseId, CaseAction action) {
        return find(person, caseId).filter(c -> c.can(action)).orElseThrow(NotFound::new);
    }

    public Optional<CaseContext> find(PersonId person, CaseId caseId) {
        Optional<ChildCase> child = cases.find(caseId);
        if (child.isEmpty()) {
            return Optional.empty();
        }
        var viewer = new Viewer(person, people.staffMemberships(person));
        return CaseAccessPolicy.decide(viewer, facts(child.get()), today())
                .map(access -> new CaseContext(child.get(), access, person, displayName(person)));
    }

    /** Every case the person may see, in name order. */
    public List<CaseContext> visibleTo(PersonId person) {
        List<StaffMembership> staff = people.staffMemberships(person);
        List<UUID> schools = staff.stream().filter(m -> m.role() == StaffRole.SENCO).map(m -> m.organisationId().value()).toList();
        List<UUID> authorities = staff.stream()
                .filter(m -> m.role() == StaffRole.EHC_COORDINATOR || m.role() == StaffRole.SEN_MANAGER)
                .map(m -> m.organisationId().value())
                .toList();
        var viewer = new Viewer(person, staff);
        String name = displayName(person);
        return cases.candidatesFor(person, schools, authorities).stream()
                .flatMap(c -> CaseAccessPolicy.decide(viewer, facts(c), today())
                        .map(access -> new CaseContext(c, access, person, name))
                        .stream())
                .toList();
    }

    /**
     * The case itself, without asking who wants it: only for work no person is waiting on
     * (scheduled reminders, read models). Pages always go through {@link #open}.
     */
    public Optional<ChildCase> child(CaseId caseId) {
        return cases.find(caseId);
    }

    /**
     * The cases the person is on the team of, now, in this role: a coordinator's own caseload.
     * Being on the team gives access by itself, so every case listed is one the person may see.
     */
    public List<CaseId> casesWithMember(PersonId person, CaseRole role) {
        return members.casesWith(person, role);
    }

    /** The people on the case team now, in the order they joined. */
    public List<CaseMember> activeMembers(CaseId caseId) {
        return members.active(caseId);
    }

    /**
     * A family member's participation choices (how to contact them, their language), for messages
     * sent without a page open, such as reminders. Empty when they have made none; staff never have any.
     */
    public Optional<ParticipationChoices> choicesOf(UUID memberId) {
        return participation.find(memberId);
    }

    /**
     * The regular times a family member has said they cannot attend meetings (weekday and part of
     * the day), for checking a meeting's proposed times. Empty when they have said none.
     */
    public java.util.Set<UnavailableSlot> unavailableSlotsOf(UUID memberId) {
        return participation.unavailable(memberId);
    }

    /**
     * Whether a message about the case may go to this team member by email: they may see the case
     * now, and, for the family, email is among their contact choices (or they have made none).
     */
    public boolean takesEmailAbout(CaseMember member) {
        if (find(member.personId(), member.caseId()).isEmpty()) {
            return false;
        }
        return !member.role().isFamily()
                || participation.find(member.id()).map(c -> c.channels().contains(ContactChannel.EMAIL)).orElse(true);
    }

    /** Records that the person saw a page of the case. */
    @Transactional
    public void recordView(CaseContext context, String what) {
        audit.record(entry(context, AuditAction.VIEWED, what, null));
    }

    /** Records that the person exported or downloaded something from the case. */
    @Transactional
    public void recordExport(CaseContext context, String what) {
        audit.record(entry(context, AuditAction.EXPORTED, what, null));
    }

    @Transactional
    public void recordChange(CaseContext context, String what, String detail) {
        audit.record(entry(context, AuditAction.CHANGED, what, detail));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static AuditEntry entry(CaseContext c, AuditAction action, String what, String detail) {
        return new AuditEntry(c.viewerId().value(), c.viewerName(), c.role().name(), c.caseId().value(), action, what, detail);
    }

    private CaseFacts facts(ChildCase c) {
        Map<PersonId, CaseRole> active = members.active(c.id()).stream()
                .collect(Collectors.toMap(CaseMember::personId, CaseMember::role, (a, b) -> a));
        return new CaseFacts(c.school(), c.localAuthority(), c.dateOfBirth(), c.parentAccess(), active);
    }

    private String displayName(PersonId person) {
        return people.find(person).map(p -> p.displayName()).orElse("");
    }
}
