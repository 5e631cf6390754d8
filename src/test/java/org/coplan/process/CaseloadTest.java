package org.coplan.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.Stage;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationKind;
import org.coplan.people.Person;
import org.coplan.process.domain.RequestSource;
import org.coplan.process.internal.ProcessWork;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The caseload page over real HTTP: which cases each member of staff sees, in deadline order,
 * and the filters. The test clock's today is Monday 23 November 2026.
 */
class CaseloadTest extends IntegrationTest {

    static final LocalDate BORN = LocalDate.of(2016, 5, 14);

    @Autowired
    ProcessWork work;

    @Autowired
    CaseAccess access;

    @Autowired
    JdbcClient jdbc;

    World w;
    String suffix;
    CaseId amy;
    CaseId ben;
    CaseId cat;
    CaseId dan;
    CaseId eve;
    CaseId fay;

    @BeforeEach
    void aCaseloadWithDeadlinesPastSoonAndLater() {
        w = fixtures.world();
        suffix = w.localAuthority().name().replaceAll("\\D", "");
        Organisation secondSchool = fixtures.people().createOrganisation(OrganisationKind.SCHOOL, "Second school " + suffix,
                w.localAuthority().id());
        amy = open(w.coordinator(), CaseRole.EHC_COORDINATOR, "Amy", w.school());
        ben = open(w.coordinator(), CaseRole.EHC_COORDINATOR, "Ben", w.school());
        cat = open(w.coordinator(), CaseRole.EHC_COORDINATOR, "Cat", w.school());
        dan = open(w.coordinator(), CaseRole.EHC_COORDINATOR, "Dan", w.school());
        eve = open(w.senco(), CaseRole.SENCO, "Eve", w.school());
        fay = open(w.manager(), CaseRole.EHC_COORDINATOR, "Fay", secondSchool);
        // decision whether to assess: due 6 weeks after the request
        steps(amy).request(LocalDate.of(2026, 10, 1), RequestSource.PARENT); // due 12 November: overdue
        steps(ben).request(LocalDate.of(2026, 10, 20), RequestSource.SCHOOL); // due 1 December: within 2 weeks
        steps(cat).request(LocalDate.of(2026, 11, 16), RequestSource.PARENT); // due 28 December
        steps(eve).request(LocalDate.of(2026, 9, 1), RequestSource.PARENT); // due 13 October: overdue
    }

    @Test
    void coordinatorSeesTheirOwnCasesSoonestDeadlineFirstAndCasesWithoutADeadlineLast() {
        Page page = signIn(w.coordinator()).get("/caseload");

        assertThat(page.status()).isEqualTo(200);
        String text = page.text();
        assertThat(text).containsSubsequence(name("Amy"), name("Ben"), name("Cat"), name("Dan"), "Kit Child");
        assertThat(text).doesNotContain(name("Eve")).doesNotContain(name("Fay"));
        assertThat(text).contains("1 case overdue").contains("1 case due in the next 14 days").contains("5 cases in this caseload");
        assertThat(text).contains("Decide whether to assess for " + name("Amy") + " 12 November 2026 Overdue Local authority");
        assertThat(count(page.body(), "govuk-tag--red")).isEqualTo(1);
        assertThat(count(page.body(), "govuk-tag--yellow")).isEqualTo(1);
        assertThat(page.body()).contains("href=\"/cases/" + amy + "\"").contains("href=\"/cases/" + amy + "/timeline\"");
        assertThat(jdbc.sql("select count(*) from audit_event where actor_id = ? and subject = 'Caseload' and action = 'VIEWED'")
                .param(w.coordinator().id().value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void coordinatorCanChooseEveryCaseInTheirAuthority() {
        String text = signIn(w.coordinator()).get("/caseload?scope=AUTHORITY").text();

        assertThat(text).containsSubsequence(name("Eve"), name("Amy"), name("Ben"), name("Cat"), name("Dan"));
        assertThat(text).contains(name("Fay")).contains("2 cases overdue").contains("7 cases in this caseload");
        assertThat(text).contains("All cases in " + w.localAuthority().name());
    }

    @Test
    void overdueFilterShowsOnlyOverdueCasesAndKeepsTheChoice() {
        Page page = signIn(w.coordinator()).get("/caseload?scope=MINE&due=OVERDUE");

        assertThat(page.text()).contains(name("Amy")).doesNotContain(name("Ben")).doesNotContain(name("Cat"))
                .contains("Cases 1 to 1 of 1");
        assertThat(page.body()).containsPattern(checked("due", "OVERDUE")).containsPattern(checked("scope", "MINE"));
    }

    @Test
    void dueSoonFilterShowsOnlyCasesDueInTheNextTwoWeeks() {
        String text = signIn(w.coordinator()).get("/caseload?due=SOON").text();

        assertThat(text).contains(name("Ben")).doesNotContain(name("Amy")).doesNotContain(name("Cat"));
    }

    @Test
    void stageFilterKeepsOnlyTheChosenStages() {
        Page page = signIn(w.coordinator()).get("/caseload?stage=SEN_SUPPORT&stage=ASSESSMENT_REQUESTED");

        assertThat(page.text()).contains(name("Amy"), name("Ben"), name("Cat"), name("Dan")).doesNotContain("Kit Child");
        assertThat(page.body()).containsPattern(checked("stage", "SEN_SUPPORT")).containsPattern(checked("stage", "ASSESSMENT_REQUESTED"));
        assertThat(signIn(w.coordinator()).get("/caseload?stage=SEN_SUPPORT").text())
                .contains(name("Dan")).doesNotContain(name("Amy"));
    }

    @Test
    void sencoSeesEveryCaseAtTheirSchoolAndNothingElse() {
        Visitor senco = signIn(w.senco());
        String text = senco.get("/caseload").text();

        assertThat(text).contains(name("Amy"), name("Ben"), name("Cat"), name("Dan"), name("Eve"), "Kit Child")
                .doesNotContain(name("Fay"));
        assertThat(senco.get("/caseload?scope=AUTHORITY").text()).doesNotContain(name("Fay"));
        assertThat(senco.get("/caseload?scope=MINE").text()).contains(name("Eve")).doesNotContain(name("Fay"));
    }

    @Test
    void senManagerSeesTheWholeAuthority() {
        String text = signIn(w.manager()).get("/caseload").text();

        assertThat(text).contains(name("Amy"), name("Eve"), name("Fay"), "Kit Child");
    }

    @Test
    void anotherAuthoritysCoordinatorAndAnOutsiderSeeNoneOfTheseCases() {
        Visitor other = signIn(w.otherCoordinator());
        for (String path : new String[] {"/caseload", "/caseload?scope=AUTHORITY", "/caseload?scope=SCHOOL"}) {
            String text = other.get(path).text();
            assertThat(text).doesNotContain(name("Amy")).doesNotContain(name("Eve")).doesNotContain(name("Fay"))
                    .doesNotContain("Kit Child");
        }
        assertThat(signIn(w.outsider()).get("/caseload").status()).isEqualTo(404);
        assertThat(signIn(w.parent()).get("/caseload").status()).isEqualTo(404);
    }

    @Test
    void theHeaderLinksToTheCaseloadOnlyForStaffWhoHaveOne() {
        assertThat(signIn(w.coordinator()).get("/").body()).contains("href=\"/caseload\"").contains("href=\"/authority\"");
        assertThat(signIn(w.senco()).get("/").body()).contains("href=\"/caseload\"").doesNotContain("href=\"/authority\"");
        assertThat(signIn(w.parent()).get("/").body()).doesNotContain("href=\"/caseload\"").doesNotContain("href=\"/authority\"");
    }

    @Test
    void aLongCaseloadComesFiftyToAPage() {
        for (int i = 0; i < 48; i++) {
            fixtures.cases().openCase(w.manager().id(), CaseRole.EHC_COORDINATOR, "Zed" + i, "Many" + suffix, null, BORN,
                    w.school().id(), w.localAuthority().id(), Stage.SEN_SUPPORT);
        }
        Visitor manager = signIn(w.manager());
        Page first = manager.get("/caseload");
        assertThat(first.text()).contains("Cases 1 to 50 of 55").containsSubsequence(name("Eve"), name("Amy"));
        assertThat(count(first.body(), "<tr class=\"govuk-table__row\">") - 1).isEqualTo(50);
        assertThat(first.body()).contains("href=\"/caseload?scope=AUTHORITY&amp;page=2\"");

        Page second = manager.get("/caseload?scope=AUTHORITY&page=2");
        assertThat(second.text()).contains("Cases 51 to 55 of 55");
        assertThat(count(second.body(), "<tr class=\"govuk-table__row\">") - 1).isEqualTo(5);
        assertThat(manager.get("/caseload?page=99").text()).contains("Cases 51 to 55 of 55");
    }

    private CaseId open(Person lead, CaseRole role, String given, Organisation school) {
        return fixtures.cases().openCase(lead.id(), role, given, "Test" + suffix, null, BORN, school.id(),
                w.localAuthority().id(), Stage.SEN_SUPPORT);
    }

    private ProcessSteps steps(CaseId id) {
        return new ProcessSteps(work, access, w.coordinator(), id);
    }

    private String name(String given) {
        return given + " Test" + suffix;
    }

    private Visitor signIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }

    private static Pattern checked(String name, String value) {
        return Pattern.compile("name=\"" + name + "\" type=\"(radio|checkbox)\"\\s+value=\"" + value + "\" checked=\"checked\"");
    }

    private static int count(String body, String what) {
        return body.split(Pattern.quote(what), -1).length - 1;
    }
}
