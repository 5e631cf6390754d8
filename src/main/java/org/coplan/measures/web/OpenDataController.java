package org.coplan.measures.web;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditLog;
import org.coplan.measures.domain.SchoolYear;
import org.coplan.measures.internal.OpenData;
import org.coplan.measures.internal.OpenData.Dataset;
import org.coplan.measures.internal.OpenDataFiles;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationId;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Open data for commissioning and the joint strategic needs assessment: for anyone, without signing
 * in, each local authority's aggregate files (CSV and JSON) with the data dictionary. Nothing in them
 * is about one person; small counts are hidden. Each download is recorded in the audit log as a
 * public export.
 */
@Controller
class OpenDataController {

    /** Who the audit log names for a download: nobody signs in for one. */
    static final String PUBLIC_ACTOR = "Public download";

    static final String PUBLIC_ROLE = "PUBLIC";

    private final OpenData openData;
    private final OpenDataFiles files;
    private final People people;
    private final AuditLog audit;
    private final MessageSource messages;

    OpenDataController(OpenData openData, OpenDataFiles files, People people, AuditLog audit, MessageSource messages) {
        this.openData = openData;
        this.files = files;
        this.people = people;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/open-data")
    String showAuthorities(Model model) {
        model.addAttribute("authorities", people.organisations(OrganisationKind.LOCAL_AUTHORITY).stream()
                .sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
                .toList());
        return "measures/open-data-list";
    }

    @GetMapping("/open-data/dictionary.json")
    ResponseEntity<byte[]> downloadDictionary() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("dictionary.json").build().toString())
                .body(files.dictionaryJson(LocaleContextHolder.getLocale(), openData.smallestShown()));
    }

    @GetMapping("/open-data/{authorityId}")
    String showAuthority(@PathVariable String authorityId, @RequestParam(required = false) String year, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        Organisation authority = authority(authorityId);
        Locale locale = LocaleContextHolder.getLocale();
        FormErrors errors = new FormErrors();
        Optional<SchoolYear> chosen = year(year, errors);
        SchoolYear shown = chosen.orElse(SchoolYear.lastComplete(openData.today()));
        model.addAttribute("authority", authority);
        model.addAttribute("errors", errors);
        model.addAttribute("typedYear", year == null ? shown.toString() : year);
        model.addAttribute("year", shown);
        model.addAttribute("datasets", files.datasets(locale));
        model.addAttribute("codes", files.codes(locale));
        model.addAttribute("largestHidden", openData.smallestShown() - 1);
        model.addAttribute("asAt", openData.today());
        if (errors.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "measures/open-data";
    }

    @GetMapping("/open-data/{authorityId}/{dataset}.csv")
    ResponseEntity<byte[]> downloadCsv(@PathVariable String authorityId, @PathVariable String dataset,
            @RequestParam(required = false) String year) {
        return download(authorityId, dataset, year, "csv");
    }

    @GetMapping("/open-data/{authorityId}/{dataset}.json")
    ResponseEntity<byte[]> downloadJson(@PathVariable String authorityId, @PathVariable String dataset,
            @RequestParam(required = false) String year) {
        return download(authorityId, dataset, year, "json");
    }

    private ResponseEntity<byte[]> download(String authorityId, String datasetPath, String year, String format) {
        Organisation authority = authority(authorityId);
        Dataset dataset = Dataset.fromPath(datasetPath).orElseThrow(NotFound::new);
        FormErrors errors = new FormErrors();
        Optional<SchoolYear> chosen = year(year, errors);
        if (errors.any()) {
            String message = messages.getMessage(errors.get("year").key(), errors.get("year").args(), LocaleContextHolder.getLocale());
            return ResponseEntity.badRequest()
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(message.getBytes(StandardCharsets.UTF_8));
        }
        SchoolYear period = chosen.orElse(SchoolYear.lastComplete(openData.today()));
        OpenData.Table table = openData.table(authority, dataset, period);
        byte[] body = format.equals("csv") ? files.csv(table) : files.json(table, period.toString());
        String fileName = dataset.path() + "-" + period + "." + format;
        audit.record(new AuditEntry(null, PUBLIC_ACTOR, PUBLIC_ROLE, null, AuditAction.EXPORTED, "Open data: " + fileName,
                authority.name() + " (" + authority.id() + "), " + table.rows().size() + " rows"));
        MediaType type = format.equals("csv") ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    /** The year asked for; empty when none was (the last complete year is then used) or when it is refused. */
    private Optional<SchoolYear> year(String typed, FormErrors errors) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        Optional<SchoolYear> parsed = SchoolYear.parse(typed);
        if (parsed.isEmpty()) {
            errors.add("year", "openData.year.invalid");
            return Optional.empty();
        }
        if (!parsed.get().begunBy(openData.today())) {
            errors.add("year", "openData.year.future", SchoolYear.of(openData.today()).toString());
            return Optional.empty();
        }
        return parsed;
    }

    private Organisation authority(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound();
        }
        return people.organisation(new OrganisationId(uuid))
                .filter(o -> o.kind() == OrganisationKind.LOCAL_AUTHORITY)
                .orElseThrow(NotFound::new);
    }
}
