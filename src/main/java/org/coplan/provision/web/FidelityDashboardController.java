package org.coplan.provision.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.people.LeadScope;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationId;
import org.coplan.people.People;
import org.coplan.people.SignedInPerson;
import org.coplan.provision.internal.FidelityFigures;
import org.coplan.provision.internal.FidelityFigures.Group;
import org.coplan.provision.internal.ShortfallCheck;
import org.coplan.shared.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The local authority's fidelity dashboard, for its SEN managers and EHC coordinators: the share of
 * expected sessions delivered this half-term by school (a bar chart drawn on the server, with the
 * same figures in a table), shortfalls by school and by section, and the cases with a shortfall, a
 * page at a time. Figures are each item's current half-term as of the last check.
 */
@Controller
class FidelityDashboardController {

    static final int PAGE = 25;

    /** A school's row: its name, its figures, and its bar's width in the chart (0 to 100). */
    record SchoolRow(String name, Group group, int bar) {}

    record CaseRow(FidelityFigures.ShortCase c, String school) {}

    private final FidelityFigures figures;
    private final People people;
    private final ShortfallCheck check;

    FidelityDashboardController(FidelityFigures figures, People people, ShortfallCheck check) {
        this.figures = figures;
        this.people = people;
        this.check = check;
    }

    @GetMapping("/provision/dashboard")
    String showDashboard(
            @AuthenticationPrincipal SignedInPerson who,
            @RequestParam(required = false) String la,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        LeadScope scope = LeadScope.of(people.staffMemberships(who.id()));
        List<Organisation> mine = scope.authorities().stream()
                .map(people::organisation)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Organisation::name))
                .toList();
        if (mine.isEmpty()) {
            throw new NotFound();
        }
        Organisation authority = mine.stream().filter(o -> o.id().toString().equals(la)).findFirst().orElse(mine.getFirst());
        UUID id = authority.id().value();
        FidelityFigures.Groups groups = figures.groups(id);
        List<Group> bySchool = groups.bySchool();
        Map<OrganisationId, Organisation> schools = people.organisations(bySchool.stream()
                .map(Group::id).filter(java.util.Objects::nonNull).map(OrganisationId::new).toList());
        List<SchoolRow> schoolRows = bySchool.stream()
                .map(g -> new SchoolRow(g.id() == null ? null
                        : Optional.ofNullable(schools.get(new OrganisationId(g.id()))).map(Organisation::name).orElse(null), g,
                        g.percentDelivered() == null ? 0 : g.percentDelivered()))
                .sorted(Comparator.comparing(SchoolRow::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        Group total = FidelityFigures.sum(bySchool);
        int current = Math.max(1, page);
        List<FidelityFigures.ShortCase> cases = figures.shortCases(id, (current - 1) * PAGE, PAGE);
        Map<UUID, String> schoolNames = schoolRows.stream().filter(r -> r.group().id() != null && r.name() != null)
                .collect(Collectors.toMap(r -> r.group().id(), SchoolRow::name));
        model.addAttribute("authority", authority);
        model.addAttribute("authorities", mine);
        model.addAttribute("total", total);
        model.addAttribute("schools", schoolRows);
        model.addAttribute("sections", groups.bySection());
        model.addAttribute("cases", cases.stream().map(c -> new CaseRow(c, c.school() == null ? null : schoolNames.get(c.school()))).toList());
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (total.casesShort() + PAGE - 1) / PAGE));
        model.addAttribute("percent", check.percent());
        model.addAttribute("canSetTermDates", who.holds(org.coplan.people.StaffRole.SEN_MANAGER)
                || who.holds(org.coplan.people.StaffRole.ADMINISTRATOR));
        model.addAttribute("chartHeight", 40 + 32 * schoolRows.size());
        return "provision/dashboard";
    }
}
