package org.coplan.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.ParentAccessChoice;
import org.coplan.cases.Stage;
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
 * What each person's home page shows: staff with a caseload see its figures, what changed since
 * they last looked and the most urgent cases, each linking into the caseload; everyone else sees
 * the cases they are on the team of, 25 to a page. The test clock's today is Monday 23 November 2026.
 */
class HomePageTest extends IntegrationTest {

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

    @BeforeEach
    void aCaseloadWithOneCaseOverdueAndOneDueSoon() {
        w = fixtures.world();
        suffix = w.localAuthority().name().replaceAll("\\D", "");
        amy = open("Amy");
        ben = open("Ben");
        steps(amy).request(LocalDate.of(2026, 10, 1), RequestSource.PARENT); // due 12 November: overdue
        steps(ben).request(LocalDate.of(2026, 10, 20), RequestSource.SCHOOL); // due 1 December: within 2 weeks
    }

    @Test
    void coordinatorSeesTheirCaseloadFiguresEachLinkingToTheCaseloadAndTheMostUrgentCasesFirst() {
        Page page = signIn(w.coordinator()).get("/");

        assertThat(page.status()).isEqualTo(200);
        String text = page.text();
        assertThat(text).contains("What needs you").contains("These figures are for: Cases where you are the EHC coordinator.");
        assertThat(text).contains("1 case overdue").contains("1 case due in the next 14 days").contains("3 cases in this caseload");
        assertThat(text).contains("Overdue actions").contains("Open disagreements");
        assertThat(text).containsSubsequence("Most urgent cases", "Amy Test" + suffix, "Overdue", "Ben Test" + suffix, "Due soon",
                "Kit Child" + suffix);
        assertThat(text).contains("See all 3 cases on your caseload");
        assertThat(page.body()).contains("href=\"/caseload?scope=MINE&amp;due=OVERDUE\"")
                .contains("href=\"/caseload?scope=MINE&amp;due=SOON\"")
                .contains("href=\"/caseload?scope=MINE\"")
                .contains("href=\"/cases/" + amy + "\"");
        assertThat(text).contains("This is your first visit.");
    }

    @Test
    void managerSeesEveryCaseInTheAuthorityAndSencoEveryCaseAtTheSchool() {
        open("Cal");
        String manager = signIn(w.manager()).get("/").text();
        assertThat(manager).contains("These figures are for: All cases in " + w.localAuthority().name() + ".")
                .contains("4 cases in this caseload").contains("See all 4 cases on your caseload");
        assertThat(signIn(w.manager()).get("/").body()).contains("href=\"/caseload?scope=AUTHORITY&amp;due=OVERDUE\"");

        String senco = signIn(w.senco()).get("/").text();
        assertThat(senco).contains("These figures are for: All cases at " + w.school().name() + ".")
                .contains("1 case overdue").contains("4 cases in this caseload");
    }

    @Test
    void staffSeeTheCasesWhereSomeoneElseRecordedAStepSinceTheyLastLooked() {
        Visitor coordinator = signIn(w.coordinator());
        coordinator.get("/");
        clock.advance(Duration.ofHours(1));
        new ProcessSteps(work, access, w.manager(), ben).step(org.coplan.process.domain.ProcessEventKind.DECIDED_TO_ASSESS,
                LocalDate.of(2026, 11, 23));
        steps(amy).step(org.coplan.process.domain.ProcessEventKind.DECIDED_TO_ASSESS, LocalDate.of(2026, 11, 23));
        clock.advance(Duration.ofHours(1));

        String text = coordinator.get("/").text();

        assertThat(text).contains("Since you last looked, at 10:00am on Monday 23 November 2026, other people recorded steps on 1 case.");
        assertThat(text).containsSubsequence("Cases with new steps", "Ben Test" + suffix, "23 November 2026, 11:00am");
        String changed = text.substring(text.indexOf("Changed since you last looked"), text.indexOf("Most urgent cases"));
        assertThat(changed).as("the coordinator's own step is not news to them").doesNotContain("Amy Test" + suffix);
        assertThat(coordinator.get("/").text()).as("looking again soon after keeps the same point")
                .contains("other people recorded steps on 1 case.");
    }

    @Test
    void parentSeesTheCasesTheyAreOnTwentyFiveToAPageWithTheSchoolNamed() {
        for (int i = 1; i <= 26; i++) {
            CaseId extra = open(String.format("Zed%02d", i));
            fixtures.cases().addMember(extra, w.parent().id(), CaseRole.PARENT_CARER);
        }
        Visitor parent = signIn(w.parent());

        Page first = parent.get("/");
        assertThat(first.text()).contains("Your cases").contains("Cases 1 to 25 of 27")
                .contains("Kit Child" + suffix).contains(w.school().name()).doesNotContain("What needs you");
        assertThat(first.body()).contains("href=\"/?page=2\"").contains("class=\"govuk-pagination\"");
        Page second = parent.get("/?page=2");
        assertThat(second.text()).contains("Cases 26 to 27 of 27");
        assertThat(parent.get("/?page=9").text()).as("a page past the end shows the last").contains("Cases 26 to 27 of 27");
    }

    @Test
    void parentDoesNotSeeACaseWhoseYoungPersonSaidParentsMayNotSeeIt() {
        CaseId older = fixtures.cases().openCase(w.coordinator().id(), CaseRole.EHC_COORDINATOR, "Yan", "Older" + suffix, null,
                LocalDate.of(2008, 3, 1), w.school().id(), w.localAuthority().id(), Stage.EHC_PLAN);
        fixtures.cases().addMember(older, w.parent().id(), CaseRole.PARENT_CARER);
        assertThat(signIn(w.parent()).get("/").text()).contains("Yan Older" + suffix).contains("Cases 1 to 2 of 2");

        jdbc.sql("update child_case set parent_access_choice = ? where id = ?").params(ParentAccessChoice.NONE.name(), older.value())
                .update();

        assertThat(signIn(w.parent()).get("/").text()).doesNotContain("Yan Older" + suffix).contains("Cases 1 to 1 of 1");
    }

    @Test
    void professionalOnNoTeamIsToldCasesAppearWhenAdded() {
        Person nobody = fixtures.person("Nia Nobody");
        assertThat(signIn(nobody).get("/").text()).contains("You cannot see any cases yet.");
    }

    private CaseId open(String given) {
        return fixtures.cases().openCase(w.coordinator().id(), CaseRole.EHC_COORDINATOR, given, "Test" + suffix, null, BORN,
                w.school().id(), w.localAuthority().id(), Stage.SEN_SUPPORT);
    }

    private ProcessSteps steps(CaseId id) {
        return new ProcessSteps(work, access, w.coordinator(), id);
    }

    private Visitor signIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }
}
