package org.coplan.process.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.shared.web.Pagination;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.TeamCases;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationId;
import org.coplan.people.People;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffMembership;
import org.coplan.people.StaffRole;
import org.coplan.process.Caseload;
import org.coplan.process.CaseloadSummary;
import org.coplan.process.CaseloadSummary.Summary;
import org.coplan.process.domain.DashboardAccess;
import org.coplan.process.domain.DashboardAccess.Scope;
import org.coplan.process.internal.Dashboards;
import org.coplan.process.internal.Dashboards.CaseloadCounts;
import org.coplan.process.internal.Dashboards.CaseloadQuery;
import org.coplan.process.internal.Dashboards.Changes;
import org.coplan.process.internal.Dashboards.Due;
import org.coplan.process.internal.HomePage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The start page for visitors; for a signed-in person, what needs them. Staff with a caseload see
 * its figures (overdue and due soon, what other modules summarise, what changed since they last
 * looked) and its most urgent cases, each linking to the caseload for the whole list. Everyone else
 * sees the cases they are on the team of, a page at a time. The work is the same whatever the
 * number of cases (ADR 0027).
 */
@Controller
class HomeController {

    /** The most urgent cases a staff home page lists; the caseload has the rest. */
    static final int URGENT_SHOWN = 10;

    /** The most recently changed cases a staff home page lists. */
    static final int CHANGED_SHOWN = 10;

    /** Cases per page for people without a caseload. */
    static final int PAGE_SIZE = 25;

    record UrgentRow(Dashboards.CaseloadRow c, CaseloadController.Status status) {}

    /** A changed case, with when its latest step was recorded in the service's time zone. */
    record ChangedRow(UUID caseId, String childName, long steps, java.time.LocalDateTime latest) {}

    record TeamRow(CaseContext context, String schoolName, boolean youngPerson) {}

    private final CaseAccess cases;
    private final People people;
    private final HomePage home;
    private final ObjectProvider<CaseloadSummary> summaries;
    private final Clock clock;

    HomeController(CaseAccess cases, People people, HomePage home,
            ObjectProvider<CaseloadSummary> summaries, Clock clock) {
        this.cases = cases;
        this.people = people;
        this.home = home;
        this.summaries = summaries;
        this.clock = clock;
    }

    @GetMapping("/")
    String showHome(@AuthenticationPrincipal SignedInPerson who, @RequestParam(required = false) String page, Model model) {
        if (who == null) {
            return "cases/start";
        }
        List<StaffMembership> staff = people.staffMemberships(who.id());
        DashboardAccess access = DashboardAccess.of(staff);
        model.addAttribute("name", who.displayName());
        model.addAttribute("canOpenCase", staff.stream().anyMatch(m ->
                org.coplan.people.LeadScope.leadsCases(m.role())));
        if (access.hasCaseload()) {
            showCaseload(who, access, model);
        } else {
            showTeamCases(who, page, model);
        }
        return "process/home";
    }

    private void showCaseload(SignedInPerson who, DashboardAccess access, Model model) {
        Scope scope = access.scopes().get(0);
        LocalDate today = cases.today();
        List<UUID> ids = List.copyOf(ids(scope, access, who));
        CaseloadQuery query = new CaseloadQuery(scope, ids, Due.ANY, Set.of(), today);
        HomePage.Glance glance = home.glance(query, URGENT_SHOWN);
        CaseloadCounts counts = glance.counts();
        List<UrgentRow> urgent = glance.urgent().stream()
                .map(r -> new UrgentRow(r, CaseloadController.status(r, today)))
                .toList();
        Optional<Instant> lastLooked = home.visit(who.id(), clock.instant());
        Changes changes = lastLooked.map(since -> home.changedSince(query, since, who.id().value(), CHANGED_SHOWN))
                .orElse(null);
        List<Summary> made = summaries.orderedStream().map(s -> s.summarise(new Caseload(scope, ids, today))).toList();

        model.addAttribute("caseload", true);
        model.addAttribute("scopeLabel", scopeLabel(scope, access));
        model.addAttribute("counts", counts);
        model.addAttribute("urgent", urgent);
        model.addAttribute("lastLooked", lastLooked.map(i -> i.atZone(clock.getZone()).toLocalDateTime()).orElse(null));
        model.addAttribute("changes", changes);
        model.addAttribute("changedRows", changes == null ? List.of() : changes.cases().stream()
                .map(c -> new ChangedRow(c.caseId(), c.childName(), c.steps(), c.latest().atZone(clock.getZone()).toLocalDateTime()))
                .toList());
        model.addAttribute("summaries", made);
        model.addAttribute("soonDays", Dashboards.SOON_DAYS);
        model.addAttribute("caseloadHref", "/caseload?scope=" + scope.name());
        model.addAttribute("overdueHref", "/caseload?scope=" + scope.name() + "&due=" + Due.OVERDUE.name());
        model.addAttribute("soonHref", "/caseload?scope=" + scope.name() + "&due=" + Due.SOON.name());
    }

    private void showTeamCases(SignedInPerson who, String page, Model model) {
        int current = Math.max(1, number(page));
        TeamCases team = cases.onTeamOf(who.id(), (current - 1) * PAGE_SIZE, PAGE_SIZE);
        int pages = (int) Math.max(1, (team.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (current > pages) {
            current = pages;
            team = cases.onTeamOf(who.id(), (current - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        Set<OrganisationId> schools = team.cases().stream()
                .map(c -> c.child().school())
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<OrganisationId, Organisation> named = people.organisations(schools);
        LocalDate today = cases.today();
        List<TeamRow> rows = team.cases().stream()
                .map(c -> new TeamRow(c,
                        c.child().school() == null ? null : Optional.ofNullable(named.get(c.child().school())).map(Organisation::name).orElse(null),
                        c.child().isYoungPerson(today)))
                .toList();
        model.addAttribute("caseload", false);
        model.addAttribute("rows", rows);
        model.addAttribute("total", team.total());
        model.addAttribute("first", (current - 1) * PAGE_SIZE + 1);
        model.addAttribute("last", (current - 1) * PAGE_SIZE + rows.size());
        model.addAttribute("pagination", Pagination.of(current, pages, n -> n == 1 ? "/" : "/?page=" + n));
    }

    private Collection<UUID> ids(Scope scope, DashboardAccess access, SignedInPerson who) {
        return switch (scope) {
            case MINE -> cases.casesWithMember(who.id(), CaseRole.EHC_COORDINATOR).stream().map(CaseId::value).toList();
            case AUTHORITY -> access.authorities();
            case SCHOOL -> access.schools();
        };
    }

    /** Which caseload the page counts, as a message key and the organisations' names. */
    private String[] scopeLabel(Scope scope, DashboardAccess access) {
        Collection<UUID> organisations = switch (scope) {
            case MINE -> List.of();
            case AUTHORITY -> access.authorities();
            case SCHOOL -> access.schools();
        };
        String names = people.organisations(organisations.stream().map(OrganisationId::new).toList()).values().stream()
                .map(Organisation::name)
                .sorted()
                .collect(Collectors.joining(", "));
        return new String[] {"dashboard.scope." + scope.name(), names};
    }

    private static int number(String s) {
        try {
            return s == null ? 1 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
