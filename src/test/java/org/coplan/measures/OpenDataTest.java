package org.coplan.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseMember;
import org.coplan.cases.CaseRole;
import org.coplan.cases.CaseSelections;
import org.coplan.cases.ContactChannel;
import org.coplan.cases.Involvement;
import org.coplan.cases.NeedType;
import org.coplan.cases.ParticipationChoices;
import org.coplan.cases.Stage;
import org.coplan.measures.domain.ConfidenceReply;
import org.coplan.measures.domain.ConfidenceScale;
import org.coplan.measures.domain.ConfidenceStatement;
import org.coplan.measures.domain.SchoolYear;
import org.coplan.measures.internal.ConfidenceAnswering;
import org.coplan.measures.internal.OpenData;
import org.coplan.measures.internal.OpenData.Dataset;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationKind;
import org.coplan.people.Person;
import org.coplan.people.SchoolPhase;
import org.coplan.people.StaffRole;
import org.coplan.provision.DeliverySetup;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data files, drawn from an authority built through the real services: the CSV and JSON
 * agree, a small count is hidden and cannot be worked out from its row or column, nothing in any file
 * is about one person, and the data dictionary describes every column.
 */
class OpenDataTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CaseSelections selections;

    @Autowired
    ConfidenceSurveys surveys;

    @Autowired
    ConfidenceAnswering answering;

    @Autowired
    DeliverySetup delivery;

    @Autowired
    OpenData openData;

    @Autowired
    org.coplan.plans.PlanSetup planSetup;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    /** An authority with its children, built once for the class. */
    record Area(Organisation authority, List<String> personal) {}

    private static Area area;

    /**
     * Demo-sized but with every kind of count: at Oakfield-like primary school 10 autistic children
     * (aged 8) and 7 with social, emotional and mental health needs (aged 9); at a secondary school 2
     * with social, emotional and mental health needs (aged 13: the small count) and 6 with speech,
     * language and communication needs who have an EHC plan issued; one young person of 17 at a school
     * whose phase is not recorded, with no need recorded. The parents of the 10 choose a level of
     * involvement (6 co-producing, 4 asking for views) and answer the survey (5 agreeing).
     */
    private Area area() {
        if (area != null) {
            return area;
        }
        String n = fixtures.uniqueEmail("od").replaceAll("[^0-9]", "");
        List<String> personal = new ArrayList<>();
        Organisation la = fixtures.people().createOrganisation(OrganisationKind.LOCAL_AUTHORITY, "Open Data Council " + n, null);
        Organisation primary = fixtures.people().createOrganisation(OrganisationKind.SCHOOL, "Primary " + n, la.id());
        Organisation secondary = fixtures.people().createOrganisation(OrganisationKind.SCHOOL, "Secondary " + n, la.id());
        Organisation unknown = fixtures.people().createOrganisation(OrganisationKind.SCHOOL, "Unknown phase " + n, la.id());
        fixtures.people().setPhase(primary.id(), SchoolPhase.PRIMARY);
        fixtures.people().setPhase(secondary.id(), SchoolPhase.SECONDARY);
        Person coordinator = fixtures.staff("Odette Coordinator", la, StaffRole.EHC_COORDINATOR);
        personal.add(coordinator.email());
        LocalDate today = LocalDate.now(clock());
        int[] child = {0};
        record Child(CaseId id, Person parent, CaseMember parentMember) {}
        java.util.function.BiFunction<Organisation, Integer, Child> open = (school, age) -> {
            child[0]++;
            String family = "Zqx" + n + "c" + child[0];
            LocalDate born = today.minusYears(age).minusDays(20 + child[0]);
            CaseId id = fixtures.cases().openCase(coordinator.id(), CaseRole.EHC_COORDINATOR, "Kid", family, null, born, school.id(), la.id(),
                    Stage.SEN_SUPPORT);
            Person parent = fixtures.person("Parent " + family);
            CaseMember member = fixtures.cases().addMember(id, parent.id(), CaseRole.PARENT_CARER);
            personal.addAll(List.of(family, born.toString(), id.value().toString(), parent.displayName(), parent.email(),
                    parent.id().value().toString()));
            return new Child(id, parent, member);
        };
        for (int i = 0; i < 10; i++) {
            Child c = open.apply(primary, 8);
            selections.setPrimaryNeed(c.id(), NeedType.ASD);
            fixtures.cases().participation(new ParticipationChoices(c.parentMember().id(), i < 6 ? Involvement.CO_PRODUCING
                    : Involvement.ASKED_FOR_VIEWS, EnumSet.of(ContactChannel.EMAIL), "English", false, null, Set.of(), null, 0, null));
            answer(c.id(), c.parent(), i < 5 ? ConfidenceScale.AGREE : ConfidenceScale.DISAGREE);
        }
        for (int i = 0; i < 7; i++) {
            selections.setPrimaryNeed(open.apply(primary, 9).id(), NeedType.SEMH);
        }
        for (int i = 0; i < 2; i++) {
            selections.setPrimaryNeed(open.apply(secondary, 13).id(), NeedType.SEMH);
        }
        for (int i = 0; i < 6; i++) {
            Child c = open.apply(secondary, 13);
            selections.setPrimaryNeed(c.id(), NeedType.SLCN);
            planFixtures.decidedToIssue(c.id(), coordinator);
            java.util.UUID ehc = planSetup.start(coordinator.id(), c.id(), org.coplan.plans.domain.PlanKind.EHC);
            planSetup.provision(coordinator.id(), c.id(), ehc, 1, org.coplan.plans.domain.SectionCode.F, "Speech and language therapy",
                    "Speech and language therapist", "3 times a week", "30 minutes", "1 to 1", List.of(),
                    new org.coplan.plans.domain.ProvisionAmount(3, org.coplan.plans.domain.ProvisionAmount.Per.WEEK, 30, 1,
                            CaseRole.HEALTH_PROFESSIONAL.name(), null));
            planFixtures.writeEverySection(c.id(), coordinator, ehc, 1);
            planSetup.propose(coordinator.id(), c.id(), ehc, 1, today.minusWeeks(7));
            planSetup.issue(coordinator.id(), c.id(), ehc, 1, today.minusWeeks(4));
            delivery.provisionInForce(c.id(), today.minusWeeks(4));
        }
        open.apply(unknown, 17);
        area = new Area(la, personal);
        return area;
    }

    private void answer(CaseId caseId, Person parent, ConfidenceScale scale) {
        surveys.offer(caseId, ConfidenceMoment.PLAN_SENT, "open-data-" + caseId.value());
        Map<ConfidenceStatement, ConfidenceScale> answers = new EnumMap<>(ConfidenceStatement.class);
        for (ConfidenceStatement s : ConfidenceStatement.values()) {
            answers.put(s, scale);
        }
        ConfidenceOffersAnswer.answer(answering, parent, new ConfidenceReply(answers, "", false));
    }

    /** Answers the person's one open offer. */
    static final class ConfidenceOffersAnswer {
        static void answer(ConfidenceAnswering answering, Person parent, ConfidenceReply reply) {
            var offer = answering.openOffersOf(parent.id()).getFirst();
            assertThat(answering.answer(offer, reply)).isEqualTo(ConfidenceAnswering.Saved.SAVED);
        }
    }

    private String path(Dataset d, String format) {
        return "/open-data/" + area().authority().id().value() + "/" + d.path() + "." + format;
    }

    private Page download(Dataset d, String format, String year) {
        Visitor anyone = visitor();
        Page page = anyone.get(path(d, format) + "?year=" + year);
        assertThat(page.status()).as("%s.%s", d.path(), format).isEqualTo(200);
        return page;
    }

    private static List<Map<String, String>> csvRows(String csv) {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                rows.add(new LinkedHashMap<>(r.toMap()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> csvHeader(String csv) {
        return List.of(csv.lines().findFirst().orElseThrow().split(","));
    }

    private static Map<String, String> only(List<Map<String, String>> rows, Predicate<Map<String, String>> which) {
        List<Map<String, String>> found = rows.stream().filter(which).toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private static Predicate<Map<String, String>> cell(String breakdown, String group, String column, String value) {
        return r -> r.get("breakdown").equals(breakdown) && r.get("group").equals(group) && r.get(column).equals(value);
    }

    // ---- the tests

    @Test
    void jsonAndCsvHoldTheSameRowsAndValues() {
        for (Dataset d : Dataset.values()) {
            List<Map<String, String>> csv = csvRows(download(d, "csv", "2026-27").body());
            JsonNode json = JSON.readTree(download(d, "json", "2026-27").body());
            assertThat(json.get("dataset").asString()).isEqualTo(d.path());
            JsonNode rows = json.get("rows");
            assertThat(rows.size()).as(d.path()).isEqualTo(csv.size()).isPositive();
            for (int i = 0; i < csv.size(); i++) {
                Map<String, String> c = csv.get(i);
                JsonNode j = rows.get(i);
                boolean suppressed = j.get("suppressed").asBoolean();
                assertThat(c.get("suppressed")).isEqualTo(String.valueOf(suppressed));
                for (Map.Entry<String, String> e : c.entrySet()) {
                    JsonNode v = j.get(e.getKey());
                    assertThat(v).as("%s row %d has %s in JSON", d.path(), i, e.getKey()).isNotNull();
                    if (e.getValue().equals(OpenData.SUPPRESSED_MARK)) {
                        assertThat(suppressed).isTrue();
                        assertThat(v.isNull()).as("%s row %d %s hidden in JSON", d.path(), i, e.getKey()).isTrue();
                    } else if (e.getValue().isEmpty()) {
                        assertThat(v.isNull()).as("%s row %d %s", d.path(), i, e.getKey()).isTrue();
                    } else {
                        if (v.isNumber()) {
                            assertThat(v.decimalValue()).as("%s row %d %s", d.path(), i, e.getKey())
                                    .isEqualByComparingTo(new java.math.BigDecimal(e.getValue()));
                        } else {
                            assertThat(v.asString()).as("%s row %d %s", d.path(), i, e.getKey()).isEqualTo(e.getValue());
                        }
                    }
                }
            }
        }
    }

    @Test
    void theSmallCountIsHiddenAndCannotBeWorkedOutFromItsRowOrColumn() {
        List<Map<String, String>> needs = csvRows(download(Dataset.NEEDS, "csv", "2026-27").body());
        // what the area really holds; every other count by phase or age band is 0
        Map<String, Integer> truth = Map.ofEntries(
                Map.entry("phase|PRIMARY|ASD", 10), Map.entry("phase|PRIMARY|SEMH", 7), Map.entry("phase|PRIMARY|TOTAL", 17),
                Map.entry("phase|SECONDARY|SEMH", 2), Map.entry("phase|SECONDARY|SLCN", 6), Map.entry("phase|SECONDARY|TOTAL", 8),
                Map.entry("phase|NOT_RECORDED|NOT_RECORDED", 1), Map.entry("phase|NOT_RECORDED|TOTAL", 1),
                Map.entry("age_band|AGE_5_TO_10|ASD", 10), Map.entry("age_band|AGE_5_TO_10|SEMH", 7), Map.entry("age_band|AGE_5_TO_10|TOTAL", 17),
                Map.entry("age_band|AGE_11_TO_15|SEMH", 2), Map.entry("age_band|AGE_11_TO_15|SLCN", 6),
                Map.entry("age_band|AGE_11_TO_15|TOTAL", 8), Map.entry("age_band|AGE_16_TO_19|NOT_RECORDED", 1),
                Map.entry("age_band|AGE_16_TO_19|TOTAL", 1),
                Map.entry("all|ALL|ASD", 10), Map.entry("all|ALL|SEMH", 9), Map.entry("all|ALL|SLCN", 6), Map.entry("all|ALL|NOT_RECORDED", 1),
                Map.entry("all|ALL|TOTAL", 26));
        int shown = 0;
        for (Map<String, String> r : needs) {
            String key = r.get("breakdown") + "|" + r.get("group") + "|" + r.get("primary_need");
            if (r.get("suppressed").equals("false") && !r.get("breakdown").equals("stage")) {
                assertThat(r.get("children")).as(key).isEqualTo(String.valueOf(truth.getOrDefault(key, 0)));
                shown += truth.containsKey(key) ? 1 : 0;
            }
        }
        assertThat(shown).as("counts of children shown").isGreaterThanOrEqualTo(3);
        assertThat(only(needs, cell("all", "ALL", "primary_need", "TOTAL")).get("children")).isEqualTo("26");
        // the two children with SEMH needs at the secondary school, and the one with no need recorded at a school of no recorded phase
        Map<String, String> small = only(needs, cell("phase", "SECONDARY", "primary_need", "SEMH"));
        assertThat(small.get("children")).isEqualTo(OpenData.SUPPRESSED_MARK);
        assertThat(small.get("suppressed")).isEqualTo("true");
        assertThat(only(needs, cell("age_band", "AGE_11_TO_15", "primary_need", "SEMH")).get("children")).isEqualTo(OpenData.SUPPRESSED_MARK);
        assertThat(only(needs, cell("phase", "NOT_RECORDED", "primary_need", "NOT_RECORDED")).get("children"))
                .isEqualTo(OpenData.SUPPRESSED_MARK);
        cannotBeWorkedOut(needs, "primary_need", List.of("stage", "phase", "age_band"));

        List<Map<String, String>> chosen = csvRows(download(Dataset.PARTICIPATION, "csv", "2026-27").body()).stream()
                .filter(r -> r.get("table").equals("chosen_involvement")).toList();
        Map<String, Integer> chosenTruth = new HashMap<>();
        for (String[] g : new String[][] {{"phase|PRIMARY", "age_band|AGE_5_TO_10"}, {"phase|SECONDARY", "age_band|AGE_11_TO_15"},
                {"phase|NOT_RECORDED", "age_band|AGE_16_TO_19"}}) {
            int[] counts = g[0].endsWith("PRIMARY") && !g[0].contains("NOT") ? new int[] {6, 4, 7} : g[0].endsWith("SECONDARY") ? new int[] {0, 0, 8}
                    : new int[] {0, 0, 1};
            for (String group : g) {
                chosenTruth.put(group + "|CO_PRODUCING", counts[0]);
                chosenTruth.put(group + "|ASKED_FOR_VIEWS", counts[1]);
                chosenTruth.put(group + "|NOT_CHOSEN", counts[2]);
                chosenTruth.put(group + "|TOTAL", counts[0] + counts[1] + counts[2]);
            }
        }
        chosenTruth.putAll(Map.of("all|ALL|CO_PRODUCING", 6, "all|ALL|ASKED_FOR_VIEWS", 4, "all|ALL|NOT_CHOSEN", 16, "all|ALL|TOTAL", 26));
        long chosenShown = 0;
        for (Map<String, String> r : chosen) {
            if (r.get("suppressed").equals("false")) {
                String key = r.get("breakdown") + "|" + r.get("group") + "|" + r.get("category");
                assertThat(r.get("count")).as(key).isEqualTo(String.valueOf(chosenTruth.getOrDefault(key, 0)));
                chosenShown += chosenTruth.getOrDefault(key, 0) > 0 ? 1 : 0;
            }
        }
        assertThat(chosenShown).as("counts of family members shown").isPositive();
        assertThat(only(chosen, cell("phase", "PRIMARY", "category", "ASKED_FOR_VIEWS")).get("count")).isEqualTo(OpenData.SUPPRESSED_MARK);
        cannotBeWorkedOut(chosen, "category", List.of("phase", "age_band"));

        List<Map<String, String>> confidence = csvRows(download(Dataset.CONFIDENCE, "csv", "2026-27").body());
        for (String[] group : new String[][] {{"all", "ALL"}, {"phase", "PRIMARY"}, {"age_band", "AGE_5_TO_10"}}) {
            Map<String, String> informed = only(confidence, cell(group[0], group[1], "statement", "INFORMED"));
            assertThat(informed.get("answers")).isEqualTo("10");
            assertThat(informed.get("agreeing")).isEqualTo("5");
            assertThat(informed.get("share_agreeing")).isEqualTo("0.5000");
        }
        Map<String, String> none = only(confidence, cell("phase", "SECONDARY", "statement", "INFORMED"));
        assertThat(none.get("answers")).isEqualTo("0");
        assertThat(none.get("share_agreeing")).as("a share of nobody does not apply").isEmpty();

        List<Map<String, String>> provision = csvRows(download(Dataset.PROVISION, "csv", "2026-27").body());
        assertThat(only(provision, r -> r.get("table").equals("weekly_hours") && r.get("breakdown").equals("phase")
                && r.get("group").equals("SECONDARY") && r.get("category").equals("TOTAL")).get("children")).isEqualTo("6");
        assertThat(only(provision, r -> r.get("table").equals("weekly_hours") && r.get("breakdown").equals("all")
                && r.get("category").equals("UNDER_2_HOURS")).get("children")).as("90 minutes a week").isEqualTo("6");
        assertThat(only(provision, r -> r.get("table").equals("section") && r.get("breakdown").equals("all")
                && r.get("category").equals("F")).get("children")).isEqualTo("6");
        assertThat(only(provision, r -> r.get("table").equals("provider") && r.get("breakdown").equals("age_band")
                && r.get("group").equals("AGE_11_TO_15") && r.get("category").equals("HEALTH_PROFESSIONAL")).get("children")).isEqualTo("6");
    }

    /**
     * A reader's attack: every sum the file implies (a row's groups adding up to the whole area, the rows
     * adding up to the total) with one count hidden gives that count away; what it gives away is used in
     * turn. None of what comes out may be a small count (1 to 4), and a hidden count must be among them.
     */
    private static void cannotBeWorkedOut(List<Map<String, String>> rows, String rowColumn, List<String> breakdowns) {
        Map<String, Integer> known = new HashMap<>();
        Set<String> all = new java.util.HashSet<>();
        String figure = rows.getFirst().containsKey("children") ? "children" : "count";
        for (Map<String, String> r : rows) {
            String key = r.get("breakdown") + "|" + r.get("group") + "|" + r.get(rowColumn);
            all.add(key);
            if (r.get("suppressed").equals("false")) {
                known.put(key, Integer.parseInt(r.get(figure)));
            }
        }
        assertThat(known.size()).as("some counts are hidden").isLessThan(all.size());
        List<List<String>> sums = new ArrayList<>();
        Map<String, List<String>> byRow = new LinkedHashMap<>();
        Map<String, List<String>> byColumn = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            String row = r.get(rowColumn);
            String key = r.get("breakdown") + "|" + r.get("group") + "|" + row;
            if (!r.get("breakdown").equals("all")) {
                byRow.computeIfAbsent(r.get("breakdown") + "|" + row, k -> new ArrayList<>(List.of("all|ALL|" + row))).add(key);
            }
            if (!row.equals("TOTAL")) {
                String total = r.get("breakdown") + "|" + r.get("group") + "|TOTAL";
                byColumn.computeIfAbsent(total, k -> new ArrayList<>(List.of(total))).add(key);
            }
        }
        assertThat(breakdowns).allSatisfy(b -> assertThat(byRow.keySet()).anyMatch(k -> k.startsWith(b + "|")));
        sums.addAll(byRow.values());
        sums.addAll(byColumn.values().stream().filter(s -> all.contains(s.getFirst())).toList());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<String> sum : sums) {
                List<String> unknown = sum.stream().filter(k -> !known.containsKey(k)).toList();
                if (unknown.size() != 1) {
                    continue;
                }
                String missing = unknown.getFirst();
                int partsKnown = sum.subList(1, sum.size()).stream().filter(known::containsKey).mapToInt(known::get).sum();
                int value = missing.equals(sum.getFirst()) ? partsKnown : known.get(sum.getFirst()) - partsKnown;
                assertThat(value > 0 && value < 5).as("%s worked out from %s as %d", missing, sum, value).isFalse();
                known.put(missing, value);
                changed = true;
            }
        }
    }

    @Test
    void nothingInAnyFileIsAboutOnePerson() {
        Area a = area();
        for (Dataset d : Dataset.values()) {
            for (String format : List.of("csv", "json")) {
                String body = download(d, format, "2026-27").body();
                assertThat(body).as("%s.%s", d.path(), format)
                        .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                        .doesNotContain("Kid ").doesNotContain("@");
                for (String p : a.personal()) {
                    assertThat(body).as("%s.%s", d.path(), format).doesNotContain(p);
                }
            }
        }
    }

    @Test
    void theDictionaryDescribesEveryColumnOfEveryFile() {
        JsonNode dictionary = JSON.readTree(visitor().get("/open-data/dictionary.json").body());
        assertThat(dictionary.get("suppression").asString()).contains("Any count from 1 to 4 is hidden");
        assertThat(dictionary.get("csv_marker").asString()).isEqualTo("[c]");
        Map<String, List<String>> described = new HashMap<>();
        for (JsonNode d : dictionary.get("datasets")) {
            List<String> columns = new ArrayList<>();
            for (JsonNode c : d.get("columns")) {
                assertThat(c.get("meaning").asString()).as("%s.%s", d.get("name").asString(), c.get("name").asString()).isNotBlank();
                assertThat(c.get("type").asString()).isIn("text", "integer", "decimal", "date", "boolean");
                columns.add(c.get("name").asString());
            }
            described.put(d.get("name").asString(), columns);
        }
        assertThat(described.keySet()).containsExactlyInAnyOrder("needs", "provision", "participation", "confidence");
        for (Dataset d : Dataset.values()) {
            String csv = download(d, "csv", "2026-27").body();
            assertThat(csvHeader(csv)).as("the columns of %s", d.path()).isEqualTo(described.get(d.path()));
            // every value the export makes has a column in the dictionary, so a new one cannot slip out undescribed
            for (OpenData.Row row : openData.table(area().authority(), d, new SchoolYear(2026)).rows()) {
                assertThat(row.values().keySet()).as(d.path()).containsExactlyInAnyOrderElementsOf(described.get(d.path()));
            }
            for (String column : described.get(d.path())) {
                assertThat(messages.getMessage("openData.column." + d.path() + "." + column, null, null, Locale.UK)).isNotBlank();
            }
        }
    }

    @Test
    void aBadYearIsRefusedWithAClearMessage() {
        Visitor anyone = visitor();
        Page csv = anyone.get(path(Dataset.NEEDS, "csv") + "?year=2025-2026");
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.body()).isEqualTo("Enter a school year like 2025-26");
        Page future = anyone.get(path(Dataset.CONFIDENCE, "json") + "?year=2030-31");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("There are no figures for that school year yet. Enter 2026-27 or an earlier year");
        Page page = anyone.get("/open-data/" + area().authority().id().value() + "?year=26-27");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("There is a problem", "Enter a school year like 2025-26");
        assertThat(page.body()).contains("value=\"26-27\"");
    }

    @Test
    void anyoneMayDownloadWithoutSigningInAndEachDownloadIsAudited() {
        Visitor anyone = visitor();
        Page list = anyone.get("/open-data");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("/open-data/" + area().authority().id().value());
        Page page = anyone.get("/open-data/" + area().authority().id().value());
        assertThat(page.text()).contains("Open data: " + area().authority().name(), "Files for the school year 2025-26", "Data dictionary",
                "primary_need");
        Page file = anyone.get(path(Dataset.NEEDS, "csv"));
        assertThat(file.status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_event where actor_role = 'PUBLIC' and action = 'EXPORTED' and subject = ?")
                .param("Open data: needs-2025-26.csv").query(Integer.class).single()).isPositive();
        assertThat(anyone.get("/open-data/" + area().authority().id().value() + "/secrets.csv").status()).isEqualTo(404);
        assertThat(anyone.get("/open-data/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        Organisation school = fixtures.people().organisationsIn(area().authority().id()).stream()
                .filter(o -> o.kind() == OrganisationKind.SCHOOL).findFirst().orElseThrow();
        assertThat(anyone.get("/open-data/" + school.id().value() + "/needs.csv").status()).as("a school is not an area").isEqualTo(404);
    }
}
