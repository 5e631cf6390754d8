package org.coplan.people.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditLog;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationId;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.PersonId;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffMembership;
import org.coplan.people.StaffRole;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A local authority's administrator keeps its list of schools, services and forum, and who works
 * in each. An administrator sees and changes only their own authority's area.
 */
@Service
@Transactional
public class Administration {

    public enum StaffOutcome {
        ADDED_NEW_ACCOUNT,
        ADDED_EXISTING_ACCOUNT,
        ALREADY_HOLDS_ROLE
    }

    private final People people;
    private final PasswordResets links;
    private final AuditLog audit;
    private final MessageSource messages;
    private final AccountEvents events;
    private final PersonSessions sessions;

    Administration(
            People people, PasswordResets links, AuditLog audit, MessageSource messages, AccountEvents events,
            PersonSessions sessions) {
        this.people = people;
        this.links = links;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.sessions = sessions;
    }

    /** The roles that make sense in each kind of organisation. */
    public static Set<StaffRole> rolesFor(OrganisationKind kind) {
        return switch (kind) {
            case LOCAL_AUTHORITY -> EnumSet.of(StaffRole.EHC_COORDINATOR, StaffRole.SEN_MANAGER, StaffRole.ADMINISTRATOR);
            case SCHOOL -> EnumSet.of(StaffRole.SENCO);
            case SERVICE -> EnumSet.of(StaffRole.PROFESSIONAL);
            case FORUM -> EnumSet.of(StaffRole.FORUM_MEMBER, StaffRole.FORUM_OFFICER);
        };
    }

    /** The local authorities this person administers. */
    @Transactional(readOnly = true)
    public List<Organisation> authoritiesOf(PersonId admin) {
        return people.staffMemberships(admin).stream()
                .filter(m -> m.role() == StaffRole.ADMINISTRATOR)
                .map(StaffMembership::organisationId)
                .distinct()
                .flatMap(id -> people.organisation(id).stream())
                .filter(o -> o.kind() == OrganisationKind.LOCAL_AUTHORITY)
                .toList();
    }

    /** The organisation, if this person administers the authority it belongs to. */
    @Transactional(readOnly = true)
    public Optional<Organisation> administered(PersonId admin, OrganisationId id) {
        List<OrganisationId> authorities = authoritiesOf(admin).stream().map(Organisation::id).toList();
        return people.organisation(id).filter(o -> authorities.contains(o.id()) || authorities.contains(o.localAuthorityId()));
    }

    public Organisation addOrganisation(SignedInPerson admin, Organisation authority, OrganisationKind kind, String name) {
        Organisation created = people.createOrganisation(kind, name.strip(), authority.id());
        record(admin, "Organisation added", created.name());
        return created;
    }

    public StaffOutcome addStaff(SignedInPerson admin, Organisation organisation, String name, String email, StaffRole role) {
        Optional<Person> existing = people.findByEmail(email);
        if (existing.isPresent() && people.staffMemberships(existing.get().id()).contains(new StaffMembership(organisation.id(), role))) {
            return StaffOutcome.ALREADY_HOLDS_ROLE;
        }
        Person person = existing.orElseGet(() -> people.findOrCreate(email, name));
        people.addStaffRole(person.id(), organisation.id(), role);
        events.roleChanged(admin, person, role, organisation, true);
        if (!person.hasPassword()) {
            Locale locale = LocaleContextHolder.getLocale();
            links.sendAccountSetUp(person, admin.displayName(), messages.getMessage("staffRole." + role.name(), null, locale),
                    organisation.name());
            return StaffOutcome.ADDED_NEW_ACCOUNT;
        }
        return StaffOutcome.ADDED_EXISTING_ACCOUNT;
    }

    /**
     * Takes a role away. Administrators cannot remove their own administrator role, so an area is
     * never left without one by accident. The person is signed out everywhere (except in the
     * session making the change), because a session keeps the roles it signed in with.
     */
    public boolean removeStaff(
            SignedInPerson admin, Organisation organisation, PersonId person, StaffRole role, String currentSession) {
        if (person.equals(admin.id()) && role == StaffRole.ADMINISTRATOR) {
            return false;
        }
        boolean removed = people.removeStaffRole(person, organisation.id(), role);
        if (removed) {
            people.find(person).ifPresent(who -> {
                events.roleChanged(admin, who, role, organisation, false);
                sessions.endAll(who.email(), currentSession);
            });
        }
        return removed;
    }

    /** The phase a school serves, as figures are filtered by it; empty when not recorded. */
    @Transactional(readOnly = true)
    public Optional<org.coplan.people.SchoolPhase> phaseOf(Organisation school) {
        OrganisationId la = school.localAuthorityId() == null ? school.id() : school.localAuthorityId();
        return Optional.ofNullable(people.phasesIn(la).get(school.id()));
    }

    /** Records (or, with null, clears) a school's phase; only a school has one. */
    @Transactional
    public void setPhase(SignedInPerson admin, Organisation school, org.coplan.people.SchoolPhase phase) {
        if (school.kind() != OrganisationKind.SCHOOL) {
            throw new IllegalArgumentException("Only a school has a phase");
        }
        org.coplan.people.SchoolPhase before = phaseOf(school).orElse(null);
        people.setPhase(school.id(), phase);
        record(admin, "School phase", school.name() + ": " + (before == null ? "not recorded" : before.name()) + " to "
                + (phase == null ? "not recorded" : phase.name()));
    }

    private void record(SignedInPerson admin, String subject, String detail) {
        audit.record(new AuditEntry(admin.id().value(), admin.displayName(), StaffRole.ADMINISTRATOR.name(), null,
                AuditAction.CHANGED, subject, detail));
    }
}
