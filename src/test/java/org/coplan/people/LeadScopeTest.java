package org.coplan.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadScopeTest {

    private final OrganisationId school = new OrganisationId(UUID.randomUUID());
    private final OrganisationId otherSchool = new OrganisationId(UUID.randomUUID());
    private final OrganisationId authority = new OrganisationId(UUID.randomUUID());
    private final OrganisationId otherAuthority = new OrganisationId(UUID.randomUUID());

    @Test
    void aSencoLeadsTheirSchoolsCasesOnly() {
        LeadScope senco = LeadScope.of(List.of(new StaffMembership(school, StaffRole.SENCO)));
        assertThat(senco.leads(school, authority)).isTrue();
        assertThat(senco.leads(otherSchool, authority)).isFalse();
        assertThat(senco.leads(null, authority)).isFalse();
    }

    @Test
    void aCoordinatorOrSenManagerLeadsEveryCaseInTheirAuthority() {
        for (StaffRole role : List.of(StaffRole.EHC_COORDINATOR, StaffRole.SEN_MANAGER)) {
            LeadScope lead = LeadScope.of(List.of(new StaffMembership(authority, role)));
            assertThat(lead.leads(otherSchool, authority)).isTrue();
            assertThat(lead.leads(null, authority)).isTrue();
            assertThat(lead.leads(school, otherAuthority)).isFalse();
        }
    }

    @Test
    void professionalsForumMembersAndAdministratorsLeadNothing() {
        for (StaffRole role : List.of(StaffRole.PROFESSIONAL, StaffRole.FORUM_MEMBER, StaffRole.ADMINISTRATOR)) {
            LeadScope scope = LeadScope.of(List.of(new StaffMembership(authority, role), new StaffMembership(school, role)));
            assertThat(scope.isEmpty()).isTrue();
            assertThat(LeadScope.leadsCases(role)).isFalse();
            assertThat(scope.leads(school, authority)).isFalse();
        }
    }
}
