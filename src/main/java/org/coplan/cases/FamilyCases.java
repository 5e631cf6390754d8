package org.coplan.cases;

import java.time.LocalDate;
import org.coplan.cases.internal.CaseWork;
import org.coplan.cases.internal.Cases;
import org.coplan.people.OrganisationId;
import org.coplan.people.People;
import org.coplan.people.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a family does to the case team themselves: open a case for their child when they ask the
 * local authority for an assessment, and let someone they asked for (a SENDIASS adviser, an
 * advocate) join the team. Each step is audited as theirs.
 */
@Service
@Transactional
public class FamilyCases {

    private final CaseWork work;
    private final Cases cases;
    private final CaseAccess access;
    private final People people;

    FamilyCases(CaseWork work, Cases cases, CaseAccess access, People people) {
        this.work = work;
        this.cases = cases;
        this.access = access;
        this.people = people;
    }

    /**
     * Opens a case at the authority for a child not yet on Coplan, with the parent or young person
     * who asked on its team. The authority's coordinators and SEN manager see it as they see every
     * case in their area. The case has no named contact until a coordinator names one.
     */
    public CaseId openForFamily(PersonId person, CaseRole familyRole, String givenName, String familyName, LocalDate dateOfBirth,
            OrganisationId localAuthority) {
        if (!familyRole.isFamily()) {
            throw new IllegalArgumentException("Only a parent or young person opens a case this way");
        }
        CaseId id = work.createCase(person, familyRole, givenName, familyName, null, dateOfBirth, null, localAuthority, Stage.SEN_SUPPORT);
        // A named contact is someone at the council or school for the family to ask: until a coordinator is named, there is none.
        cases.setNamedContact(id, null);
        return id;
    }

    /**
     * Adds the person to the team in this role because the family agreed, recording who agreed.
     * The family member must be able to act on the case.
     */
    public CaseMember letJoin(CaseContext family, PersonId person, CaseRole role) {
        if (!family.role().isFamily() || !family.mayAct()) {
            throw new IllegalStateException("Only the family lets someone join this way");
        }
        CaseMember added = work.addMember(family.caseId(), person, role, family.viewerId());
        String name = people.find(person).map(p -> p.displayName()).orElse("");
        access.recordChange(family, "Joined the case team with the family's agreement", name + " (" + role.name() + ")");
        return added;
    }

    /**
     * A case at the authority of a child with this name and date of birth whose assessment has
     * been asked for or is under way: a second request for the child belongs with it.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<CaseId> beingAssessed(OrganisationId localAuthority, String givenName, String familyName,
            LocalDate dateOfBirth) {
        return cases.sameChild(localAuthority, givenName.strip(), familyName.strip(), dateOfBirth,
                java.util.List.of(Stage.ASSESSMENT_REQUESTED, Stage.ASSESSMENT)).stream().findFirst();
    }
}
