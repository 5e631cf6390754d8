package org.coplan.measures.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditLog;
import org.coplan.cases.AgeBand;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseFilter;
import org.coplan.cases.CaseId;
import org.coplan.cases.NeedType;
import org.coplan.cases.Stage;
import org.coplan.cases.domain.CaseAction;
import org.coplan.measures.domain.ConfidenceScale;
import org.coplan.measures.domain.ConfidenceStatement;
import org.coplan.measures.internal.ConfidenceFigures;
import org.coplan.measures.internal.FigureDashboards;
import org.coplan.measures.internal.FigureDashboards.Dashboard;
import org.coplan.measures.internal.FigureScopes;
import org.coplan.measures.internal.FigureScopes.Kind;
import org.coplan.measures.internal.FigureScopes.Scope;
import org.coplan.people.OrganisationId;
import org.coplan.people.SchoolPhase;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffMembership;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The co-production dashboards: the list of those a person may open, a school's, a service's and the
 * authority's figures for staff (with filters, suppressed, and a CSV file per panel), and one case's
 * figures for its family and team. Who may open which is decided by {@link FigureScopes} (staff) and
 * the case access policy (a case); anyone else is told the page does not exist.
 */
@Controller
class MeasuresController {

    private final FigureScopes scopes;
    private final FigureDashboards dashboards;
    private final ConfidenceFigures confidence;
    private final CaseAccess cases;
    private final AuditLog audit;
    private final MessageSource messages;

    MeasuresController(FigureScopes scopes, FigureDashboards dashboards, ConfidenceFigures confidence, CaseAccess cases, AuditLog audit,
            MessageSource messages) {
        this.scopes = scopes;
        this.dashboards = dashboards;
        this.confidence = confidence;
        this.cases = cases;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/measures")
    String showList(@AuthenticationPrincipal SignedInPerson who, Model model) {
        model.addAttribute("scopes", scopes.openTo(who));
        List<CaseContext> family = cases.onTeamOf(who.id(), 0, 100).cases().stream().filter(c -> c.role().isFamily()).toList();
        model.addAttribute("familyCases", family);
        return "measures/dashboards";
    }

    @GetMapping("/measures/{kind}/{orgId}")
    String showDashboard(@PathVariable String kind, @PathVariable String orgId, @RequestParam Map<String, String> params,
            @AuthenticationPrincipal SignedInPerson who, Model model, jakarta.servlet.http.HttpServletResponse response) {
        Scope scope = open(who, kind, orgId);
        Filters filters = Filters.parse(params);
        model.addAttribute("scope", scope);
        model.addAttribute("typed", filters.typed());
        model.addAttribute("options", options());
        model.addAttribute("kind", scope.kind().path());
        model.addAttribute("csvQuery", filters.query());
        model.addAttribute("smallest", dashboards.smallestShown());
        model.addAttribute("areaMinutes", dashboards.areaFiguresMinutes());
        if (scope.kind() == Kind.AUTHORITY) {
            // the authority's SEN manager may open each school and service in the area; its coordinators each school
            model.addAttribute("area", scopes.inArea(who, scope).stream()
                    .map(a -> new String[] {"/measures/" + a.kind().path() + "/" + a.organisation().id().value(), a.organisation().name()})
                    .toList());
        }
        if (filters.errors().any()) {
            model.addAttribute("errors", filters.errors());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            audit(who, scope, "Co-production figures", "filters not valid, nothing shown");
            return "measures/dashboard";
        }
        Dashboard d = dashboards.forScope(scope, filters.filter());
        if (d.isRefused()) {
            model.addAttribute("errors", new FormErrors().add("filters", "dashboard.measures.error.tooFew", dashboards.smallestShown()));
            model.addAttribute("refused", true);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            audit(who, scope, "Co-production figures", "filters " + filters.describe() + " refused: too few children, nothing shown");
            return "measures/dashboard";
        }
        model.addAttribute("view", DashboardView.of(d, messages, LocaleContextHolder.getLocale(), dashboards.smallestShown(), false));
        model.addAttribute("compared", d.compared());
        model.addAttribute("filtered", !filters.filter().isEmpty());
        audit(who, scope, "Co-production figures", "filters " + filters.describe());
        return "measures/dashboard";
    }

    @GetMapping("/measures/{kind}/{orgId}/{panel}.csv")
    ResponseEntity<byte[]> downloadPanel(@PathVariable String kind, @PathVariable String orgId, @PathVariable String panel,
            @RequestParam Map<String, String> params, @AuthenticationPrincipal SignedInPerson who) {
        Scope scope = open(who, kind, orgId);
        if (!FigureDashboards.PANELS.contains(panel)) {
            throw new NotFound();
        }
        Filters filters = Filters.parse(params);
        if (filters.errors().any()) {
            throw new NotFound();
        }
        Dashboard d = dashboards.forScope(scope, filters.filter());
        if (d.isRefused()) {
            throw new NotFound();
        }
        Locale locale = LocaleContextHolder.getLocale();
        DashboardView view = DashboardView.of(d, messages, locale, dashboards.smallestShown(), false);
        DashboardView.PanelView p = view.panel(panel).orElseThrow(NotFound::new);
        byte[] csv = csv(p, scope.organisation().name(), d.compared() ? msg("dashboard.measures.col.authority") : null);
        audit.record(new AuditEntry(who.id().value(), who.displayName(), role(who, scope), null, AuditAction.EXPORTED,
                "Co-production figures (CSV): " + panel + ", " + scope.organisation().name(), "filters " + filters.describe()));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(scope.kind().path() + "-" + panel + ".csv").build().toString())
                .body(csv);
    }

    @GetMapping("/cases/{caseId}/measures")
    String showCase(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = cases.open(who.id(), new CaseId(caseId), CaseAction.VIEW_CASE);
        Dashboard d = dashboards.forCase(ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("ctx", ctx);
        model.addAttribute("smallest", dashboards.smallestShown());
        model.addAttribute("areaMinutes", dashboards.areaFiguresMinutes());
        model.addAttribute("view", DashboardView.of(d, messages, LocaleContextHolder.getLocale(), dashboards.smallestShown(), true));
        List<OwnAnswerView> own = ctx.role().isFamily()
                ? confidence.ownAnswers(ctx.caseId(), who.id().value()).stream().map(this::own).toList()
                : List.of();
        model.addAttribute("family", ctx.role().isFamily());
        model.addAttribute("ownAnswers", own);
        cases.recordView(ctx, "Figures about this case");
        return "measures/case-measures";
    }

    @GetMapping("/cases/{caseId}/measures/{panel}.csv")
    ResponseEntity<byte[]> downloadCasePanel(@PathVariable UUID caseId, @PathVariable String panel, @AuthenticationPrincipal SignedInPerson who) {
        CaseContext ctx = cases.open(who.id(), new CaseId(caseId), CaseAction.VIEW_CASE);
        if (!FigureDashboards.PANELS.contains(panel)) {
            throw new NotFound();
        }
        Dashboard d = dashboards.forCase(ctx);
        DashboardView view = DashboardView.of(d, messages, LocaleContextHolder.getLocale(), dashboards.smallestShown(), true);
        DashboardView.PanelView p = view.panel(panel).orElseThrow(NotFound::new);
        byte[] csv = csv(p, ctx.child().knownAs(), msg("dashboard.measures.col.authority"));
        cases.recordExport(ctx, "Figures about this case (CSV): " + panel);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("case-" + panel + ".csv").build().toString())
                .body(csv);
    }

    record OwnAnswerView(String on, List<String[]> rows) {}

    private OwnAnswerView own(ConfidenceFigures.OwnAnswer a) {
        List<String[]> rows = new ArrayList<>();
        for (ConfidenceStatement s : ConfidenceStatement.values()) {
            ConfidenceScale answer = a.answers().get(s);
            rows.add(new String[] {msg("confidence.statement." + s.field()), msg("confidence.scale." + answer.name())});
        }
        return new OwnAnswerView(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                .format(a.answeredAt().atZone(org.coplan.shared.ClockConfiguration.ZONE)), rows);
    }

    private Scope open(SignedInPerson who, String kind, String orgId) {
        Kind k = Kind.fromPath(kind).orElseThrow(NotFound::new);
        UUID id;
        try {
            id = UUID.fromString(orgId);
        } catch (IllegalArgumentException e) {
            throw new NotFound();
        }
        return scopes.open(who, k, new OrganisationId(id)).orElseThrow(NotFound::new);
    }

    private void audit(SignedInPerson who, Scope scope, String what, String detail) {
        audit.recordView(new AuditEntry(who.id().value(), who.displayName(), role(who, scope), null, AuditAction.VIEWED,
                what + ": " + scope.organisation().name(), detail));
    }

    /** The role the person opens the figures in: theirs at the organisation, else at its authority. */
    private static String role(SignedInPerson who, Scope scope) {
        Optional<StaffMembership> at = who.staffMemberships().stream()
                .filter(m -> m.organisationId().equals(scope.organisation().id())).findFirst()
                .or(() -> who.staffMemberships().stream().filter(m -> m.organisationId().equals(scope.localAuthority())).findFirst());
        return at.map(m -> m.role().name()).orElse("STAFF");
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** The options of each filter, with "any" first. */
    private Map<String, List<String[]>> options() {
        Map<String, List<String[]>> options = new LinkedHashMap<>();
        options.put("phase", options(SchoolPhase.values(), p -> "dashboard.measures.phase." + p.name()));
        options.put("need", options(NeedType.values(), n -> "dashboard.measures.need." + n.name()));
        options.put("age", options(AgeBand.values(), a -> "dashboard.measures.age." + a.name()));
        options.put("stage", options(Stage.values(), s -> "stage." + s.name()));
        return options;
    }

    private <E extends Enum<E>> List<String[]> options(E[] values, Function<E, String> key) {
        List<String[]> list = new ArrayList<>();
        list.add(new String[] {"", msg("dashboard.measures.filter.any")});
        for (E e : values) {
            list.add(new String[] {e.name(), msg(key.apply(e))});
        }
        return list;
    }

    /**
     * The panel's table as CSV: the same rows and words as the page, a hidden figure as its words. A
     * cell a spreadsheet would run as a formula gets a leading apostrophe.
     */
    byte[] csv(DashboardView.PanelView p, String hereLabel, String authorityLabel) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            boolean withHere = p.figures().stream().anyMatch(DashboardView.FigureView::hasHere);
            List<String> header = new ArrayList<>(List.of(msg("dashboard.measures.csv.figure"), msg("dashboard.measures.csv.definition"),
                    msg("dashboard.measures.col.term")));
            if (withHere) {
                header.add(hereLabel);
            }
            if (authorityLabel != null) {
                header.add(authorityLabel);
            }
            printer.printRecord(header.stream().map(MeasuresController::cell).toList());
            for (DashboardView.FigureView f : p.figures()) {
                for (DashboardView.TermRow r : f.rows()) {
                    List<String> row = new ArrayList<>(List.of(f.name(), f.definition(), r.term()));
                    if (withHere) {
                        row.add(r.here() == null ? "" : r.here());
                    }
                    if (authorityLabel != null) {
                        row.add(r.authority() == null ? "" : r.authority());
                    }
                    printer.printRecord(row.stream().map(MeasuresController::cell).toList());
                }
            }
            for (DashboardView.SpreadTable t : p.spread()) {
                printer.println();
                List<String> head = new ArrayList<>(List.of(msg("dashboard.measures.csv.statement"), msg("dashboard.measures.col.term")));
                head.addAll(t.columns());
                printer.printRecord(head.stream().map(MeasuresController::cell).toList());
                for (DashboardView.SpreadRow r : t.rows()) {
                    List<String> row = new ArrayList<>(List.of(r.statement(), t.term()));
                    row.addAll(r.cells());
                    printer.printRecord(row.stream().map(MeasuresController::cell).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Text as a spreadsheet will not run it (OWASP, CSV injection). */
    static String cell(String value) {
        return org.coplan.shared.web.CsvCells.safe(value);
    }

    /** The filters as typed, checked: each is one of the options shown, or empty for "any". */
    record Filters(CaseFilter filter, Map<String, String> typed, FormErrors errors) {

        static Filters parse(Map<String, String> params) {
            FormErrors errors = new FormErrors();
            Map<String, String> typed = new LinkedHashMap<>();
            SchoolPhase phase = one(params, "phase", SchoolPhase.class, typed, errors);
            NeedType need = one(params, "need", NeedType.class, typed, errors);
            AgeBand age = one(params, "age", AgeBand.class, typed, errors);
            Stage stage = one(params, "stage", Stage.class, typed, errors);
            return new Filters(new CaseFilter(phase, need, age, stage), typed, errors);
        }

        private static <E extends Enum<E>> E one(Map<String, String> params, String name, Class<E> type, Map<String, String> typed,
                FormErrors errors) {
            String value = params.getOrDefault(name, "").strip();
            typed.put(name, value);
            if (value.isEmpty()) {
                return null;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(value)) {
                    return e;
                }
            }
            errors.add(name, "dashboard.measures.error.notAnOption");
            return null;
        }

        /** The filters again, for the CSV links: {@code ?phase=PRIMARY&stage=EHC_PLAN}. */
        String query() {
            StringBuilder q = new StringBuilder();
            typed.forEach((k, v) -> {
                if (!v.isEmpty() && !errors.has(k)) {
                    q.append(q.isEmpty() ? "?" : "&").append(k).append('=').append(v);
                }
            });
            return q.toString();
        }

        String describe() {
            String q = query();
            return q.isEmpty() ? "none" : q.substring(1);
        }
    }
}
