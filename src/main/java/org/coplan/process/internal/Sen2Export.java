package org.coplan.process.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditLog;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationId;
import org.coplan.people.People;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.Sen2Record;
import org.coplan.process.domain.Sen2Record.Child;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SEN2 person-level return for one local authority as a CSV file: one row per child in
 * scope on the census date (see {@link Sen2Record}). Identifiable data, so every export is
 * audited with who made it, the census date and the number of rows.
 */
@Service
public class Sen2Export {

    /** The column names, in order. They name SEN2 items (ehc-process.md section 8); see the README. */
    public static final List<String> COLUMNS = List.of(
            "Surname", "Forename", "DateOfBirth", "RequestReceivedDate", "RequestSource", "RequestOutcome",
            "RequestOutcomeDate", "AssessmentOutcome", "AssessmentOutcomeDate", "Week20", "PlanStartDate",
            "PlanCeasedDate", "LastReviewDecisionDate", "SettingName");

    /** The file and how many children are in it. */
    public record Export(byte[] csv, int rows) {}

    private final JdbcClient jdbc;
    private final ProcessEvents events;
    private final People people;
    private final AuditLog audit;

    Sen2Export(JdbcClient jdbc, ProcessEvents events, People people, AuditLog audit) {
        this.jdbc = jdbc;
        this.events = events;
        this.people = people;
        this.audit = audit;
    }

    /**
     * Builds the file and records the export in the audit log, in one transaction.
     *
     * @param actorRole the staff role the person exports in, for the audit log
     */
    @Transactional
    public Export export(UUID localAuthority, LocalDate censusDate, UUID actorId, String actorName, String actorRole) {
        Map<UUID, String> settings = new HashMap<>();
        for (Organisation o : people.organisationsIn(new OrganisationId(localAuthority))) {
            settings.put(o.id().value(), o.name());
        }
        Map<UUID, Child> children = new HashMap<>();
        jdbc.sql("select case_id, given_name, family_name, date_of_birth, school_id from process_summary where local_authority_id = ?")
                .param(localAuthority)
                .query(rs -> {
                    UUID school = rs.getObject("school_id", UUID.class);
                    children.put(rs.getObject("case_id", UUID.class), new Child(rs.getString("family_name"),
                            rs.getString("given_name"), rs.getObject("date_of_birth", LocalDate.class),
                            school == null ? null : settings.get(school)));
                });
        List<Sen2Record> records = new ArrayList<>();
        UUID[] current = {null};
        List<ProcessEvent> steps = new ArrayList<>();
        events.eachInAuthority(localAuthority, censusDate, recorded -> {
            if (!recorded.caseId().equals(current[0])) {
                add(children.get(current[0]), steps, censusDate, records);
                steps.clear();
                current[0] = recorded.caseId();
            }
            steps.add(recorded.event());
        });
        add(children.get(current[0]), steps, censusDate, records);
        records.sort(Comparator.comparing(Sen2Record::surname, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Sen2Record::forename, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Sen2Record::dateOfBirth));
        byte[] csv = csv(records);
        audit.record(new AuditEntry(actorId, actorName, actorRole, null, AuditAction.EXPORTED, "SEN2 export",
                "Census date " + censusDate + ", " + records.size() + " rows"));
        return new Export(csv, records.size());
    }

    private static void add(Child child, List<ProcessEvent> steps, LocalDate censusDate, List<Sen2Record> into) {
        if (child != null && !steps.isEmpty()) {
            Sen2Record.of(child, steps, censusDate).ifPresent(into::add);
        }
    }

    static byte[] csv(List<Sen2Record> records) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Sen2Record r : records) {
                printer.printRecord(
                        cell(r.surname()), cell(r.forename()), date(r.dateOfBirth()), date(r.requestReceivedOn()),
                        r.requestSource() == null ? "" : r.requestSource().name(),
                        r.requestOutcome() == null ? "" : r.requestOutcome().name(), date(r.requestOutcomeOn()),
                        r.assessmentOutcome() == null ? "" : r.assessmentOutcome().name(), date(r.assessmentOutcomeOn()),
                        r.week20() == null ? "" : r.week20() ? "Y" : "N",
                        date(r.planStartOn()), date(r.planCeasedOn()), date(r.lastReviewDecisionOn()), cell(r.settingName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Text as a spreadsheet will not run it: a cell starting with =, +, -, @, a tab or a carriage
     * return would be read as a formula, so it gets a leading apostrophe (OWASP, CSV injection).
     */
    static String cell(String value) {
        return org.coplan.shared.web.CsvCells.safe(value);
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
