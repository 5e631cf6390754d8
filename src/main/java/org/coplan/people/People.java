package org.coplan.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask of the people module. */
public interface People {

    Optional<Person> find(PersonId id);

    Map<PersonId, Person> findAll(Collection<PersonId> ids);

    Optional<Person> findByEmail(String email);

    /** The account for this email, created without a password if there is none yet. */
    Person findOrCreate(String email, String displayName);

    /** Creates an account with a password (used for set-up and demo data). */
    Person createAccount(String email, String displayName, String rawPassword);

    /** Sets a new password; the caller has already checked it with {@link PasswordRule}. */
    void setPassword(PersonId id, String rawPassword);

    List<StaffMembership> staffMemberships(PersonId id);

    void addStaffRole(PersonId person, OrganisationId organisation, StaffRole role);

    /** False if the person did not hold that role there. */
    boolean removeStaffRole(PersonId person, OrganisationId organisation, StaffRole role);

    /** Everyone holding a role in the organisation, by name. */
    List<StaffMember> staffOf(OrganisationId organisation);

    /** The local authority itself and every organisation in its area, authority first, then by name. */
    List<Organisation> organisationsIn(OrganisationId localAuthority);

    Organisation createOrganisation(OrganisationKind kind, String name, OrganisationId localAuthority);

    Optional<Organisation> organisation(OrganisationId id);

    /** The organisations with these ids, in one query (for naming the schools on a page of cases). */
    Map<OrganisationId, Organisation> organisations(Collection<OrganisationId> ids);

    List<Organisation> organisations(OrganisationKind kind);

    boolean anyAccountExists();

    /** The phase of every school in the authority's area that has one recorded, in one query. */
    Map<OrganisationId, SchoolPhase> phasesIn(OrganisationId localAuthority);

    /** Records (or, with null, clears) the phase a school serves. */
    void setPhase(OrganisationId school, SchoolPhase phase);

    /** The ids of everyone holding any role in the organisation (a service's team, for its figures). */
    List<PersonId> staffIdsOf(OrganisationId organisation);
}
