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

    private final org.coplan.cases.internal.MyVoices myVoices;

    CaseSetup(CaseWork work, Cases cases, AboutMeRevisions aboutMe, ParticipationStore participation, People people, Clock clock,
            org.coplan.cases.internal.MyVoices myVoices) {
        this.myVoices = myVoices;
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

    /**
     * A sent "my views", as the helper would give it on the pages: the child's answers, with the
     * helper named (by their account and role on the case) or, with no helper, done on their own.
     */
    public void myViews(CaseId caseId, PersonId startedBy, boolean onOwn, String helperRole,
            java.util.List<MyVoice.Answer> answers) {
        String speaker = cases.find(caseId).map(ChildCase::knownAs).orElseThrow();
        String helper = onOwn ? null : people.find(startedBy).map(p -> p.displayName()).orElse("");
        UUID id = UUID.randomUUID();
        myVoices.startOrUpdate(new MyVoice(id, caseId, startedBy.value(), speaker, onOwn, onOwn ? null : startedBy.value(), helper,
                onOwn ? null : helperRole, clock.instant(), null, java.util.Map.of()));
        MyVoice open = myVoices.open(caseId, startedBy.value()).orElseThrow();
        answers.forEach(a -> myVoices.saveAnswer(open.id(), a, 0, clock.instant()));
        myVoices.send(open.id(), clock.instant());
    }
}
