package org.coplan.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.Stage;
import org.coplan.people.Person;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.ProcessEventKind;
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

/** The SEN2 export: who is in it, what each column holds, the census date form and the audit entry. */
class Sen2ExportTest extends IntegrationTest {

    static final LocalDate BORN = LocalDate.of(2016, 5, 14);

    @Autowired
    ProcessWork work;

    @Autowired
    CaseAccess access;

    @Autowired
    JdbcClient jdbc;

    World w;

    @BeforeEach
    void casesAroundTheJanuary2026Census() {
        w = fixtures.world();
        child("Ruby", "Stone").finalPlan(LocalDate.of(2025, 2, 3), 19)
                .review(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 10));
        child("Wendy", "Week").finalPlanWithException(LocalDate.of(2025, 1, 6), 24);
        child("=SUM(A1)", "@Risky").request(LocalDate.of(2025, 9, 1), RequestSource.SCHOOL);
        child("Cara", "Ceased").finalPlan(LocalDate.of(2024, 1, 8), 19)
                .record(ProcessEvent.of(ProcessEventKind.PLAN_CEASED, LocalDate.of(2025, 3, 3)).withReasons("Moved to college."));
        // refused in 2023 and nothing since: not in the 2026 return
        child("Olly", "Old").request(LocalDate.of(2023, 3, 1), RequestSource.PARENT).refuse(LocalDate.of(2023, 4, 3));
        // asked for after the census date: not in it
        child("Zed", "Later").request(LocalDate.of(2026, 3, 2), RequestSource.PARENT);
        // another authority's child
        new ProcessSteps(work, access, w.otherCoordinator(), w.otherCase()).request(LocalDate.of(2025, 5, 1), RequestSource.PARENT);
    }

    @Test
    void oneRowPerChildInScopeWithTheSen2Columns() throws IOException {
        Page file = signIn(w.coordinator()).post("/authority/sen2", census("15", "1", "2026"));

        assertThat(file.status()).isEqualTo(200);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(file.body())).getRecords();
        assertThat(rows.get(0).values()).containsExactly("Surname", "Forename", "DateOfBirth", "RequestReceivedDate",
                "RequestSource", "RequestOutcome", "RequestOutcomeDate", "AssessmentOutcome", "AssessmentOutcomeDate", "Week20",
                "PlanStartDate", "PlanCeasedDate", "LastReviewDecisionDate", "SettingName");
        String school = w.school().name();
        assertThat(rows.subList(1, rows.size())).extracting(CSVRecord::values).containsExactly(
                new String[] {"'@Risky", "'=SUM(A1)", "2016-05-14", "2025-09-01", "SCHOOL", "ONGOING", "", "", "", "N", "", "", "", school},
                new String[] {"Ceased", "Cara", "2016-05-14", "2024-01-08", "PARENT", "ASSESS", "2024-02-12", "PLAN", "2024-04-01", "N",
                        "2024-05-20", "2025-03-03", "", school},
                new String[] {"Stone", "Ruby", "2016-05-14", "2025-02-03", "PARENT", "ASSESS", "2025-03-10", "PLAN", "2025-04-28", "N",
                        "2025-06-16", "", "2025-12-10", school},
                new String[] {"Week", "Wendy", "2016-05-14", "2025-01-06", "PARENT", "ASSESS", "2025-02-10", "PLAN", "2025-03-31", "Y",
                        "2025-06-23", "", "", school});
    }

    @Test
    void everyExportIsAuditedWithTheCensusDateAndNumberOfRows() {
        signIn(w.manager()).post("/authority/sen2", census("15", "1", "2026"));

        assertThat(jdbc.sql("select detail from audit_event where actor_id = ? and action = 'EXPORTED' and subject = 'SEN2 export' and case_id is null")
                .param(w.manager().id().value()).query(String.class).list())
                .containsExactly("Census date 2026-01-15, 4 rows");
    }

    @Test
    void theFormSuggestsTheThirdThursdayOfJanuary() {
        Page form = signIn(w.coordinator()).get("/authority/sen2");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).containsPattern("name=\"censusDay\"[^>]*value=\"15\"")
                .containsPattern("name=\"censusMonth\"[^>]*value=\"1\"")
                .containsPattern("name=\"censusYear\"[^>]*value=\"2026\"");
        assertThat(form.text()).contains("third Thursday in January");
    }

    @Test
    void aCensusDateThatIsNotARealDateIsRefusedWithWhatWasTypedKept() {
        Visitor v = signIn(w.coordinator());
        Page page = v.post("/authority/sen2", census("32", "1", "2026"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("There is a problem").contains("Error: The census date must be a real date");
        assertThat(page.body()).contains("<title>Error:").contains("href=\"#census\"").containsPattern("name=\"censusDay\"[^>]*value=\"32\"");
        assertThat(v.post("/authority/sen2", census("", "", "")).text()).contains("Enter the census date");
        assertThat(v.post("/authority/sen2", census("15", "1", "2010")).text())
                .contains("The census date must be on or after 1 January 2015");
        assertThat(jdbc.sql("select count(*) from audit_event where actor_id = ? and action = 'EXPORTED'")
                .param(w.coordinator().id().value()).query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheAuthoritysManagersAndCoordinatorsCanExportAndOnlyTheirOwnAuthority() {
        Page other = signIn(w.otherCoordinator()).post("/authority/sen2",
                Map.of("la", w.localAuthority().id().toString(), "censusDay", "15", "censusMonth", "1", "censusYear", "2026"));
        assertThat(other.body()).doesNotContain("Stone").doesNotContain("Risky").contains("Else");
        assertThat(signIn(w.senco()).post("/authority/sen2", census("15", "1", "2026")).status()).isEqualTo(404);
        assertThat(signIn(w.outsider()).post("/authority/sen2", census("15", "1", "2026")).status()).isEqualTo(404);
        assertThat(signIn(w.parent()).get("/authority/sen2").status()).isEqualTo(404);
    }

    private Map<String, String> census(String day, String month, String year) {
        return Map.of("la", w.localAuthority().id().toString(), "censusDay", day, "censusMonth", month, "censusYear", year);
    }

    private ProcessSteps child(String given, String family) {
        CaseId id = fixtures.cases().openCase(w.coordinator().id(), CaseRole.EHC_COORDINATOR, given, family, null, BORN,
                w.school().id(), w.localAuthority().id(), Stage.SEN_SUPPORT);
        return new ProcessSteps(work, access, w.coordinator(), id);
    }

    private Visitor signIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }
}
