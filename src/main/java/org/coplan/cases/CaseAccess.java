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
import org.coplan.people.OrganisationId;
import org.coplan.people.People;
import org.coplan.people.PersonId;
import org.coplan.shared.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate apart;

    CaseAccess(Cases cases, CaseMembers members, ParticipationStore participation, People people, AuditLog audit,
            Clock clock, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.members = members;
        this.participation = participation;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The case if the person may take this action on it; otherwise "not found". A refusal of a case
     * that exists is recorded in its audit trail (in a transaction of its own, so the "not found"
     * that follows does not undo it); an address that is no case records nothing.
     */
    public CaseContext open(PersonId person, CaseId caseId, CaseAction action) {
        ChildCase child = cases.find(caseId).orElseThrow(NotFound::new);
        Optional<CaseContext> found = decide(person, child);
        if (found.isPresent() && found.get().can(action)) {
            return found.get();
        }
        String role = found.map(CaseContext::recordedRole).orElse(NO_ACCESS);
        String name = found.map(CaseContext::viewerName).orElseGet(() -> displayName(person));
        apart.executeWithoutResult(status -> audit.record(new AuditEntry(person.value(), name, role, caseId.value(),
                AuditAction.REFUSED, refused(action), null)));
        throw new NotFound();
    }

    /** What the person may do on the case, if anything, without recording anything: for checks, not for pages. */
    public Optional<CaseContext> find(PersonId person, CaseId caseId) {
        return cases.find(caseId).flatMap(child -> decide(person, child));
    }

    /** The role recorded for a person refused a case they have no access to at all. */
    static final String NO_ACCESS = "NO_ACCESS";

    private Optional<CaseContext> decide(PersonId person, ChildCase child) {
        var viewer = new Viewer(person, people.staffMemberships(person));
        return CaseAccessPolicy.decide(viewer, facts(child), today())
                .map(access -> new CaseContext(child, access, person, displayName(person)));
    }

    /** What a refused person asked for, in the words of "who has seen this record". */
    private static String refused(CaseAction action) {
        return switch (action) {
            case VIEW_CASE -> "the case";
            case EDIT_ABOUT_ME -> "changing All about me";
            case EDIT_OWN_PARTICIPATION -> "their own participation choices";
            case VIEW_TEAM_PARTICIPATION -> "the team's participation choices";
            case MANAGE_TEAM -> "managing the team";
            case EDIT_CASE_DETAILS -> "changing the case details";
            case RECORD_PARENT_ACCESS -> "the choice about parents' access";
            case VIEW_AUDIT -> "who has seen this record";
            case ADD_TO_RECORD -> "adding to the record";
        };
    }

    /**
     * Who may be told about the case now, and of what. The one answer for every message about a case:
     * each team member is asked of {@link CaseAccessPolicy}, the same rule the pages use.
     */
    public CaseAudience audience(CaseId caseId) {
        Optional<ChildCase> child = cases.find(caseId);
        if (child.isEmpty()) {
            return new CaseAudience(caseId, List.of(), List.of());
        }
        List<CaseMember> team = members.active(caseId);
        CaseFacts facts = facts(child.get(), team);
        LocalDate today = today();
        boolean parentsShutOut = org.coplan.deadlines.YoungPersonRule.isYoungPerson(child.get().dateOfBirth(), today)
                && child.get().parentAccess() == ParentAccessChoice.NONE;
        List<CaseAudience.Told> told = new java.util.ArrayList<>();
        List<CaseAudience.Withheld> withheld = new java.util.ArrayList<>();
        for (CaseMember m : team) {
            Optional<CaseAccessPolicy.Access> access = CaseAccessPolicy.decide(
                    new Viewer(m.personId(), people.staffMemberships(m.personId())), facts, today)
                    .filter(a -> a.allows(CaseAction.VIEW_CASE));
            if (access.isPresent()) {
                told.add(new CaseAudience.Told(m, access.get().allows(CaseAction.ADD_TO_RECORD), email(m)));
            } else {
                withheld.add(new CaseAudience.Withheld(m, parentsShutOut && m.role() == CaseRole.PARENT_CARER
                        ? CaseAudience.Why.YOUNG_PERSON_SAID_PARENTS_CANNOT_SEE : CaseAudience.Why.NO_ACCESS));
            }
        }
        return new CaseAudience(caseId, told, withheld);
    }

    /**
     * Whether a message about the case may go to this person by email now: a team member the
     * {@link #audience} tells by email, or a lead who sees the case through their school or authority
     * without being on the team. Nobody the access policy shuts out.
     */
    public boolean emailable(PersonId person, CaseId caseId) {
        CaseAudience audience = audience(caseId);
        Optional<CaseAudience.Told> told = audience.person(person);
        if (told.isPresent()) {
            return told.get().takesEmail();
        }
        boolean onTeam = audience.withheld().stream().anyMatch(w -> w.member().personId().equals(person));
        return !onTeam && find(person, caseId).isPresent();
    }

    private boolean email(CaseMember member) {
        return !member.role().isFamily()
                || participation.find(member.id()).map(c -> c.channels().contains(ContactChannel.EMAIL)).orElse(true);
    }

    /**
     * A page of the cases the person is on the team of, as the access policy lets them see each one,
     * and how many there are in all: two queries whatever the number of cases. Cases a person leads
     * through their school or authority without being on the team are on their caseload instead.
     */
    public TeamCases onTeamOf(PersonId person, int offset, int limit) {
        LocalDate today = today();
        LocalDate youngPersonBornBy = org.coplan.deadlines.YoungPersonRule.latestBirthDateOfAYoungPerson(today);
        long total = cases.countOnTeamOf(person, youngPersonBornBy);
        if (total == 0) {
            return new TeamCases(List.of(), 0);
        }
        var viewer = new Viewer(person, people.staffMemberships(person));
        String name = displayName(person);
        List<CaseContext> page = cases.onTeamOf(person, youngPersonBornBy, offset, limit).stream()
                .flatMap(m -> CaseAccessPolicy.decide(viewer, teamFacts(m.child(), person, m.role()), today)
                        .map(access -> new CaseContext(m.child(), access, person, name))
                        .stream())
                .toList();
        return new TeamCases(page, total);
    }

    /** The ids of every case at a stage, for work done over all of them (such as a once-a-term survey offer). */
    public List<CaseId> casesAtStage(Stage stage) {
        return cases.atStage(stage);
    }

    /**
     * The ids of every case at the school, for figures over the whole school. Only for a person who
     * leads the school's cases (its SENCO), which the caller has checked.
     */
    public List<CaseId> casesAtSchool(OrganisationId school) {
        return cases.atSchool(school);
    }

    /**
     * The names of every child at the school and of the family members on their case teams, in two
     * queries whatever the number of cases: for checking that a published text names nobody. Only for
     * the school's SENCO, which the caller has checked.
     */
    public java.util.Set<String> namesAtSchool(OrganisationId school) {
        return namesOf(cases.childrenAtSchool(school));
    }

    /**
     * The names of every child in the authority's area and of the family members on their case teams,
     * in two queries whatever the number of cases: for checking that a published text names nobody.
     * Only for the authority's SEN manager, which the caller has checked.
     */
    public java.util.Set<String> namesInAuthority(OrganisationId localAuthority) {
        return namesOf(cases.childrenInAuthority(localAuthority));
    }

    private java.util.Set<String> namesOf(List<Cases.ChildAtSchool> children) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        List<PersonId> family = new java.util.ArrayList<>();
        for (Cases.ChildAtSchool c : children) {
            names.add(c.givenName());
            names.add(c.familyName());
            names.add(c.preferredName());
            family.addAll(c.family());
        }
        people.findAll(family).values().stream().map(p -> p.displayName()).forEach(names::add);
        names.remove(null);
        return names;
    }

    /**
     * For each of these cases, the child's names and the names of everyone who is or was on its team
     * (family and staff), in two queries whatever the number of cases: for taking names out of a
     * family's words before staff read them. The caller has checked the reader may see figures over
     * these cases.
     */
    public Map<CaseId, java.util.Set<String>> namesOnCases(java.util.Collection<CaseId> caseIds) {
        List<Cases.NamesOnCase> found = cases.namesOn(caseIds);
        Map<PersonId, org.coplan.people.Person> persons =
                people.findAll(found.stream().flatMap(c -> c.people().stream()).distinct().toList());
        Map<CaseId, java.util.Set<String>> names = new java.util.HashMap<>();
        for (Cases.NamesOnCase c : found) {
            java.util.Set<String> these = new java.util.LinkedHashSet<>();
            these.add(c.givenName());
            these.add(c.familyName());
            these.add(c.preferredName());
            c.people().stream().map(persons::get).filter(java.util.Objects::nonNull).map(p -> p.displayName()).forEach(these::add);
            these.remove(null);
            names.put(c.caseId(), these);
        }
        return names;
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

    /** Records that the person saw a page of the case: written with the request's other views before the page is sent. */
    public void recordView(CaseContext context, String what) {
        audit.recordView(entry(context, AuditAction.VIEWED, what, null));
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
        return new AuditEntry(c.viewerId().value(), c.viewerName(), c.recordedRole(), c.caseId().value(), action, what, detail);
    }

    private CaseFacts facts(ChildCase c) {
        return facts(c, members.active(c.id()));
    }

    /** The facts the policy needs to decide for one team member: their own role is the only membership it reads for them. */
    private static CaseFacts teamFacts(ChildCase c, PersonId member, CaseRole role) {
        return new CaseFacts(c.school(), c.localAuthority(), c.dateOfBirth(), c.parentAccess(), Map.of(member, role));
    }

    private static CaseFacts facts(ChildCase c, List<CaseMember> team) {
        Map<PersonId, CaseRole> active = team.stream()
                .collect(Collectors.toMap(CaseMember::personId, CaseMember::role, (a, b) -> a));
        return new CaseFacts(c.school(), c.localAuthority(), c.dateOfBirth(), c.parentAccess(), active);
    }

    private String displayName(PersonId person) {
        return people.find(person).map(p -> p.displayName()).orElse("");
    }
}
