package org.coplan.process.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.people.StaffMembership;
import org.coplan.people.StaffRole;

/**
 * Which cases a member of staff's dashboards may show, by the same rule as the case access
 * policy: a SENCO leads every case at their school, an EHC coordinator or SEN manager every case
 * in their local authority, and anyone on a case team sees that case.
 *
 * @param coordinator holds the EHC coordinator role somewhere, so has a caseload of their own
 * @param authorities local authorities where the person is an EHC coordinator or SEN manager
 * @param schools schools where the person is the SENCO
 */
public record DashboardAccess(boolean coordinator, Set<UUID> authorities, Set<UUID> schools) {

    /** Whose cases a caseload page lists. */
    public enum Scope {
        /** Cases where the person is on the team as EHC coordinator. */
        MINE,
        /** Every case in the person's local authorities. */
        AUTHORITY,
        /** Every case at the person's schools. */
        SCHOOL
    }

    public static DashboardAccess of(List<StaffMembership> staff) {
        Set<UUID> authorities = new LinkedHashSet<>();
        Set<UUID> schools = new LinkedHashSet<>();
        boolean coordinator = false;
        for (StaffMembership m : staff) {
            if (org.coplan.people.LeadScope.leadsAuthorityCases(m.role())) {
                authorities.add(m.organisationId().value());
            }
            if (m.role() == StaffRole.EHC_COORDINATOR) {
                coordinator = true;
            }
            if (org.coplan.people.LeadScope.leadsSchoolCases(m.role())) {
                schools.add(m.organisationId().value());
            }
        }
        return new DashboardAccess(coordinator, Set.copyOf(authorities), Set.copyOf(schools));
    }

    /** The caseloads the person can choose between, the usual one first. */
    public List<Scope> scopes() {
        List<Scope> scopes = new java.util.ArrayList<>();
        if (coordinator) {
            scopes.add(Scope.MINE);
        }
        if (!authorities.isEmpty()) {
            scopes.add(Scope.AUTHORITY);
        }
        if (!schools.isEmpty()) {
            scopes.add(Scope.SCHOOL);
        }
        return List.copyOf(scopes);
    }

    public boolean hasCaseload() {
        return !scopes().isEmpty();
    }

    /** The local-authority view and the SEN2 export: SEN managers and EHC coordinators of the authority. */
    public boolean canSeeAuthority(UUID localAuthority) {
        return authorities.contains(localAuthority);
    }

    public boolean hasAuthorityView() {
        return !authorities.isEmpty();
    }
}
