package org.coplan.measures.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.coplan.cases.AgeBand;
import org.coplan.cases.CaseFigures;
import org.coplan.cases.CaseRole;
import org.coplan.cases.Involvement;
import org.coplan.cases.NeedType;
import org.coplan.cases.Stage;
import org.coplan.measures.domain.ConfidenceStatement;
import org.coplan.measures.internal.OpenData.Column;
import org.coplan.measures.internal.OpenData.Dataset;
import org.coplan.measures.internal.OpenData.HoursBand;
import org.coplan.measures.internal.OpenData.Row;
import org.coplan.measures.internal.OpenData.Table;
import org.coplan.people.SchoolPhase;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data files as CSV (RFC 4180, hidden counts written {@code [c]}) and JSON (hidden counts
 * null, the row marked {@code "suppressed": true}), and the data dictionary that describes them.
 */
@Component
public class OpenDataFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    OpenDataFiles(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] csv(Table table) {
        StringWriter out = new StringWriter();
        String[] header = table.columns().stream().map(Column::name).toArray(String[]::new);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            for (Row row : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (Column c : table.columns()) {
                    Object value = row.values().get(c.name());
                    cells.add(row.suppressed() && c.figure() ? OpenData.SUPPRESSED_MARK : value == null ? "" : cell(value.toString()));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] json(Table table, String period) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("dataset", table.dataset().path());
        file.put("area", table.area());
        file.put("period", period);
        file.put("dictionary", "/open-data/dictionary.json");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row row : table.rows()) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Column c : table.columns()) {
                values.put(c.name(), row.suppressed() && c.figure() ? null : row.values().get(c.name()));
            }
            rows.add(values);
        }
        file.put("rows", rows);
        return JSON.writeValueAsBytes(file);
    }

    /**
     * Text as a spreadsheet will not run it: a cell starting with =, +, -, @, a tab or a carriage
     * return would be read as a formula, so it gets a leading apostrophe (OWASP, CSV injection). A
     * number such as -0.5 is left as it is.
     */
    static String cell(String value) {
        return org.coplan.shared.web.CsvCells.safe(value);
    }

    // ---- the data dictionary

    /** A column as the dictionary describes it. */
    public record Entry(String name, String type, String meaning) {}

    /** A dataset as the dictionary describes it. */
    public record DatasetEntry(String name, String title, String description, List<Entry> columns) {}

    /** A list of codes that a column holds, each with its meaning. */
    public record Codes(String column, String title, List<Map<String, String>> codes) {}

    public List<DatasetEntry> datasets(Locale locale) {
        List<DatasetEntry> entries = new ArrayList<>();
        for (Dataset d : Dataset.values()) {
            List<Entry> columns = OpenData.COLUMNS.get(d).stream()
                    .map(c -> new Entry(c.name(), c.type(), meaning(d, c.name(), locale)))
                    .toList();
            entries.add(new DatasetEntry(d.path(), text("openData.dataset." + d.path() + ".title", locale),
                    text("openData.dataset." + d.path() + ".description", locale), columns));
        }
        return entries;
    }

    /** The meaning of a column of a dataset; null when the dictionary has none (a test keeps that from happening). */
    public String meaning(Dataset d, String column, Locale locale) {
        return messages.getMessage("openData.column." + d.path() + "." + column, null, null, locale);
    }

    public List<Codes> codes(Locale locale) {
        List<Codes> lists = new ArrayList<>();
        lists.add(codes("breakdown", locale, List.of(OpenData.WHOLE_AREA, OpenData.STAGE, OpenData.PHASE, OpenData.AGE_BAND),
                c -> "openData.breakdown." + c));
        List<String> groups = new ArrayList<>();
        groups.add("ALL");
        lists.add(codes("group", locale, groups, c -> "openData.group.ALL"));
        lists.add(codes("stage", locale, names(Stage.values()), c -> "stage." + c));
        List<String> phases = OpenData.phaseGroups();
        lists.add(codes("phase", locale, phases, c -> c.equals(OpenData.NOT_RECORDED) ? "facets.phase.notRecorded" : "facets.phase." + c));
        lists.add(codes("age_band", locale, names(AgeBand.values()), c -> "openData.ageBand." + c));
        List<String> needs = names(NeedType.values());
        needs.add(OpenData.NOT_RECORDED);
        needs.add("TOTAL");
        lists.add(codes("primary_need", locale, needs, c -> c.equals(OpenData.NOT_RECORDED) ? "facets.need.notRecorded"
                : c.equals("TOTAL") ? "openData.total" : "facets.need." + c));
        lists.add(codes("table", locale, List.of("weekly_hours", "section", "provider", "chosen_involvement", "figure"),
                c -> "openData.table." + c));
        List<String> hours = names(HoursBand.values());
        hours.add("TOTAL");
        lists.add(codes("weekly_hours", locale, hours, c -> c.equals("TOTAL") ? "openData.hours.TOTAL" : "openData.hours." + c));
        List<String> providers = names(CaseRole.values());
        providers.add("NOT_SAID");
        lists.add(codes("provider", locale, providers, c -> c.equals("NOT_SAID") ? "openData.provider.NOT_SAID" : "role." + c));
        List<String> levels = names(Involvement.values());
        levels.add("NOT_CHOSEN");
        levels.add("TOTAL");
        lists.add(codes("chosen_involvement", locale, levels, c -> c.equals("NOT_CHOSEN") ? "openData.involvement.NOT_CHOSEN"
                : c.equals("TOTAL") ? "openData.total" : "involvement." + c));
        lists.add(codes("measure", locale, names(CaseFigures.Measure.values()), c -> "openData.measure." + c));
        lists.add(codes("statement", locale, names(ConfidenceStatement.values()),
                c -> "confidence.statement." + c.toLowerCase(Locale.ROOT)));
        return lists;
    }

    public Map<String, Object> dictionary(Locale locale, int smallestShown) {
        Map<String, Object> dictionary = new LinkedHashMap<>();
        dictionary.put("title", text("openData.dictionary.title", locale));
        dictionary.put("suppression", messages.getMessage("openData.dictionary.suppression", new Object[] {smallestShown - 1}, locale));
        dictionary.put("csv_marker", OpenData.SUPPRESSED_MARK);
        dictionary.put("markers", text("openData.dictionary.markers", locale));
        dictionary.put("datasets", datasets(locale));
        dictionary.put("codes", codes(locale));
        return dictionary;
    }

    public byte[] dictionaryJson(Locale locale, int smallestShown) {
        return JSON.writeValueAsBytes(dictionary(locale, smallestShown));
    }

    private Codes codes(String column, Locale locale, List<String> values, java.util.function.Function<String, String> key) {
        List<Map<String, String>> codes = new ArrayList<>();
        for (String v : values) {
            Map<String, String> code = new LinkedHashMap<>();
            code.put("code", v);
            code.put("meaning", text(key.apply(v), locale));
            codes.add(code);
        }
        return new Codes(column, text("openData.codes." + column, locale), codes);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> v : values) {
            names.add(v.name());
        }
        return names;
    }
}
