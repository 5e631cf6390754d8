package org.coplan.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.coplan.cases.CaseFilter;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.CaseSelections;
import org.coplan.cases.NeedType;
import org.coplan.cases.Stage;
import org.coplan.measures.domain.ConfidenceReply;
import org.coplan.measures.domain.ConfidenceScale;
import org.coplan.measures.domain.ConfidenceStatement;
import org.coplan.measures.domain.FilterCheck;
import org.coplan.measures.internal.ConfidenceAnswering;
import org.coplan.measures.internal.ConfidenceFigures;
import org.coplan.measures.internal.FigureDashboards;
import org.coplan.measures.internal.FigureDashboards.Cell;
import org.coplan.measures.internal.FigureDashboards.Dashboard;
import org.coplan.measures.internal.FigureDashboards.State;
import org.coplan.measures.internal.FigureScopes;
import org.coplan.measures.internal.FigureScopes.Kind;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationKind;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The co-production dashboards over real survey answers, given through the survey itself: what staff
 * see is over at least five families, filters that would point at fewer are refused, each dashboard
 * opens only for the people it is for, the CSV file says what the table says, and staff never see
 * one person's answers.
 */
class MeasuresDashboardTest extends IntegrationTest {

    @Autowired
    ConfidenceSurveys surveys;

    @Autowired
    ConfidenceAnswering answering;

    @Autowired
    FigureDashboards dashboards;

    @Autowired
    FigureScopes scopes;

    @Autowired
    CaseSelections selections;

    @Autowired
    JdbcClient jdbc;

    record Family(CaseId caseId, Person parent) {}

    // --- suppression, with real answers

    @Test
    void staffSeeAShareOverFiveFamiliesAndNeverOneFromFewerOrLeavingFewerOut() {
        World w = fixtures.world();
        for (int i = 0; i < 6; i++) {
            Family f = family(w, Stage.EHC_PLAN, NeedType.ASD);
            answer(f, "plan-1", Map.of(
                    ConfidenceStatement.INFORMED, i < 3 ? ConfidenceScale.AGREE : ConfidenceScale.DISAGREE,
                    ConfidenceStatement.CONTACT, ConfidenceScale.AGREE,
                    ConfidenceStatement.HONEST, i < 5 ? ConfidenceScale.STRONGLY_AGREE : ConfidenceScale.NEITHER,
                    ConfidenceStatement.LISTENED, ConfidenceScale.DONT_KNOW,
                    ConfidenceStatement.CLEAR, i < 4 ? ConfidenceScale.STRONGLY_AGREE : ConfidenceScale.DONT_KNOW));
        }
        Dashboard d = dashboards.forScope(school(w), CaseFilter.none());
        assertThat(now(d, ConfidenceStatement.CONTACT).state()).isEqualTo(State.SHOWN);
        assertThat(now(d, ConfidenceStatement.CONTACT).figure().value()).isEqualTo(1.0);
        assertThat(now(d, ConfidenceStatement.INFORMED).state()).as("3 of 6 agree: 3 families").isEqualTo(State.HIDDEN);
        assertThat(now(d, ConfidenceStatement.HONEST).state()).as("5 of 6 agree: the 1 left out").isEqualTo(State.HIDDEN);
        assertThat(now(d, ConfidenceStatement.LISTENED).state()).as("all don't know: nothing to count, not hidden").isEqualTo(State.NONE);
        assertThat(now(d, ConfidenceStatement.CLEAR).state()).as("4 answered other than don't know").isEqualTo(State.HIDDEN);

        Page page = signedIn(w.senco()).get("/measures/school/" + w.school().id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("How confident families feel", "Know who to contact", "Fewer than 5 families",
                "Download this table (CSV)", "Whole local authority");
        assertThat(tableRows(page.body(), "confidence")).contains(
                List.of("Know who to contact", "Autumn 2026", "100%", "100%"),
                List.of("Kept informed", "Autumn 2026", "Fewer than 5 families", "Fewer than 5 families"),
                List.of("Listened to, with time", "Autumn 2026", "None", "None"),
                List.of("Know who to contact", "Summer 2026", "None", "None"));
        assertThat(jdbc.sql("select count(*) from audit_event where actor_id = ? and action = 'VIEWED' and subject like 'Co-production figures%'")
                .param(w.senco().id().value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void oneFamilysAnswersAreNeverShownToStaffAnywhere() {
        World w = fixtures.world();
        answer(new Family(w.ownCase(), w.parent()), "plan-alone", every(ConfidenceScale.STRONGLY_DISAGREE));

        // their own case page: the parent sees their own answers; the team does not
        Page own = signedIn(w.parent()).get("/cases/" + w.ownCase() + "/measures");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text()).contains("Your answers on this case", "Strongly disagree");
        for (Person staff : List.of(w.senco(), w.coordinator(), w.psychologist())) {
            Page team = signedIn(staff).get("/cases/" + w.ownCase() + "/measures");
            assertThat(team.status()).isEqualTo(200);
            assertThat(team.text()).doesNotContain("Strongly disagree").doesNotContain("Your answers on this case")
                    .contains("Each family member''s own answers are only shown to them.".replace("''", "'"));
            assertThat(tableRows(team.body(), "confidence")).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.subList(2, r.size())).allMatch(MeasuresDashboardTest::noFigure));
        }
        Page caseCsv = signedIn(w.senco()).get("/cases/" + w.ownCase() + "/measures/confidence.csv");
        assertThat(caseCsv.status()).isEqualTo(200);
        assertThat(caseCsv.body()).as("the case's confidence CSV has the authority's figures only")
                .startsWith("Figure,What it means,Term,Whole local authority").doesNotContain("Strongly disagree").doesNotContain("%");
        assertThat(signedIn(w.child()).get("/cases/" + w.ownCase() + "/measures").text())
                .as("another family member's answers are not theirs to see").doesNotContain("Strongly disagree")
                .contains("You have not answered the survey on this case yet.");

        // the school, the authority and their CSV files
        Page school = signedIn(w.senco()).get("/measures/school/" + w.school().id());
        Page authority = signedIn(w.manager()).get("/measures/authority/" + w.localAuthority().id());
        for (Page p : List.of(school, authority)) {
            assertThat(p.status()).isEqualTo(200);
            assertThat(p.text()).contains("Fewer than 5 families");
            assertThat(tableRows(p.body(), "confidence")).hasSize(5 * 6)
                    .allSatisfy(r -> assertThat(r.subList(2, r.size())).allMatch(MeasuresDashboardTest::noFigure));
            assertThat(p.body()).as("the spread of answers is hidden whole").doesNotContainPattern(">\\s*1\\s*</td>");
        }
        String csv = signedIn(w.manager()).get("/measures/authority/" + w.localAuthority().id() + "/confidence.csv").body();
        assertThat(csv).contains("Fewer than 5 families").doesNotContain("%").doesNotContainPattern(",1\\r?\\n");
    }

    // --- filters refused

    @Test
    void aFilterThatWouldPointAtFewerThanFiveChildrenIsRefusedWithTheChoicesKept() {
        World w = fixtures.world();
        for (int i = 0; i < 6; i++) {
            answer(family(w, Stage.EHC_PLAN, NeedType.ASD), "plan-f", every(ConfidenceScale.AGREE));
        }
        for (int i = 0; i < 2; i++) {
            family(w, Stage.EHC_PLAN, NeedType.SLCN);
        }
        assertThat(dashboards.forScope(school(w), new CaseFilter(null, NeedType.SLCN, null, null)).refused())
                .isEqualTo(FilterCheck.Outcome.TOO_FEW);
        assertThat(dashboards.forScope(school(w), new CaseFilter(null, NeedType.ASD, null, null)).refused())
                .as("6 of 9: the 3 others follow from the whole school").isEqualTo(FilterCheck.Outcome.TOO_FEW_BETWEEN);

        Visitor senco = signedIn(w.senco());
        Page refused = senco.get("/measures/school/" + w.school().id() + "?need=ASD&stage=");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("There is a problem", "These filters pick out fewer than 5 children")
                .doesNotContain("Know who to contact").doesNotContain("Download this table");
        assertThat(refused.body()).containsPattern("<option value=\"ASD\"\\s+selected");
        assertThat(senco.get("/measures/school/" + w.school().id() + "/confidence.csv?need=ASD").status()).isEqualTo(404);

        // three more SLCN families: now each side has at least five
        for (int i = 0; i < 3; i++) {
            family(w, Stage.EHC_PLAN, NeedType.SLCN);
        }
        Page shown = senco.get("/measures/school/" + w.school().id() + "?need=ASD");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.text()).doesNotContain("There is a problem");
        assertThat(tableRows(shown.body(), "confidence")).contains(List.of("Know who to contact", "Autumn 2026", "100%", "100%"));
        assertThat(shown.body()).containsPattern("<option value=\"ASD\"\\s+selected");

        Page wrong = senco.get("/measures/school/" + w.school().id() + "?need=PLANETS");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text()).contains("Choose one of the options shown");
    }

    // --- the CSV file is the table

    @Test
    void eachPanelsCsvHoldsTheSameRowsAsItsTablesAndIsAuditedAsAnExport() throws Exception {
        World w = fixtures.world();
        for (int i = 0; i < 6; i++) {
            Map<ConfidenceStatement, ConfidenceScale> answers = every(ConfidenceScale.AGREE);
            answers.put(ConfidenceStatement.INFORMED, i == 0 ? ConfidenceScale.DISAGREE : ConfidenceScale.AGREE);
            answer(family(w, Stage.EHC_PLAN, NeedType.ASD), "plan-c", answers);
        }
        Visitor senco = signedIn(w.senco());
        Page page = senco.get("/measures/school/" + w.school().id());
        Page csv = senco.get("/measures/school/" + w.school().id() + "/confidence.csv");
        assertThat(csv.status()).isEqualTo(200);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.body())).getRecords();
        assertThat(records.getFirst().values()).containsExactly("Figure", "What it means", "Term", w.school().name(), "Whole local authority");
        List<List<String>> fromCsv = new ArrayList<>();
        for (CSVRecord r : records.subList(1, records.size())) {
            if (r.size() == 5) {
                fromCsv.add(List.of(r.get(0), r.get(2), r.get(3), r.get(4)));
            }
        }
        List<List<String>> fromPage = tableRows(page.body(), "confidence");
        assertThat(fromCsv).hasSize(5 * 6).isEqualTo(fromPage);
        assertThat(fromCsv).anyMatch(r -> r.contains("Fewer than 5 families")).anyMatch(r -> r.get(2).equals("100%"));
        assertThat(jdbc.sql("select count(*) from audit_event where actor_id = ? and action = 'EXPORTED' and subject like 'Co-production figures (CSV)%'")
                .param(w.senco().id().value()).query(Integer.class).single()).isEqualTo(1);
    }

    // --- who may open which

    @Test
    void eachDashboardOpensOnlyForThePeopleItIsFor() {
        World w = fixtures.world();
        Organisation service = fixtures.people().organisationsIn(w.localAuthority().id()).stream()
                .filter(o -> o.kind() == OrganisationKind.SERVICE).findFirst().orElseThrow();
        Organisation otherSchool = fixtures.people().createOrganisation(OrganisationKind.SCHOOL, "Another school " + System.nanoTime(),
                w.localAuthority().id());
        Person otherSenco = fixtures.staff("Osa Senco", otherSchool, StaffRole.SENCO);
        Organisation forumOrg = fixtures.people().createOrganisation(OrganisationKind.FORUM, "Forum " + System.nanoTime(), w.localAuthority().id());
        Person forum = fixtures.staff("Fay Forum", forumOrg, StaffRole.FORUM_MEMBER);

        String school = "/measures/school/" + w.school().id();
        String serviceDash = "/measures/service/" + service.id();
        String authority = "/measures/authority/" + w.localAuthority().id();
        Map<Person, List<String>> allowed = Map.of(
                w.senco(), List.of(school),
                w.coordinator(), List.of(school, authority),
                w.manager(), List.of(school, serviceDash, authority),
                w.psychologist(), List.of(serviceDash),
                otherSenco, List.of(),
                forum, List.of(),
                w.parent(), List.of(),
                w.otherCoordinator(), List.of());
        allowed.forEach((person, may) -> {
            Visitor v = signedIn(person);
            for (String path : List.of(school, serviceDash, authority)) {
                int expected = may.contains(path) ? 200 : 404;
                assertThat(v.get(path).status()).as(person.displayName() + " on " + path).isEqualTo(expected);
                assertThat(v.get(path + "/contributions.csv").status()).as(person.displayName() + " CSV of " + path).isEqualTo(expected);
            }
        });
        Visitor manager = signedIn(w.manager());
        assertThat(manager.get("/measures/school/not-an-id").status()).isEqualTo(404);
        assertThat(manager.get("/measures/planet/" + w.school().id()).status()).isEqualTo(404);
        assertThat(manager.get("/measures/school/" + w.localAuthority().id()).status()).as("an authority is not a school").isEqualTo(404);
        assertThat(manager.get(school + "/secrets.csv").status()).isEqualTo(404);
        assertThat(signedIn(w.outsider()).get("/cases/" + w.ownCase() + "/measures").status()).isEqualTo(404);

        // the list of dashboards, and the link from the home page
        Page list = manager.get("/measures");
        assertThat(list.text()).contains("Local authority: " + w.localAuthority().name());
        assertThat(manager.get(authority).body()).as("the authority's page leads to each school and service in its area")
                .contains("href=\"" + serviceDash + "\"", "href=\"" + school + "\"");
        assertThat(manager.get("/").body()).contains("href=\"/measures\"");
        assertThat(signedIn(w.parent()).get("/measures").text()).contains("Figures for Kit").doesNotContain("Local authority:");
        assertThat(signedIn(forum).get("/").body()).doesNotContain("href=\"/measures\"");
    }

    // --- helpers

    /** A table cell that shows no figure: nothing counted, or hidden. */
    static boolean noFigure(String cell) {
        return cell.equals("None") || cell.equals("Fewer than 5 families");
    }

    private FigureScopes.Scope school(World w) {
        return scopes.open(fixtures.signedIn(w.senco()), Kind.SCHOOL, w.school().id()).orElseThrow();
    }

    private static Cell now(Dashboard d, ConfidenceStatement s) {
        return d.panel("confidence").orElseThrow().rows().stream().filter(r -> r.key().equals(ConfidenceFigures.key(s))).findFirst()
                .orElseThrow().here().getLast();
    }

    private Family family(World w, Stage stage, NeedType need) {
        Person parent = fixtures.person("Pam Parent");
        CaseId c = fixtures.cases().openCase(w.senco().id(), CaseRole.SENCO, "Chi", "Ld" + System.nanoTime(), null, LocalDate.of(2015, 3, 1),
                w.school().id(), w.localAuthority().id(), stage);
        fixtures.cases().addMember(c, parent.id(), CaseRole.PARENT_CARER);
        selections.setPrimaryNeed(c, need);
        return new Family(c, parent);
    }

    /** Offers the survey on the case and answers it as the parent, through the survey's own service. */
    private void answer(Family f, String moment, Map<ConfidenceStatement, ConfidenceScale> answers) {
        surveys.offer(f.caseId(), ConfidenceMoment.PLAN_SENT, moment);
        var offer = answering.openOn(f.caseId(), f.parent().id()).orElseThrow();
        Map<String, String> form = new java.util.HashMap<>();
        answers.forEach((s, a) -> form.put(s.field(), a.name()));
        ConfidenceReply reply = ConfidenceReply.check(form, null, false).reply().orElseThrow();
        assertThat(answering.answer(offer, reply)).isEqualTo(ConfidenceAnswering.Saved.SAVED);
    }

    private static Map<ConfidenceStatement, ConfidenceScale> every(ConfidenceScale a) {
        Map<ConfidenceStatement, ConfidenceScale> all = new EnumMap<>(ConfidenceStatement.class);
        for (ConfidenceStatement s : ConfidenceStatement.values()) {
            all.put(s, a);
        }
        return all;
    }

    /** The rows of every figure table in a panel, as (figure, term, here, authority). */
    static List<List<String>> tableRows(String html, String panel) {
        String section = html.replaceAll("(?s).*?(<section[^>]*id=\"panel-" + panel + "\".*?</section>).*", "$1");
        List<List<String>> rows = new ArrayList<>();
        Matcher figures = Pattern.compile("(?s)<h3 class=\"govuk-heading-m[^\"]*\">([^<]*)</h3>.*?<tbody class=\"govuk-table__body\">(.*?)</tbody>")
                .matcher(section);
        while (figures.find()) {
            Matcher row = Pattern.compile("(?s)<tr class=\"govuk-table__row\">(.*?)</tr>").matcher(figures.group(2));
            while (row.find()) {
                List<String> cells = new ArrayList<>();
                cells.add(unescape(figures.group(1).strip()));
                Matcher cell = Pattern.compile("(?s)<t[hd][^>]*>(.*?)</t[hd]>").matcher(row.group(1));
                while (cell.find()) {
                    cells.add(unescape(cell.group(1).strip()));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String unescape(String s) {
        return s.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private Visitor signedIn(Person p) {
        Visitor v = visitor();
        v.signIn(p.email(), Fixtures.PASSWORD);
        return v;
    }

    static ZonedDateTime at(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 10, 0, 0, 0, ZoneId.of("Europe/London"));
    }
}
