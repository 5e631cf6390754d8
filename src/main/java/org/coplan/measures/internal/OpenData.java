package org.coplan.measures.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.coplan.cases.AgeBand;
import org.coplan.cases.CaseFacets;
import org.coplan.cases.CaseFigures;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseSelections;
import org.coplan.cases.ChosenInvolvement;
import org.coplan.cases.Involvement;
import org.coplan.cases.NeedType;
import org.coplan.cases.Stage;
import org.coplan.measures.domain.ConfidenceStatement;
import org.coplan.measures.domain.OpenTable;
import org.coplan.measures.domain.OpenTable.Cell;
import org.coplan.measures.domain.SchoolYear;
import org.coplan.people.Organisation;
import org.coplan.people.SchoolPhase;
import org.coplan.provision.ProvisionInForceCounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open-data files of one local authority: counts across its area for commissioning and the joint
 * strategic needs assessment, by school phase and age band, never a person. Each file is a tidy table
 * (one row per count) whose columns the {@link #COLUMNS data dictionary} lists; a count from 1 to
 * {@code coplan.measures.smallest-shown} less one is hidden, and so is every count it could be worked
 * out from (see {@link OpenTable}). A row with a hidden count has all its figures hidden and is
 * marked {@code suppressed}.
 */
@Service
public class OpenData {

    /** The files. */
    public enum Dataset {
        NEEDS, PROVISION, PARTICIPATION, CONFIDENCE;

        /** As written in the address and the file name: {@code needs}, ... */
        public String path() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Dataset> fromPath(String path) {
            return Arrays.stream(values()).filter(d -> d.path().equals(path)).findFirst();
        }
    }

    /** What a column holds: {@code text}, {@code integer}, {@code decimal}, {@code date} or {@code boolean}. */
    public record Column(String name, String type, boolean figure) {}

    /** One row: the values by column name; a suppressed row has null in each of its figure columns. */
    public record Row(Map<String, Object> values, boolean suppressed) {}

    /** A whole file. */
    public record Table(Dataset dataset, String area, List<Column> columns, List<Row> rows) {}

    /** The marker for a hidden count in a CSV file, as the Office for National Statistics writes it. */
    public static final String SUPPRESSED_MARK = "[c]";

    public static final String NOT_RECORDED = "NOT_RECORDED";

    private static Column text(String name) {
        return new Column(name, "text", false);
    }

    private static Column figure(String name, String type) {
        return new Column(name, type, true);
    }

    private static final Column SUPPRESSED = new Column("suppressed", "boolean", false);

    /** Every file's columns, in order: the data dictionary's list, and the only columns written. */
    public static final Map<Dataset, List<Column>> COLUMNS = Map.of(
            Dataset.NEEDS, List.of(text("area"), new Column("as_at", "date", false), text("breakdown"), text("group"),
                    text("primary_need"), figure("children", "integer"), SUPPRESSED),
            Dataset.PROVISION, List.of(text("area"), new Column("as_at", "date", false), text("table"), text("category"),
                    text("breakdown"), text("group"), figure("children", "integer"), SUPPRESSED),
            Dataset.PARTICIPATION, List.of(text("area"), text("period"), new Column("as_at", "date", false), text("table"),
                    text("category"), text("term"), text("breakdown"), text("group"), text("measure"), figure("count", "integer"),
                    figure("base", "integer"), figure("value", "decimal"), SUPPRESSED),
            Dataset.CONFIDENCE, List.of(text("area"), text("period"), text("statement"), text("breakdown"), text("group"),
                    figure("answers", "integer"), figure("agreeing", "integer"), figure("share_agreeing", "decimal"), SUPPRESSED));

    /** The breakdowns: each case is in one group of each. */
    static final String STAGE = "stage";

    static final String PHASE = "phase";

    static final String AGE_BAND = "age_band";

    static final String WHOLE_AREA = "all";

    /** The weekly-hours bands of the provision file. */
    public enum HoursBand {
        NONE_QUANTIFIED, UNDER_2_HOURS, FROM_2_TO_5_HOURS, FROM_5_TO_10_HOURS, FROM_10_HOURS;

        static HoursBand of(int quantified, int minutesPerWeek) {
            if (quantified == 0) {
                return NONE_QUANTIFIED;
            }
            return minutesPerWeek < 120 ? UNDER_2_HOURS : minutesPerWeek < 300 ? FROM_2_TO_5_HOURS
                    : minutesPerWeek < 600 ? FROM_5_TO_10_HOURS : FROM_10_HOURS;
        }
    }

    private static final String AGREEING = "AGREEING";

    private static final String NOT_AGREEING = "NOT_AGREEING";

    private static final String WITH = "WITH";

    private static final String WITHOUT = "WITHOUT";

    private static final String CASES = "CASES";

    private final CaseSelections selections;
    private final ProvisionInForceCounts provision;
    private final ChosenInvolvement involvement;
    private final ObjectProvider<CaseFigures> figures;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int smallestShown;

    OpenData(CaseSelections selections, ProvisionInForceCounts provision, ChosenInvolvement involvement,
            ObjectProvider<CaseFigures> figures, JdbcClient jdbc, Clock clock,
            @Value("${coplan.measures.smallest-shown:5}") int smallestShown) {
        this.selections = selections;
        this.provision = provision;
        this.involvement = involvement;
        this.figures = figures;
        this.jdbc = jdbc;
        this.clock = clock;
        this.smallestShown = smallestShown;
    }

    public int smallestShown() {
        return smallestShown;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The file for the authority's area and the school year. */
    @Transactional(readOnly = true)
    public Table table(Organisation authority, Dataset dataset, SchoolYear year) {
        LocalDate today = today();
        List<CaseFacets> cases = selections.inAuthority(authority.id(), today);
        Map<String, Object> common = new LinkedHashMap<>();
        common.put("area", authority.name());
        List<Row> rows = switch (dataset) {
            case NEEDS -> needs(cases, with(common, "as_at", today));
            case PROVISION -> provision(cases, today, with(common, "as_at", today));
            case PARTICIPATION -> participation(cases, year, with(with(common, "period", year.toString()), "as_at", today));
            case CONFIDENCE -> confidence(cases, year, with(common, "period", year.toString()));
        };
        return new Table(dataset, authority.name(), COLUMNS.get(dataset), rows);
    }

    // ---- the files

    private List<Row> needs(List<CaseFacets> cases, Map<String, Object> common) {
        List<String> needs = names(NeedType.values());
        needs.add(NOT_RECORDED);
        List<OpenTable> tables = breakdowns(true, needs, true);
        for (CaseFacets c : cases) {
            String need = c.need() == null ? NOT_RECORDED : c.need().name();
            addToEach(tables, c, need, 1);
        }
        List<Row> rows = new ArrayList<>();
        emit(tables, common, rows, (row, cell) -> Map.of("primary_need", row, "children", cell));
        return rows;
    }

    private List<Row> provision(List<CaseFacets> cases, LocalDate today, Map<String, Object> common) {
        Map<CaseId, CaseFacets> byId = index(cases);
        Map<CaseId, int[]> hours = new HashMap<>();
        Map<CaseId, Set<String>> sections = new HashMap<>();
        Map<CaseId, Set<String>> providers = new HashMap<>();
        Set<String> allSections = new TreeSet<>();
        Set<String> allProviders = new TreeSet<>();
        for (ProvisionInForceCounts.InForce i : provision.inForce(byId.keySet(), today)) {
            int[] h = hours.computeIfAbsent(i.caseId(), k -> new int[2]);
            h[0] += i.quantified();
            h[1] += i.minutesPerWeek();
            String provider = i.providerRole() == null ? "NOT_SAID" : i.providerRole();
            sections.computeIfAbsent(i.caseId(), k -> new TreeSet<>()).add(i.section());
            providers.computeIfAbsent(i.caseId(), k -> new TreeSet<>()).add(provider);
            allSections.add(i.section());
            allProviders.add(provider);
        }
        List<Row> rows = new ArrayList<>();
        List<OpenTable> hoursTables = breakdowns(false, names(HoursBand.values()), true);
        hours.forEach((id, h) -> addToEach(hoursTables, byId.get(id), HoursBand.of(h[0], h[1]).name(), 1));
        emit(hoursTables, with(common, "table", "weekly_hours"), rows, (row, cell) -> Map.of("category", row, "children", cell));

        List<OpenTable> sectionTables = breakdowns(false, new ArrayList<>(allSections), false);
        sections.forEach((id, s) -> s.forEach(section -> addToEach(sectionTables, byId.get(id), section, 1)));
        emit(sectionTables, with(common, "table", "section"), rows, (row, cell) -> Map.of("category", row, "children", cell));

        List<OpenTable> providerTables = breakdowns(false, new ArrayList<>(allProviders), false);
        providers.forEach((id, p) -> p.forEach(provider -> addToEach(providerTables, byId.get(id), provider, 1)));
        emit(providerTables, with(common, "table", "provider"), rows, (row, cell) -> Map.of("category", row, "children", cell));
        return rows;
    }

    private List<Row> participation(List<CaseFacets> cases, SchoolYear year, Map<String, Object> common) {
        Map<CaseId, CaseFacets> byId = index(cases);
        List<String> levels = names(Involvement.values());
        levels.add("NOT_CHOSEN");
        List<OpenTable> tables = breakdowns(false, levels, true);
        for (ChosenInvolvement.Chosen c : involvement.on(byId.keySet())) {
            addToEach(tables, byId.get(c.caseId()), c.involvement() == null ? "NOT_CHOSEN" : c.involvement().name(), c.members());
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Object> chosen = with(with(with(common, "table", "chosen_involvement"), "term", null), "measure", "SHARE");
        List<Set<Cell>> hidden = OpenTable.hidden(tables, smallestShown);
        forEachCell(tables, hidden, (table, row, group, suppressed) -> {
            int count = table.count(row, group);
            int base = table.count(OpenTable.TOTAL, group);
            Map<String, Object> values = with(with(with(chosen, "category", row), "breakdown", breakdownOf(table, group)), "group", group);
            values.put("count", count);
            values.put("base", base);
            values.put("value", base == 0 ? null : share(count, base));
            rows.add(row(values, suppressed));
        });
        rows.addAll(figures(cases, year, common));
        return rows;
    }

    /** The quality figures every module offers, over the year's terms, for the whole area and each group. */
    private List<Row> figures(List<CaseFacets> cases, SchoolYear year, Map<String, Object> common) {
        Map<String, List<CaseId>> groups = new LinkedHashMap<>();
        groups.put(WHOLE_AREA + "|" + OpenTable.ALL, ids(cases));
        for (String phase : phaseGroups()) {
            groups.put(PHASE + "|" + phase, ids(cases.stream().filter(c -> phaseOf(c).equals(phase)).toList()));
        }
        for (AgeBand band : AgeBand.values()) {
            groups.put(AGE_BAND + "|" + band.name(), ids(cases.stream().filter(c -> c.ageBand() == band).toList()));
        }
        List<Row> rows = new ArrayList<>();
        for (CaseFigures bean : figures.orderedStream().toList()) {
            Map<String, Map<String, CaseFigures.Figure>> byGroup = new LinkedHashMap<>();
            groups.forEach((group, ids) -> {
                Map<String, CaseFigures.Figure> found = new LinkedHashMap<>();
                if (!ids.isEmpty()) {
                    bean.figures(ids, year.firstDay(), year.lastDay()).forEach(f -> found.put(f.key() + "|" + f.term(), f));
                }
                byGroup.put(group, found);
            });
            for (CaseFigures.Figure whole : byGroup.get(WHOLE_AREA + "|" + OpenTable.ALL).values()) {
                rows.addAll(figureRows(whole, byGroup, common));
            }
        }
        return rows;
    }

    private List<Row> figureRows(CaseFigures.Figure whole, Map<String, Map<String, CaseFigures.Figure>> byGroup, Map<String, Object> common) {
        boolean share = whole.measure() == CaseFigures.Measure.SHARE;
        List<String> parts = share ? List.of(WITH, WITHOUT) : List.of(CASES);
        OpenTable byPhase = new OpenTable(PHASE, parts, share, phaseGroups());
        OpenTable byAge = new OpenTable(AGE_BAND, parts, share, names(AgeBand.values()));
        String id = whole.key() + "|" + whole.term();
        byGroup.forEach((group, found) -> {
            CaseFigures.Figure f = found.get(id);
            String[] at = group.split("\\|");
            OpenTable table = at[0].equals(PHASE) ? byPhase : at[0].equals(AGE_BAND) ? byAge : null;
            if (f == null || table == null) {
                return;
            }
            if (share) {
                table.add(WITH, at[1], f.numeratorCases());
                table.add(WITHOUT, at[1], f.cases() - f.numeratorCases());
            } else {
                table.add(CASES, at[1], f.cases());
            }
        });
        List<OpenTable> tables = List.of(byPhase, byAge);
        List<Set<Cell>> hidden = OpenTable.hidden(tables, smallestShown);
        List<Row> rows = new ArrayList<>();
        Map<String, Object> base = with(with(with(with(common, "table", "figure"), "category", whole.key()), "term", whole.term()),
                "measure", whole.measure().name());
        forEachGroup(tables, hidden, (table, breakdown, group, suppressed) -> {
            CaseFigures.Figure f = byGroup.getOrDefault(breakdown + "|" + group, Map.of()).get(id);
            Map<String, Object> values = with(with(base, "breakdown", breakdown), "group", group);
            values.put("count", f == null ? 0 : f.numerator());
            values.put("base", f == null || f.measure() == CaseFigures.Measure.COUNT ? null : f.denominator());
            values.put("value", f == null || f.cases() == 0 ? null : round(f.value()));
            rows.add(row(values, suppressed || (f != null && small(f))));
        });
        return rows;
    }

    /** The figure's own rule: drawn from 1 to 4 cases, or a share whose part or the rest is from 1 to 4 cases. */
    private boolean small(CaseFigures.Figure f) {
        boolean few = f.cases() > 0 && f.cases() < smallestShown;
        if (f.measure() == CaseFigures.Measure.SHARE) {
            int rest = f.cases() - f.numeratorCases();
            few = few || (f.numeratorCases() > 0 && f.numeratorCases() < smallestShown) || (rest > 0 && rest < smallestShown);
        }
        return few;
    }

    private List<Row> confidence(List<CaseFacets> cases, SchoolYear year, Map<String, Object> common) {
        Map<CaseId, CaseFacets> byId = index(cases);
        ZoneId zone = clock.getZone();
        Map<ConfidenceStatement, List<OpenTable>> tables = new LinkedHashMap<>();
        for (ConfidenceStatement s : ConfidenceStatement.values()) {
            tables.put(s, breakdowns(false, List.of(AGREEING, NOT_AGREEING), true));
        }
        if (!byId.isEmpty()) {
            StringBuilder select = new StringBuilder("select case_id, count(*) as answers");
            for (ConfidenceStatement s : ConfidenceStatement.values()) {
                select.append(", count(*) filter (where ").append(s.field()).append(" in (1, 2)) as ").append(s.field());
            }
            jdbc.sql(select + """
                     from confidence_answer where case_id = any(?) and answered_at >= ? and answered_at < ?
                    group by case_id""")
                    .params(byId.keySet().stream().map(CaseId::value).toArray(UUID[]::new),
                            java.sql.Timestamp.from(year.firstDay().atStartOfDay(zone).toInstant()),
                            java.sql.Timestamp.from(year.lastDay().plusDays(1).atStartOfDay(zone).toInstant()))
                    .query(rs -> {
                        CaseFacets c = byId.get(new CaseId(rs.getObject("case_id", UUID.class)));
                        int answers = rs.getInt("answers");
                        for (ConfidenceStatement s : ConfidenceStatement.values()) {
                            int agreeing = rs.getInt(s.field());
                            addToEach(tables.get(s), c, AGREEING, agreeing);
                            addToEach(tables.get(s), c, NOT_AGREEING, answers - agreeing);
                        }
                    });
        }
        List<Row> rows = new ArrayList<>();
        tables.forEach((statement, ofStatement) -> forEachGroup(ofStatement, OpenTable.hidden(ofStatement, smallestShown),
                (table, breakdown, group, suppressed) -> {
                    int answers = table.count(OpenTable.TOTAL, group);
                    int agreeing = table.count(AGREEING, group);
                    Map<String, Object> values = with(with(with(common, "statement", statement.name()), "breakdown", breakdown), "group", group);
                    values.put("answers", answers);
                    values.put("agreeing", agreeing);
                    values.put("share_agreeing", answers == 0 ? null : share(agreeing, answers));
                    rows.add(row(values, suppressed));
                }));
        return rows;
    }

    // ---- tables

    /** One table per breakdown, each with the same rows: stage (when asked for), school phase and age band. */
    private static List<OpenTable> breakdowns(boolean withStage, List<String> rows, boolean rowsAddUp) {
        List<OpenTable> tables = new ArrayList<>();
        if (withStage) {
            tables.add(new OpenTable(STAGE, rows, rowsAddUp, names(Stage.values())));
        }
        tables.add(new OpenTable(PHASE, rows, rowsAddUp, phaseGroups()));
        tables.add(new OpenTable(AGE_BAND, rows, rowsAddUp, names(AgeBand.values())));
        return tables;
    }

    private static void addToEach(List<OpenTable> tables, CaseFacets c, String row, int n) {
        if (c == null || n == 0) {
            return;
        }
        for (OpenTable t : tables) {
            String group = switch (t.breakdown()) {
                case STAGE -> c.stage().name();
                case PHASE -> phaseOf(c);
                default -> c.ageBand().name();
            };
            t.add(row, group, n);
        }
    }

    private interface CellVisitor {
        void visit(OpenTable table, String row, String group, boolean suppressed);
    }

    /** Each cell once: the whole area's cells with the first table, then each table's groups. */
    private static void forEachCell(List<OpenTable> tables, List<Set<Cell>> hidden, CellVisitor visitor) {
        for (String row : tables.get(0).shownRows()) {
            visitor.visit(tables.get(0), row, OpenTable.ALL, hidden.get(0).contains(new Cell(row, OpenTable.ALL)));
        }
        for (int t = 0; t < tables.size(); t++) {
            OpenTable table = tables.get(t);
            for (String group : table.groups()) {
                for (String row : table.shownRows()) {
                    visitor.visit(table, row, group, hidden.get(t).contains(new Cell(row, group)));
                }
            }
        }
    }

    private interface GroupVisitor {
        void visit(OpenTable table, String breakdown, String group, boolean suppressed);
    }

    /** Each group once (the whole area first), suppressed when any of its counts is hidden. */
    private static void forEachGroup(List<OpenTable> tables, List<Set<Cell>> hidden, GroupVisitor visitor) {
        visitor.visit(tables.get(0), WHOLE_AREA, OpenTable.ALL, hidden.get(0).stream().anyMatch(c -> c.group().equals(OpenTable.ALL)));
        for (int t = 0; t < tables.size(); t++) {
            OpenTable table = tables.get(t);
            for (String group : table.groups()) {
                visitor.visit(table, table.breakdown(), group, hidden.get(t).stream().anyMatch(c -> c.group().equals(group)));
            }
        }
    }

    /** Rows of plain counts, one per cell. */
    private void emit(List<OpenTable> tables, Map<String, Object> common, List<Row> rows,
            java.util.function.BiFunction<String, Integer, Map<String, Object>> cellValues) {
        List<Set<Cell>> hidden = OpenTable.hidden(tables, smallestShown);
        forEachCell(tables, hidden, (table, row, group, suppressed) -> {
            Map<String, Object> values = with(with(common, "breakdown", breakdownOf(table, group)), "group", group);
            values.putAll(cellValues.apply(row, table.count(row, group)));
            rows.add(row(values, suppressed));
        });
    }

    private static String breakdownOf(OpenTable table, String group) {
        return group.equals(OpenTable.ALL) ? WHOLE_AREA : table.breakdown();
    }

    /** A row as written: figure columns emptied when it is suppressed; the suppressed flag set. */
    private static Row row(Map<String, Object> values, boolean suppressed) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put("suppressed", suppressed);
        return new Row(copy, suppressed);
    }

    // ---- small things

    static List<String> phaseGroups() {
        List<String> phases = names(SchoolPhase.values());
        phases.add(NOT_RECORDED);
        return phases;
    }

    private static String phaseOf(CaseFacets c) {
        return c.phase() == null ? NOT_RECORDED : c.phase().name();
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> v : values) {
            names.add(v.name());
        }
        return names;
    }

    private static Map<CaseId, CaseFacets> index(List<CaseFacets> cases) {
        Map<CaseId, CaseFacets> byId = new LinkedHashMap<>();
        cases.forEach(c -> byId.put(c.id(), c));
        return byId;
    }

    private static List<CaseId> ids(Collection<CaseFacets> cases) {
        return cases.stream().map(CaseFacets::id).toList();
    }

    private static Map<String, Object> with(Map<String, Object> values, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return copy;
    }

    private static BigDecimal share(int part, int whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
