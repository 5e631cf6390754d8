package org.coplan.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.coplan.cases.internal.AboutMeRevisions;
import org.coplan.cases.internal.CaseWork;
import org.coplan.cases.internal.Cases;
import org.coplan.cases.internal.ParticipationStore;
import org.coplan.people.OrganisationId;
import org.coplan.people.People;
import org.coplan.people.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds cases directly, for demo data and for setting up tests; people use the pages. */
@Service
@Transactional
public class CaseSetup {

    private final CaseWork work;
    private final Cases cases;
    private final AboutMeRevisions aboutMe;
    private final ParticipationStore participation;
    private final People people;
    private final Clock clock;

    CaseSetup(CaseWork work, Cases cases, AboutMeRevisions aboutMe, ParticipationStore participation, People people, Clock clock) {
        this.work = work;
        this.cases = cases;
        this.aboutMe = aboutMe;
        this.participation = participation;
        this.people = people;
        this.clock = clock;
    }

    public CaseId openCase(
            PersonId lead, CaseRole leadRole, String givenName, String familyName, String preferredName, LocalDate dob,
            OrganisationId school, OrganisationId localAuthority, Stage stage) {
        return work.createCase(lead, leadRole, givenName, familyName, preferredName, dob, school, localAuthority, stage);
    }

    public CaseMember addMember(CaseId caseId, PersonId person, CaseRole role) {
        return work.addMember(caseId, person, role, null);
    }

    public void namedContact(CaseId caseId, CaseMember member) {
        cases.setNamedContact(caseId, member.id());
    }

    /** The statutory process moves the case along as its steps are recorded. */
    public void moveToStage(CaseId caseId, Stage stage) {
        cases.setStage(caseId, stage);
    }

    public void parentAccess(CaseId caseId, ParentAccessChoice choice) {
        cases.setParentAccess(caseId, choice);
    }

    public void writeAboutMe(CaseId caseId, AboutMePart part, String body, PersonId author, CaseRole role) {
        AboutMeRevision current = aboutMe.latest(caseId).get(part);
        String name = people.find(author).map(p -> p.displayName()).orElse("");
        aboutMe.insert(new AboutMeRevision(UUID.randomUUID(), caseId, part, body, author.value(), name, role,
                clock.instant(), current == null ? null : current.id()));
    }

    public void participation(ParticipationChoices choices) {
        var existing = participation.find(choices.memberId());
        participation.save(choices, existing.map(ParticipationChoices::version).orElse(-1), Instant.now(clock));
    }

    /** The member's phone number and address, beside their participation choices (saved first). */
    public void contact(CaseMember member, ContactDetails details) {
        participation.saveContact(member.id(), details);
    }
}
