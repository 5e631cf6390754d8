package org.coplan.people.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditEvent;
import org.coplan.audit.AuditLog;
import org.coplan.people.Organisation;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.PersonId;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffMembership;
import org.coplan.people.StaffRole;
import org.coplan.people.internal.SignInThrottle.Hold;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes signing in and out, failed sign-ins, lockouts, password resets and role changes to the
 * audit trail, outside any case. The role recorded is the staff roles the account holds (or
 * {@value #NO_STAFF_ROLE}); for a role change, the administrator's.
 */
@Component
public class AccountEvents {

    static final String NO_STAFF_ROLE = "PERSON";
    static final String UNKNOWN = "Unknown email";

    private final People people;
    private final AuditLog audit;

    AccountEvents(People people, AuditLog audit) {
        this.people = people;
        this.audit = audit;
    }

    @EventListener
    void onSignedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInPerson person) {
            record(person.id(), person.displayName(), roles(person.staffMemberships()), AuditAction.SIGNED_IN, "",
                    from(PasswordSignIn.sourceAddress(event.getAuthentication())));
        }
    }

    @EventListener
    void onSignedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof SignedInPerson person) {
            signedOut(person, null);
        }
    }

    /** @param why set when the person did not sign out themselves */
    void signedOut(SignedInPerson person, String why) {
        record(person.id(), person.displayName(), roles(person.staffMemberships()), AuditAction.SIGNED_OUT, "", why);
    }

    void signInFailed(String email, String address) {
        Optional<Person> person = people.findByEmail(email);
        recordAbout(person, AuditAction.SIGN_IN_FAILED, "wrong email or password", from(address));
    }

    void lockedOut(String email, String address, Hold hold) {
        if (hold.kind() == Hold.Kind.ADDRESS) {
            audit.record(AuditEntry.system(null, AuditAction.LOCKED_OUT, "too many wrong passwords from one address",
                    from(address) + ", for " + hold.minutes() + " minutes"));
        } else {
            recordAbout(people.findByEmail(email), AuditAction.LOCKED_OUT, "too many wrong passwords for this account",
                    from(address) + ", for " + hold.minutes() + " minutes");
        }
    }

    void resetAsked(Person person, boolean sent) {
        recordAbout(Optional.of(person), AuditAction.PASSWORD_RESET,
                sent ? "reset link emailed" : "reset link not sent: too many asked for in an hour", null);
    }

    void passwordChanged(PersonId person) {
        recordAbout(people.find(person), AuditAction.PASSWORD_RESET, "password changed with a reset link", null);
    }

    void roleChanged(SignedInPerson admin, Person person, StaffRole role, Organisation organisation, boolean given) {
        audit.record(new AuditEntry(admin.id().value(), admin.displayName(), StaffRole.ADMINISTRATOR.name(), null,
                AuditAction.ROLE_CHANGED,
                role.name() + (given ? " role given at " : " role removed at ") + organisation.name(),
                person.displayName() + " <" + person.email() + ">"));
    }

    /** The newest account events of these people (what they did, or what was tried on their accounts). */
    public List<AuditEvent> of(Collection<PersonId> people, int limit) {
        return audit.accountEvents(people.stream().map(PersonId::value).distinct().toList(), limit);
    }

    private void recordAbout(Optional<Person> person, AuditAction action, String subject, String detail) {
        if (person.isPresent()) {
            Person p = person.get();
            record(p.id(), p.displayName(), roles(people.staffMemberships(p.id())), action, subject, detail);
        } else {
            audit.record(new AuditEntry(null, UNKNOWN, NO_STAFF_ROLE, null, action, subject, detail));
        }
    }

    private void record(PersonId id, String name, String role, AuditAction action, String subject, String detail) {
        audit.record(new AuditEntry(id.value(), name, role, null, action, subject, detail));
    }

    static String roles(List<StaffMembership> memberships) {
        String roles = memberships.stream().map(m -> m.role().name()).distinct().sorted().collect(Collectors.joining(","));
        return roles.isEmpty() ? NO_STAFF_ROLE : roles;
    }

    private static String from(String address) {
        return "from " + address;
    }

}
