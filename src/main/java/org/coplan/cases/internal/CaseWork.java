package org.coplan.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditLog;
import org.coplan.cases.AboutMePart;
import org.coplan.cases.AboutMeRevision;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseMember;
import org.coplan.cases.CaseRole;
import org.coplan.cases.ChildCase;
import org.coplan.cases.ParentAccessChoice;
import org.coplan.cases.ParticipationChoices;
import org.coplan.cases.Stage;
import org.coplan.cases.internal.Invitations.Invitation;
import org.coplan.notify.Email;
import org.coplan.notify.Emails;
import org.coplan.people.OrganisationId;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.PersonId;
import org.coplan.people.StaffMembership;
import org.coplan.people.StaffRole;
import org.coplan.shared.Tokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything that changes a case. Callers have already opened the case through {@link CaseAccess}. */
@Service
@Transactional
public class CaseWork {

    public enum InviteOutcome {
        SENT,
        ALREADY_MEMBER,
        ALREADY_INVITED
    }

    public sealed interface AboutMeSave {
        record Saved(AboutMeRevision revision) implements AboutMeSave {}

        /** Someone saved this part after the writer opened it: both texts go back to the writer. */
        record Conflict(AboutMeRevision current) implements AboutMeSave {}
    }

    private final Cases cases;
    private final CaseMembers members;
    private final Invitations invitations;
    private final AboutMeRevisions aboutMe;
    private final ParticipationStore participation;
    private final CaseAccess access;
    private final People people;
    private final Emails emails;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;
    private final Duration invitationValidFor;
    private final String baseUrl;
    private final String serviceName;

    CaseWork(
            Cases cases, CaseMembers members, Invitations invitations, AboutMeRevisions aboutMe,
            ParticipationStore participation, CaseAccess access, People people, Emails emails, AuditLog audit,
            MessageSource messages, Clock clock,
            @Value("${coplan.invitation.valid-days}") int invitationValidDays,
            @Value("${coplan.base-url}") String baseUrl,
            @Value("${coplan.service-name}") String serviceName) {
        this.cases = cases;
        this.members = members;
        this.invitations = invitations;
        this.aboutMe = aboutMe;
        this.participation = participation;
        this.access = access;
        this.people = people;
        this.emails = emails;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.invitationValidFor = Duration.ofDays(invitationValidDays);
        this.baseUrl = baseUrl;
        this.serviceName = serviceName;
    }

    /** Whether this person may open a new case for this school or local authority. */
    public boolean mayCreateCase(PersonId person, OrganisationId school, OrganisationId localAuthority) {
        return org.coplan.people.LeadScope.of(people.staffMemberships(person)).leads(school, localAuthority);
    }

    /** Opens a case; the person who opens it joins the team and is the family's named contact. */
    public CaseId createCase(
            PersonId creator, CaseRole creatorRole, String givenName, String familyName, String preferredName,
            LocalDate dateOfBirth, OrganisationId school, OrganisationId localAuthority, Stage stage) {
        Instant now = clock.instant();
        CaseId id = CaseId.random();
        cases.insert(new ChildCase(id, givenName.strip(), familyName.strip(), blankToNull(preferredName), dateOfBirth,
                school, localAuthority, stage, null, ParentAccessChoice.NOT_RECORDED, 0, now, null));
        CaseMember member = members.add(id, creator, creatorRole, creator, now);
        cases.setNamedContact(id, member.id());
        String name = people.find(creator).map(Person::displayName).orElse("");
        audit.record(new AuditEntry(creator.value(), name, creatorRole.name(), id.value(), AuditAction.CHANGED,
                "Case opened", null));
        return id;
    }

    /** Adds a person straight to the team (set-up and demo data); invitations are the normal way in. */
    public CaseMember addMember(CaseId caseId, PersonId person, CaseRole role, PersonId addedBy) {
        return members.add(caseId, person, role, addedBy, clock.instant());
    }

    public void setNamedContact(CaseContext ctx, UUID memberId) {
        CaseMember member = members.activeMember(ctx.caseId(), memberId).orElseThrow(IllegalArgumentException::new);
        cases.setNamedContact(ctx.caseId(), member.id());
        String name = people.find(member.personId()).map(Person::displayName).orElse("");
        access.recordChange(ctx, "Named contact", name);
    }

    public InviteOutcome invite(CaseContext ctx, String email, String name, CaseRole role) {
        Instant now = clock.instant();
        Optional<Person> existing = people.findByEmail(email);
        if (existing.isPresent() && members.activeMembership(ctx.caseId(), existing.get().id()).isPresent()) {
            return InviteOutcome.ALREADY_MEMBER;
        }
        Optional<Invitation> unanswered = invitations.unanswered(ctx.caseId(), email);
        if (unanswered.isPresent()) {
            if (unanswered.get().isOpen(now)) {
                return InviteOutcome.ALREADY_INVITED;
            }
            invitations.withdraw(unanswered.get().id(), now);
        }
        String token = Tokens.newToken();
        invitations.insert(new Invitation(UUID.randomUUID(), ctx.caseId(), email.strip(), name.strip(), role,
                ctx.viewerId(), now, now.plus(invitationValidFor), null, null), Tokens.hash(token));
        Locale locale = LocaleContextHolder.getLocale();
        String roleName = messages.getMessage("role." + role.name(), null, locale);
        emails.send(new Email(
                email.strip(),
                messages.getMessage("email.invite.subject", new Object[] {serviceName}, locale),
                messages.getMessage("email.invite.body", new Object[] {
                        name.strip(), ctx.viewerName(), serviceName, roleName, baseUrl + "/invitations/" + token,
                        invitationValidFor.toDays()}, locale),
                ctx.caseId().value()));
        access.recordChange(ctx, "Invitation sent", email.strip() + " (" + roleName + ")");
        return InviteOutcome.SENT;
    }

    /** An invitation that can still be accepted. */
    @Transactional(readOnly = true)
    public Optional<Invitation> openInvitation(String token) {
        return invitations.byToken(Tokens.hash(token)).filter(i -> i.isOpen(clock.instant()));
    }

    /** A new person accepts: they get an account with this password and join the case. */
    public Optional<PersonId> acceptAsNewPerson(String token, String password) {
        Optional<Invitation> invitation = openInvitation(token);
        if (invitation.isEmpty() || !invitations.markAccepted(invitation.get().id(), clock.instant())) {
            return Optional.empty();
        }
        Person person = people.findOrCreate(invitation.get().email(), invitation.get().name());
        people.setPassword(person.id(), password);
        join(invitation.get(), person);
        return Optional.of(person.id());
    }

    /** A person who already has an account accepts, signed in as the invited email. */
    public boolean acceptAsSignedIn(String token, PersonId signedIn) {
        Optional<Invitation> invitation = openInvitation(token);
        Optional<Person> person = people.find(signedIn);
        if (invitation.isEmpty() || person.isEmpty()
                || !person.get().email().equalsIgnoreCase(invitation.get().email())
                || !invitations.markAccepted(invitation.get().id(), clock.instant())) {
            return false;
        }
        join(invitation.get(), person.get());
        return true;
    }

    private void join(Invitation invitation, Person person) {
        if (members.activeMembership(invitation.caseId(), person.id()).isEmpty()) {
            members.add(invitation.caseId(), person.id(), invitation.role(), invitation.invitedBy(), clock.instant());
        }
        audit.record(new AuditEntry(person.id().value(), person.displayName(), invitation.role().name(),
                invitation.caseId().value(), AuditAction.CHANGED, "Joined the case team", null));
    }

    @Transactional(readOnly = true)
    public java.util.List<Invitation> unansweredInvitations(CaseId caseId) {
        return invitations.unansweredFor(caseId);
    }

    public boolean withdrawInvitation(CaseContext ctx, UUID invitationId) {
        boolean found = invitations.unansweredFor(ctx.caseId()).stream().anyMatch(i -> i.id().equals(invitationId));
        if (found) {
            invitations.withdraw(invitationId, clock.instant());
            access.recordChange(ctx, "Invitation withdrawn", null);
        }
        return found;
    }

    public boolean removeMember(CaseContext ctx, UUID memberId) {
        Optional<CaseMember> member = members.activeMember(ctx.caseId(), memberId);
        if (member.isEmpty() || !members.remove(ctx.caseId(), memberId, ctx.viewerId(), clock.instant())) {
            return false;
        }
        cases.clearNamedContactIf(ctx.caseId(), memberId);
        String name = people.find(member.get().personId()).map(Person::displayName).orElse("");
        access.recordChange(ctx, "Removed from the case team", name);
        return true;
    }

    public AboutMeSave saveAboutMe(CaseContext ctx, AboutMePart part, String body, UUID basedOn) {
        AboutMeRevision revision = new AboutMeRevision(UUID.randomUUID(), ctx.caseId(), part, body.strip(),
                ctx.viewerId().value(), ctx.viewerName(), ctx.role(), clock.instant(), basedOn);
        AboutMeRevision current = aboutMe.latest(ctx.caseId()).get(part);
        boolean basedOnCurrent = current == null ? basedOn == null : current.id().equals(basedOn);
        if (!basedOnCurrent || !aboutMe.insert(revision)) {
            return new AboutMeSave.Conflict(aboutMe.latest(ctx.caseId()).get(part));
        }
        access.recordChange(ctx, "All about me: " + part.slug(), null);
        return new AboutMeSave.Saved(revision);
    }

    /** Saves the signed-in family member's own choices; false if they changed in another window meanwhile. */
    public boolean saveParticipation(CaseContext ctx, ParticipationChoices choices, int basedOnVersion) {
        return saveParticipation(ctx, choices, basedOnVersion, null);
    }

    /**
     * Saves the choices and, when {@code unavailable} is not null, the regular times the member
     * cannot attend, in one transaction. False, and nothing saved, when someone saved in between.
     */
    public boolean saveParticipation(
            CaseContext ctx, ParticipationChoices choices, int basedOnVersion, java.util.Set<org.coplan.cases.UnavailableSlot> unavailable) {
        return saveParticipation(ctx, choices, basedOnVersion, unavailable, null);
    }

    /**
     * Saves the choices, the unavailable times (when not null) and the phone number and address
     * (when not null), in one transaction. False, and nothing saved, when someone saved in between.
     */
    public boolean saveParticipation(
            CaseContext ctx, ParticipationChoices choices, int basedOnVersion, java.util.Set<org.coplan.cases.UnavailableSlot> unavailable,
            org.coplan.cases.ContactDetails contact) {
        boolean saved = participation.save(choices, basedOnVersion, clock.instant());
        if (saved && unavailable != null) {
            participation.saveUnavailable(choices.memberId(), unavailable);
        }
        if (saved && contact != null) {
            participation.saveContact(choices.memberId(), contact);
        }
        if (saved) {
            access.recordChange(ctx, "Participation choices", null);
        }
        return saved;
    }

    /**
     * Saves corrected details if nobody else saved details since {@code basedOnVersion}. The audit
     * record says which details changed, from what to what.
     */
    public boolean updateDetails(
            CaseContext ctx, String givenName, String familyName, String preferredName, LocalDate dateOfBirth,
            OrganisationId school, Stage stage, org.coplan.cases.NeedType primaryNeed, int basedOnVersion) {
        ChildCase before = ctx.child();
        org.coplan.cases.NeedType needBefore = before.primaryNeed();
        ChildCase after = new ChildCase(before.id(), givenName.strip(), familyName.strip(), blankToNull(preferredName),
                dateOfBirth, school, before.localAuthority(), stage, before.namedContactId(), before.parentAccess(),
                before.version(), before.createdAt(), primaryNeed);
        if (!cases.updateDetails(after, primaryNeed, basedOnVersion)) {
            return false;
        }
        java.util.List<String> changes = new java.util.ArrayList<>();
        if (!before.fullName().equals(after.fullName())) {
            changes.add("name: " + before.fullName() + " to " + after.fullName());
        }
        if (!java.util.Objects.equals(before.preferredName(), after.preferredName())) {
            changes.add("likes to be called: " + before.preferredName() + " to " + after.preferredName());
        }
        if (!before.dateOfBirth().equals(after.dateOfBirth())) {
            changes.add("date of birth: " + before.dateOfBirth() + " to " + after.dateOfBirth());
        }
        if (!java.util.Objects.equals(before.school(), after.school())) {
            changes.add("school or setting");
        }
        if (before.stage() != after.stage()) {
            changes.add("stage: " + before.stage() + " to " + after.stage());
        }
        if (needBefore != primaryNeed) {
            changes.add("primary need: " + (needBefore == null ? "not recorded" : needBefore.name()) + " to "
                    + (primaryNeed == null ? "not recorded" : primaryNeed.name()));
        }
        access.recordChange(ctx, "Case details", changes.isEmpty() ? "no change" : String.join("; ", changes));
        return true;
    }

    public void recordParentAccess(CaseContext ctx, ParentAccessChoice choice) {
        cases.setParentAccess(ctx.caseId(), choice);
        access.recordChange(ctx, "Young person's choice about parent access", choice.name());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
