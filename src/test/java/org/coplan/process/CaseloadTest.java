package org.coplan.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.Stage;
import org.coplan.meetings.domain.ActionStatus;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationKind;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.coplan.process.domain.RequestSource;
import org.coplan.process.internal.ProcessWork;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.MeetingFixtures;
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

    @Autowired
    MeetingFixtures meetingFixtures;

    World w;
    String suffix;
    CaseId amy;
    CaseId ben;
    CaseId cat;
    CaseId dan;
    CaseId eve;
    CaseId fay;
    Organisation secondSchool;

    @BeforeEach
    void aCaseloadWithDeadlinesPastSoonAndLater() {
        w = fixtures.world();
        suffix = w.localAuthority().name().replaceAll("\\D", "");
        secondSchool = fixtures.people().createOrganisation(OrganisationKind.SCHOOL, "Second school " + suffix,
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

    @Test
    void overdueActionsAreCountedOnTheCoordinatorsAndTheSencosCaseloadForTheirCasesOnly() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        meetingFixtures.action(w.coordinator(), amy, LocalDate.of(2026, 11, 2), ActionStatus.OPEN);
        meetingFixtures.action(w.coordinator(), amy, LocalDate.of(2026, 11, 20), ActionStatus.OPEN);
        meetingFixtures.action(w.coordinator(), amy, LocalDate.of(2026, 11, 1), ActionStatus.DONE);
        meetingFixtures.action(w.coordinator(), amy, LocalDate.of(2026, 11, 1), ActionStatus.CANCELLED);
        meetingFixtures.action(w.coordinator(), amy, today, ActionStatus.OPEN); // due today: not yet overdue
        meetingFixtures.action(w.coordinator(), amy, LocalDate.of(2026, 11, 30), ActionStatus.OPEN);
        meetingFixtures.action(w.coordinator(), ben, LocalDate.of(2026, 11, 5), ActionStatus.DONE);
        meetingFixtures.action(w.senco(), eve, LocalDate.of(2026, 11, 10), ActionStatus.OPEN);
        meetingFixtures.action(w.manager(), fay, LocalDate.of(2026, 11, 16), ActionStatus.OPEN);
        meetingFixtures.action(w.otherCoordinator(), w.otherCase(), LocalDate.of(2026, 11, 1), ActionStatus.OPEN);

        String mine = card(signIn(w.coordinator()).get("/caseload"), "Overdue actions");
        assertThat(mine).contains("Actions past their due date 2 Cases with overdue actions 1")
                .contains(name("Amy") + " 2 2 November 2026").doesNotContain(name("Ben")).doesNotContain(name("Eve"));
        assertThat(mine).contains("href=\"/cases/" + amy + "/meetings#actions\"").doesNotContain("??")
                .contains("Cases with overdue actions, the longest overdue first Child or young person Overdue actions Oldest due date");

        String authority = card(signIn(w.coordinator()).get("/caseload?scope=AUTHORITY"), "Overdue actions");
        assertThat(authority).contains("Actions past their due date 4 Cases with overdue actions 3")
                .containsSubsequence(name("Amy") + " 2 2 November 2026", name("Eve") + " 1 10 November 2026",
                        name("Fay") + " 1 16 November 2026")
                .doesNotContain("Else").doesNotContain("/cases/" + w.otherCase());

        String school = card(signIn(w.senco()).get("/caseload"), "Overdue actions");
        assertThat(school).contains("Actions past their due date 3 Cases with overdue actions 2")
                .contains(name("Amy")).contains(name("Eve")).doesNotContain(name("Fay")).doesNotContain("/cases/" + fay);

        String other = card(signIn(w.otherCoordinator()).get("/caseload"), "Overdue actions");
        assertThat(other).contains("Actions past their due date 1 Cases with overdue actions 1")
                .contains("/cases/" + w.otherCase() + "/meetings#actions").doesNotContain(name("Amy"));
    }

    @Test
    void aCaseThatMovesSchoolTakesItsOverdueActionsToTheNewSchoolsCaseload() {
        meetingFixtures.action(w.coordinator(), amy, LocalDate.of(2026, 11, 2), ActionStatus.OPEN);
        Visitor coordinator = signIn(w.coordinator());
        Map<String, String> form = new HashMap<>();
        Matcher inputs = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(
                coordinator.get("/cases/" + amy + "/details").body());
        while (inputs.find()) {
            form.put(inputs.group(1), inputs.group(2));
        }
        form.remove("_csrf");
        form.put("school", secondSchool.id().toString());
        form.put("stage", Stage.SEN_SUPPORT.name());
        Page saved = coordinator.post("/cases/" + amy + "/details", form);
        assertThat(saved.status()).as(saved.text()).isEqualTo(302);

        assertThat(card(signIn(w.senco()).get("/caseload"), "Overdue actions")).contains("Actions past their due date 0")
                .doesNotContain(name("Amy"));
        Person secondSenco = fixtures.staff("Second Senco", secondSchool, StaffRole.SENCO);
        assertThat(card(signIn(secondSenco).get("/caseload"), "Overdue actions")).contains("Actions past their due date 1")
                .contains(name("Amy") + " 1 2 November 2026");
    }

    @Test
    void aCaseloadWithNoOverdueActionsSaysSo() {
        meetingFixtures.action(w.coordinator(), amy, LocalDate.of(2026, 11, 1), ActionStatus.DONE);

        String card = card(signIn(w.coordinator()).get("/caseload"), "Overdue actions");

        assertThat(card).contains("Actions past their due date 0 Cases with overdue actions 0")
                .contains("No actions are overdue on these cases.").doesNotContain(name("Amy"));
    }

    @Test
    void theCaseloadListsTwentyCasesWithOverdueActionsAndSaysHowManyThereAre() {
        for (int i = 0; i < 21; i++) {
            CaseId c = fixtures.cases().openCase(w.coordinator().id(), CaseRole.EHC_COORDINATOR, "Late" + (char) ('a' + i),
                    "Test" + suffix, null, BORN, w.school().id(), w.localAuthority().id(), Stage.SEN_SUPPORT);
            meetingFixtures.action(w.coordinator(), c, LocalDate.of(2026, 10, 1).plusDays(i), ActionStatus.OPEN);
        }

        String card = card(signIn(w.coordinator()).get("/caseload"), "Overdue actions");

        assertThat(card).contains("Cases with overdue actions 21").contains("Showing 20 of 21 cases, the most urgent first.")
                .containsSubsequence(name("Latea") + " 1 1 October 2026", name("Latet") + " 1 20 October 2026")
                .doesNotContain(name("Lateu"));
    }

    @Test
    void openDisagreementsAreCountedByAgeOnTheCaseloadForTheCasesInIt() {
        raise(w.coordinator(), amy, LocalDate.of(2026, 9, 1)); // 83 days old: over 6 weeks
        raise(w.senco(), eve, LocalDate.of(2026, 10, 26)); // 28 days: 2 to 6 weeks
        raise(w.coordinator(), amy, LocalDate.of(2026, 11, 23));
        raise(w.manager(), fay, LocalDate.of(2026, 11, 20));
        raise(w.otherCoordinator(), w.otherCase(), LocalDate.of(2026, 11, 20));
        String closed = raise(w.coordinator(), ben, LocalDate.of(2026, 11, 23));
        Page closing = signIn(w.coordinator()).post(closed + "/stage",
                Map.of("stage", "CLOSED", "outcome", "AGREED", "note", "We agreed at the meeting.", "version", "0"));
        assertThat(closing.status()).as(closing.text()).isEqualTo(302);

        String mine = card(signIn(w.coordinator()).get("/caseload"), "Open disagreements by age");
        assertThat(mine).contains("Under 2 weeks 1 2 to 6 weeks 0 Over 6 weeks 1 Total open 2")
                .contains("See open disagreements").contains("href=\"/disagreements\"").doesNotContain("??");
        assertThat(card(signIn(w.coordinator()).get("/caseload?scope=AUTHORITY"), "Open disagreements by age"))
                .contains("Under 2 weeks 2 2 to 6 weeks 1 Over 6 weeks 1 Total open 4");
        assertThat(card(signIn(w.senco()).get("/caseload"), "Open disagreements by age"))
                .contains("Under 2 weeks 1 2 to 6 weeks 1 Over 6 weeks 1 Total open 3");
        assertThat(card(signIn(w.otherCoordinator()).get("/caseload"), "Open disagreements by age"))
                .contains("Under 2 weeks 1 2 to 6 weeks 0 Over 6 weeks 0 Total open 1");
    }

    /** Raises a disagreement on the case on that day, as a case lead; returns its path. */
    private String raise(Person lead, CaseId caseId, LocalDate on) {
        clock.set(on.atTime(10, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant());
        Page raised = signIn(lead).post("/cases/" + caseId + "/disagreements",
                Map.of("subjectKind", "OTHER", "aboutText", "How the visit was arranged", "disagreeWith", "Too short."));
        clock.reset();
        assertThat(raised.status()).as(raised.text()).isEqualTo(302);
        return raised.location().replaceFirst("^https?://[^/]+", "");
    }

    /** The text and links of the summary card with this title on a caseload page. */
    private static String card(Page page, String title) {
        assertThat(page.status()).isEqualTo(200);
        for (String part : page.body().split("<div class=\"govuk-summary-card\">")) {
            String html = part.contains("<form") ? part.substring(0, part.indexOf("<form")) : part;
            String text = new Page(200, html, null).text().strip();
            if (text.startsWith(title + " ")) {
                return text + " " + String.join(" ", links(html));
            }
        }
        throw new AssertionError("no summary card titled " + title + " in " + page.text());
    }

    private static java.util.List<String> links(String html) {
        return Pattern.compile("href=\"[^\"]*\"").matcher(html).results().map(m -> m.group()).toList();
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
