package org.coplan.cases.web;

import java.util.List;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.people.People;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffRole;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page for visitors, and for a signed-in person the list of cases they can see. */
@Controller
class HomeController {

    record CaseRow(CaseContext context, String schoolName, boolean youngPerson) {}

    private final CaseAccess access;
    private final People people;

    HomeController(CaseAccess access, People people) {
        this.access = access;
        this.people = people;
    }

    @GetMapping("/")
    String showHome(@AuthenticationPrincipal SignedInPerson who, Model model) {
        if (who == null) {
            return "cases/start";
        }
        List<CaseRow> rows = access.visibleTo(who.id()).stream()
                .map(c -> new CaseRow(c,
                        c.child().school() == null ? null
                                : people.organisation(c.child().school()).map(o -> o.name()).orElse(null),
                        c.child().isYoungPerson(access.today())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("name", who.displayName());
        model.addAttribute("canOpenCase", people.staffMemberships(who.id()).stream().anyMatch(m ->
                m.role() == StaffRole.SENCO || m.role() == StaffRole.EHC_COORDINATOR || m.role() == StaffRole.SEN_MANAGER));
        return "cases/home";
    }
}
