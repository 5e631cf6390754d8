package org.coplan.process.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.shared.web.Pagination;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditLog;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.Stage;
import org.coplan.people.OrganisationId;
import org.coplan.people.People;
import org.coplan.people.SignedInPerson;
import org.coplan.process.Caseload;
import org.coplan.process.CaseloadSummary;
import org.coplan.process.CaseloadSummary.CaseLine;
import org.coplan.process.CaseloadSummary.Summary;
import org.coplan.process.domain.DashboardAccess;
import org.coplan.process.domain.DashboardAccess.Scope;
import org.coplan.process.internal.CaseloadReading;
import org.coplan.process.internal.Dashboards;
import org.coplan.process.internal.Dashboards.CaseloadCounts;
import org.coplan.process.internal.Dashboards.CaseloadQuery;
import org.coplan.process.internal.Dashboards.CaseloadRow;
import org.coplan.process.internal.Dashboards.Due;
import org.coplan.shared.web.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A caseload sorted by the next statutory deadline: an EHC coordinator's own cases (or every
 * case in their authority), an SEN manager's authority, a SENCO's school.
 */
@Controller
class CaseloadController {

    static final int PAGE_SIZE = 50;

    /** Where a case's next deadline stands today. */
    enum Status {
        OVERDUE,
        SOON,
        EXCEPTED
    }

    record Row(CaseloadRow c, Status status) {}

    /** Another module's summary of the caseload, with the child's name beside each case it lists. */
    record Shown(Summary summary, List<ShownCase> cases) {}

    record ShownCase(CaseLine line, String childName) {}

    private final CaseloadReading caseloads;
    private final CaseAccess cases;
    private final People people;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ObjectProvider<CaseloadSummary> summaries;

    CaseloadController(CaseloadReading caseloads, CaseAccess cases, People people, AuditLog audit, MessageSource messages,
            ObjectProvider<CaseloadSummary> summaries) {
        this.caseloads = caseloads;
        this.cases = cases;
        this.people = people;
        this.audit = audit;
        this.messages = messages;
        this.summaries = summaries;
    }

    @GetMapping("/caseload")
    String showCaseload(
            @AuthenticationPrincipal SignedInPerson who,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String due,
            @RequestParam(name = "stage", required = false) List<String> stageValues,
            @RequestParam(required = false) String page,
            Model model) {
        DashboardAccess access = DashboardAccess.of(people.staffMemberships(who.id()));
        if (!access.hasCaseload()) {
            throw new NotFound();
        }
        Scope chosen = access.scopes().stream().filter(s -> s.name().equals(scope)).findFirst().orElse(access.scopes().get(0));
        Due dueFilter = Arrays.stream(Due.values()).filter(d -> d.name().equals(due)).findFirst().orElse(Due.ANY);
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        for (String s : stageValues == null ? List.<String>of() : stageValues) {
            Arrays.stream(Stage.values()).filter(st -> st.name().equals(s)).forEach(stages::add);
        }
        LocalDate today = cases.today();
        List<UUID> ids = List.copyOf(ids(chosen, access, who));
        CaseloadQuery query = new CaseloadQuery(chosen, ids, dueFilter, stages, today);
        CaseloadCounts counts = caseloads.counts(query);
        int pages = (int) Math.max(1, (counts.matching() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, number(page)), pages);
        List<Row> rows = caseloads.page(query, (current - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(r -> new Row(r, status(r, today)))
                .toList();

        model.addAttribute("scope", chosen.name());
        model.addAttribute("scopes", scopeOptions(access));
        model.addAttribute("due", dueFilter.name());
        model.addAttribute("dues", new Labels(messages).all(Due.class, "dashboard.due.").list());
        model.addAttribute("stages", stages.stream().map(Stage::name).toList());
        model.addAttribute("stageOptions", new Labels(messages).all(Stage.class, "stage.").list());
        model.addAttribute("counts", counts);
        model.addAttribute("rows", rows);
        model.addAttribute("first", (current - 1) * PAGE_SIZE + 1);
        model.addAttribute("last", (current - 1) * PAGE_SIZE + rows.size());
        model.addAttribute("overdueHref", href(chosen, Due.OVERDUE, Set.of(), 1));
        model.addAttribute("soonHref", href(chosen, Due.SOON, Set.of(), 1));
        model.addAttribute("pagination", Pagination.of(current, pages, n -> href(chosen, dueFilter, stages, n)));
        model.addAttribute("soonDays", Dashboards.SOON_DAYS);
        List<Shown> shown = summaries(new Caseload(chosen, ids, today));
        model.addAttribute("summaries", shown);
        audit.recordView(new AuditEntry(who.id().value(), who.displayName(), role(chosen, access), null, AuditAction.VIEWED,
                "Caseload", rows.size() + " cases listed, page " + current + " of " + pages
                        + ", " + shown.stream().mapToInt(s -> s.cases().size()).sum() + " named in summaries"));
        return "process/caseload";
    }

    /** Every other module's summary of the whole caseload (not only the filtered cases), in their order. */
    private List<Shown> summaries(Caseload caseload) {
        List<Summary> made = summaries.orderedStream().map(s -> s.summarise(caseload)).toList();
        Map<UUID, String> names = caseloads.names(made.stream()
                .filter(s -> s.cases() != null)
                .flatMap(s -> s.cases().lines().stream())
                .map(CaseLine::caseId)
                .collect(Collectors.toSet()));
        return made.stream()
                .map(s -> new Shown(s, s.cases() == null ? List.of() : s.cases().lines().stream()
                        .map(l -> new ShownCase(l, names.getOrDefault(l.caseId(), "")))
                        .toList()))
                .toList();
    }

    private Collection<UUID> ids(Scope scope, DashboardAccess access, SignedInPerson who) {
        return switch (scope) {
            case MINE -> cases.casesWithMember(who.id(), CaseRole.EHC_COORDINATOR).stream().map(CaseId::value).toList();
            case AUTHORITY -> access.authorities();
            case SCHOOL -> access.schools();
        };
    }

    private List<String[]> scopeOptions(DashboardAccess access) {
        Labels labels = new Labels(messages);
        for (Scope s : access.scopes()) {
            switch (s) {
                case MINE -> labels.add(s.name(), "dashboard.scope.MINE");
                case AUTHORITY -> labels.add(s.name(), "dashboard.scope.AUTHORITY", names(access.authorities()));
                case SCHOOL -> labels.add(s.name(), "dashboard.scope.SCHOOL", names(access.schools()));
            }
        }
        return labels.list();
    }

    private String names(Collection<UUID> organisations) {
        List<String> names = new ArrayList<>();
        for (UUID id : organisations) {
            people.organisation(new OrganisationId(id)).ifPresent(o -> names.add(o.name()));
        }
        names.sort(String::compareTo);
        return String.join(", ", names);
    }

    static Status status(CaseloadRow r, LocalDate today) {
        if (r.nextDueOn() == null) {
            return null;
        }
        if (r.nextExcepted()) {
            return Status.EXCEPTED;
        }
        if (r.nextDueOn().isBefore(today)) {
            return Status.OVERDUE;
        }
        if (!r.nextDueOn().isAfter(today.plusDays(Dashboards.SOON_DAYS))) {
            return Status.SOON;
        }
        return null;
    }

    private static String href(Scope scope, Due due, Set<Stage> stages, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/caseload").queryParam("scope", scope.name());
        if (due != Due.ANY) {
            b.queryParam("due", due.name());
        }
        for (Stage s : stages) {
            b.queryParam("stage", s.name());
        }
        if (page > 1) {
            b.queryParam("page", page);
        }
        return b.build().toUriString();
    }

    private static String role(Scope scope, DashboardAccess access) {
        return switch (scope) {
            case MINE -> "EHC_COORDINATOR";
            case AUTHORITY -> access.coordinator() ? "EHC_COORDINATOR" : "SEN_MANAGER";
            case SCHOOL -> "SENCO";
        };
    }

    private static int number(String s) {
        try {
            return s == null ? 1 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
