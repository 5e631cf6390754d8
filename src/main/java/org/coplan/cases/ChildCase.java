package org.coplan.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.coplan.deadlines.YoungPersonRule;
import org.coplan.people.OrganisationId;

/** The child or young person at the centre of a case. */
public record ChildCase(
        CaseId id,
        String givenName,
        String familyName,
        String preferredName,
        LocalDate dateOfBirth,
        OrganisationId school,
        OrganisationId localAuthority,
        Stage stage,
        UUID namedContactId,
        ParentAccessChoice parentAccess,
        int version,
        Instant createdAt,
        /** the primary type of need, null while not recorded */
        NeedType primaryNeed) {

    /** The name the child likes to be called, falling back to their given name. */
    public String knownAs() {
        return preferredName == null || preferredName.isBlank() ? givenName : preferredName;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public LocalDate becomesYoungPerson() {
        return YoungPersonRule.becomesYoungPerson(dateOfBirth);
    }

    public boolean isYoungPerson(LocalDate today) {
        return YoungPersonRule.isYoungPerson(dateOfBirth, today);
    }
}
