package org.coplan.process.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;
import org.coplan.people.OrganisationId;
import org.coplan.people.StaffMembership;
import org.coplan.people.StaffRole;
import org.coplan.process.domain.DashboardAccess.Scope;
import org.junit.jupiter.api.Test;

class DashboardRulesTest {

    @Test
    void shareIsRoundedToTheNearestWholePercentHalvesUp() {
        assertThat(new Share(3, 4).percent()).isEqualTo(75);
        assertThat(new Share(2, 3).percent()).isEqualTo(67);
        assertThat(new Share(1, 3).percent()).isEqualTo(33);
        assertThat(new Share(1, 8).percent()).isEqualTo(13);
        assertThat(new Share(0, 0).percent()).isZero();
        assertThat(new Share(0, 0).empty()).isTrue();
        assertThatThrownBy(() -> new Share(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void suggestedCensusDateIsTheThirdThursdayOfJanuaryUnlessADayIsSet() {
        assertThat(CensusDate.suggested(2026, null)).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(CensusDate.suggested(2027, null)).isEqualTo(LocalDate.of(2027, 1, 21));
        assertThat(CensusDate.suggested(2025, null)).isEqualTo(LocalDate.of(2025, 1, 16));
        assertThat(CensusDate.suggested(2027, MonthDay.of(1, 14))).isEqualTo(LocalDate.of(2027, 1, 14));
    }

    @Test
    void dashboardsFollowTheCaseAccessRule() {
        UUID la = UUID.randomUUID();
        UUID school = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        DashboardAccess coordinator = DashboardAccess.of(List.of(m(la, StaffRole.EHC_COORDINATOR)));
        DashboardAccess manager = DashboardAccess.of(List.of(m(la, StaffRole.SEN_MANAGER)));
        DashboardAccess senco = DashboardAccess.of(List.of(m(school, StaffRole.SENCO)));
        DashboardAccess professional = DashboardAccess.of(List.of(m(service, StaffRole.PROFESSIONAL), m(la, StaffRole.ADMINISTRATOR)));

        assertThat(coordinator.scopes()).containsExactly(Scope.MINE, Scope.AUTHORITY);
        assertThat(coordinator.canSeeAuthority(la)).isTrue();
        assertThat(manager.scopes()).containsExactly(Scope.AUTHORITY);
        assertThat(senco.scopes()).containsExactly(Scope.SCHOOL);
        assertThat(senco.hasAuthorityView()).isFalse();
        assertThat(senco.canSeeAuthority(school)).isFalse();
        assertThat(professional.hasCaseload()).isFalse();
        assertThat(professional.hasAuthorityView()).isFalse();
    }

    private static StaffMembership m(UUID organisation, StaffRole role) {
        return new StaffMembership(new OrganisationId(organisation), role);
    }
}
