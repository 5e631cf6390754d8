package org.coplan.people;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The cases a member of staff leads through their organisations, without being on the case's
 * team: a SENCO leads every case at their school, an EHC coordinator or SEN manager every case in
 * their local authority. The one statement of that rule; the case access policy, the caseload,
 * the home page, opening a case and the dashboards all ask it.
 *
 * @param schools the schools where the person is SENCO
 * @param authorities the local authorities where the person is an EHC coordinator or SEN manager
 */
public record LeadScope(Set<OrganisationId> schools, Set<OrganisationId> authorities) {

    public LeadScope {
        schools = Set.copyOf(schools);
        authorities = Set.copyOf(authorities);
    }

    /** A SENCO leads their school's cases. */
    public static boolean leadsSchoolCases(StaffRole role) {
        return role == StaffRole.SENCO;
    }

    /** An EHC coordinator or SEN manager leads their local authority's cases. */
    public static boolean leadsAuthorityCases(StaffRole role) {
        return role == StaffRole.EHC_COORDINATOR || role == StaffRole.SEN_MANAGER;
    }

    /** Whether this membership makes its holder lead cases at all. */
    public static boolean leadsCases(StaffRole role) {
        return leadsSchoolCases(role) || leadsAuthorityCases(role);
    }

    public static LeadScope of(Collection<StaffMembership> memberships) {
        Set<OrganisationId> schools = new LinkedHashSet<>();
        Set<OrganisationId> authorities = new LinkedHashSet<>();
        for (StaffMembership m : memberships) {
            if (leadsSchoolCases(m.role())) {
                schools.add(m.organisationId());
            }
            if (leadsAuthorityCases(m.role())) {
                authorities.add(m.organisationId());
            }
        }
        return new LeadScope(schools, authorities);
    }

    /** Whether the person leads a case at this school (may be null) in this local authority. */
    public boolean leads(OrganisationId school, OrganisationId authority) {
        return (school != null && schools.contains(school)) || authorities.contains(authority);
    }

    public boolean isEmpty() {
        return schools.isEmpty() && authorities.isEmpty();
    }
}
