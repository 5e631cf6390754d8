package org.coplan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coplan.cases.CaseRole;
import org.coplan.cases.ParentAccessChoice;
import org.coplan.cases.domain.CaseAccessPolicy.Access;
import org.coplan.cases.domain.CaseAccessPolicy.CaseFacts;
import org.coplan.cases.domain.CaseAccessPolicy.Viewer;
import org.coplan.people.OrganisationId;
import org.coplan.people.PersonId;
import org.coplan.people.StaffMembership;
import org.coplan.people.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseAccessPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate TEN_YEAR_OLD = LocalDate.of(2016, 5, 1);
    static final LocalDate SEVENTEEN_YEAR_OLD = LocalDate.of(2009, 5, 1);

    final OrganisationId school = OrganisationId.random();
    final OrganisationId otherSchool = OrganisationId.random();
    final OrganisationId la = OrganisationId.random();
    final OrganisationId otherLa = OrganisationId.random();
    final PersonId parent = PersonId.random();
    final PersonId youngPerson = PersonId.random();
    final PersonId psychologist = PersonId.random();

    CaseFacts facts(LocalDate born, ParentAccessChoice choice) {
        return new CaseFacts(school, la, born, choice, Map.of(
                parent, CaseRole.PARENT_CARER,
                youngPerson, CaseRole.CHILD_YOUNG_PERSON,
                psychologist, CaseRole.EDUCATIONAL_PSYCHOLOGIST));
    }

    Optional<Access> decide(PersonId who, List<StaffMembership> staff, CaseFacts facts) {
        return CaseAccessPolicy.decide(new Viewer(who, staff), facts, TODAY);
    }

    @Test
    void parentOfAChildCanSeeEditAllAboutMeAndTheirOwnChoicesButNotManageTheTeam() {
        Access access = decide(parent, List.of(), facts(TEN_YEAR_OLD, ParentAccessChoice.NOT_RECORDED)).orElseThrow();
        assertThat(access.role()).isEqualTo(CaseRole.PARENT_CARER);
        assertThat(access.actions()).containsExactlyInAnyOrder(
                CaseAction.VIEW_CASE, CaseAction.EDIT_ABOUT_ME, CaseAction.EDIT_OWN_PARTICIPATION, CaseAction.VIEW_AUDIT,
                CaseAction.ADD_TO_RECORD);
    }

    @Test
    void parentOfAChildKeepsFullAccessWhateverChoiceIsStoredBecauseTheChildIsNotYetAYoungPerson() {
        assertThat(decide(parent, List.of(), facts(TEN_YEAR_OLD, ParentAccessChoice.NONE)).orElseThrow().allows(CaseAction.EDIT_ABOUT_ME)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ParentAccessChoice.class, names = {"NOT_RECORDED", "FULL"})
    void parentOfAYoungPersonKeepsFullAccessUntilTheYoungPersonSaysOtherwise(ParentAccessChoice choice) {
        Access access = decide(parent, List.of(), facts(SEVENTEEN_YEAR_OLD, choice)).orElseThrow();
        assertThat(access.allows(CaseAction.EDIT_ABOUT_ME)).isTrue();
    }

    @Test
    void parentOfAYoungPersonWhoChoseViewOnlyCanSeeButNotChangeTheRecord() {
        Access access = decide(parent, List.of(), facts(SEVENTEEN_YEAR_OLD, ParentAccessChoice.VIEW_ONLY)).orElseThrow();
        assertThat(access.actions()).containsExactlyInAnyOrder(
                CaseAction.VIEW_CASE, CaseAction.EDIT_OWN_PARTICIPATION, CaseAction.VIEW_AUDIT);
        assertThat(access.allows(CaseAction.ADD_TO_RECORD)).as("see, not change").isFalse();
    }

    @Test
    void parentOfAYoungPersonWhoChoseNoAccessCannotSeeTheCaseAtAll() {
        assertThat(decide(parent, List.of(), facts(SEVENTEEN_YEAR_OLD, ParentAccessChoice.NONE))).isEmpty();
    }

    @Test
    void onlyAYoungPersonNotAChildRecordsTheChoiceAboutParentAccess() {
        assertThat(decide(youngPerson, List.of(), facts(SEVENTEEN_YEAR_OLD, ParentAccessChoice.NOT_RECORDED)).orElseThrow()
                .allows(CaseAction.RECORD_PARENT_ACCESS)).isTrue();
        assertThat(decide(youngPerson, List.of(), facts(TEN_YEAR_OLD, ParentAccessChoice.NOT_RECORDED)).orElseThrow()
                .allows(CaseAction.RECORD_PARENT_ACCESS)).isFalse();
    }

    @Test
    void sencoLeadsCasesAtTheirOwnSchoolOnly() {
        PersonId senco = PersonId.random();
        var atSchool = List.of(new StaffMembership(school, StaffRole.SENCO));
        var elsewhere = List.of(new StaffMembership(otherSchool, StaffRole.SENCO));
        Access access = decide(senco, atSchool, facts(TEN_YEAR_OLD, ParentAccessChoice.NOT_RECORDED)).orElseThrow();
        assertThat(access.role()).isEqualTo(CaseRole.SENCO);
        assertThat(access.allows(CaseAction.MANAGE_TEAM)).isTrue();
        assertThat(decide(senco, elsewhere, facts(TEN_YEAR_OLD, ParentAccessChoice.NOT_RECORDED))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = StaffRole.class, names = {"EHC_COORDINATOR", "SEN_MANAGER"})
    void localAuthorityStaffLeadCasesInTheirOwnAuthorityOnly(StaffRole role) {
        PersonId officer = PersonId.random();
        assertThat(decide(officer, List.of(new StaffMembership(la, role)), facts(TEN_YEAR_OLD, ParentAccessChoice.NOT_RECORDED))
                .orElseThrow().allows(CaseAction.MANAGE_TEAM)).isTrue();
        assertThat(decide(officer, List.of(new StaffMembership(otherLa, role)), facts(TEN_YEAR_OLD, ParentAccessChoice.NOT_RECORDED))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = StaffRole.class, names = {"PROFESSIONAL", "FORUM_MEMBER", "ADMINISTRATOR"})
    void otherStaffRolesGiveNoAccessWithoutMembership(StaffRole role) {
        assertThat(decide(PersonId.random(), List.of(new StaffMembership(la, role), new StaffMembership(school, role)),
                facts(TEN_YEAR_OLD, ParentAccessChoice.NOT_RECORDED))).isEmpty();
    }

    @Test
    void professionalOnTheTeamSeesTheCaseAndTheFamilysChoicesAndAddsToTheRecordButManagesNothing() {
        Access access = decide(psychologist, List.of(), facts(TEN_YEAR_OLD, ParentAccessChoice.NOT_RECORDED)).orElseThrow();
        assertThat(access.actions()).containsExactlyInAnyOrder(
                CaseAction.VIEW_CASE, CaseAction.VIEW_TEAM_PARTICIPATION, CaseAction.ADD_TO_RECORD);
    }

    @Test
    void anSenManagerActsAsTheAuthorityButIsRecordedAsSenManager() {
        Access manager = decide(PersonId.random(), List.of(new StaffMembership(la, StaffRole.SEN_MANAGER)),
                facts(TEN_YEAR_OLD, ParentAccessChoice.NOT_RECORDED)).orElseThrow();
        assertThat(manager.role()).isEqualTo(CaseRole.EHC_COORDINATOR);
        assertThat(manager.recordedRole()).isEqualTo("SEN_MANAGER");
        Access both = decide(PersonId.random(), List.of(new StaffMembership(la, StaffRole.SEN_MANAGER),
                new StaffMembership(la, StaffRole.EHC_COORDINATOR)), facts(TEN_YEAR_OLD, ParentAccessChoice.NOT_RECORDED)).orElseThrow();
        assertThat(both.recordedRole()).isEqualTo("EHC_COORDINATOR");
    }

    @Test
    void personNotOnTheTeamAndWithNoStaffRoleHasNoAccess() {
        assertThat(decide(PersonId.random(), List.of(), facts(TEN_YEAR_OLD, ParentAccessChoice.NOT_RECORDED))).isEmpty();
    }
}
