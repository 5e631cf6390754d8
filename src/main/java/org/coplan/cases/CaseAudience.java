package org.coplan.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.people.PersonId;

/**
 * Who may be told about a case now, and of what: each person on the team, as the case access
 * policy sees them today. Every message about a case (emails, meeting invitations and their
 * calendar files, reminders, "you said, we did") picks its recipients from {@link #told()}, so a
 * person who may not open the case is never offered, invited, mailed or reminded about it.
 *
 * @param told the team members who may see the case, in the order they joined
 * @param withheld the team members who may not see it now, and why, so a page can say why they are missing
 */
public record CaseAudience(CaseId caseId, List<Told> told, List<Withheld> withheld) {

    /**
     * A team member who may see the case.
     *
     * @param mayAct false for a parent whose young person chose "view only": told, but cannot reply or add to the record
     * @param takesEmail whether email is among their contact choices (staff always take it; a family member who
     *     has made no choices does)
     */
    public record Told(CaseMember member, boolean mayAct, boolean takesEmail) {
        public UUID memberId() {
            return member.id();
        }

        public PersonId personId() {
            return member.personId();
        }

        public CaseRole role() {
            return member.role();
        }
    }

    /** Why a team member may not be told about the case. */
    public enum Why {
        /** The child is a young person who chose that their parents and carers cannot see the record. */
        YOUNG_PERSON_SAID_PARENTS_CANNOT_SEE,
        /** The access policy gives them nothing on this case. */
        NO_ACCESS
    }

    public record Withheld(CaseMember member, Why why) {}

    public CaseAudience {
        told = List.copyOf(told);
        withheld = List.copyOf(withheld);
    }

    public Optional<Told> member(UUID memberId) {
        return told.stream().filter(t -> t.memberId().equals(memberId)).findFirst();
    }

    /** The person's first place on the team, if they may be told about the case. */
    public Optional<Told> person(PersonId person) {
        return told.stream().filter(t -> t.personId().equals(person)).findFirst();
    }

    public boolean mayBeTold(PersonId person) {
        return person(person).isPresent();
    }

    /** The family members (parents, carers, the child or young person) who may be told. */
    public List<Told> family() {
        return told.stream().filter(t -> t.role().isFamily()).toList();
    }
}
