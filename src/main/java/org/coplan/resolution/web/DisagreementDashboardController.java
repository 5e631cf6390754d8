package org.coplan.resolution.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.people.People;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffMembership;
import org.coplan.people.StaffRole;
import org.coplan.resolution.OpenDisagreements;
import org.coplan.resolution.domain.Disagreement;
import org.coplan.resolution.internal.DisagreementDashboard;
import org.coplan.shared.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Open disagreements by age: an EHC coordinator or SEN manager sees their authority's, a SENCO
 * their school's, oldest first. Each row is shown only if the person may open its case.
 */
@Controller
class DisagreementDashboardController {

    /** One organisation's open disagreements. */
    record Board(String organisation, boolean authority, OpenDisagreements.Ages ages, List<Row> rows) {}

    record Row(Disagreement disagreement, String about, String childName, long ageInDays) {}

    private final OpenDisagreements open;
    private final DisagreementDashboard dashboard;
    private final CaseAccess access;
    private final People people;
    private final SubjectLabels labels;

    DisagreementDashboardController(OpenDisagreements open, DisagreementDashboard dashboard, CaseAccess access, People people,
            SubjectLabels labels) {
        this.labels = labels;
        this.open = open;
        this.dashboard = dashboard;
        this.access = access;
        this.people = people;
    }

    @GetMapping("/disagreements")
    String showDashboard(@AuthenticationPrincipal SignedInPerson who, Model model) {
        LocalDate today = access.today();
        List<Board> boards = new ArrayList<>();
        for (StaffMembership m : people.staffMemberships(who.id())) {
            boolean authority = org.coplan.people.LeadScope.leadsAuthorityCases(m.role());
            if (!authority && !org.coplan.people.LeadScope.leadsSchoolCases(m.role())) {
                continue;
            }
            String name = people.organisation(m.organisationId()).map(o -> o.name()).orElse("");
            List<Row> rows = new ArrayList<>();
            for (Disagreement d : authority ? dashboard.openForAuthority(m.organisationId()) : dashboard.openForSchool(m.organisationId())) {
                access.find(who.id(), new CaseId(d.caseId())).map(CaseContext::child)
                        .ifPresent(c -> rows.add(new Row(d, labels.of(d), c.fullName(), d.ageInDays(today))));
            }
            boards.add(new Board(name, authority,
                    authority ? open.forAuthority(m.organisationId()) : open.forSchool(m.organisationId()), rows));
        }
        if (boards.isEmpty()) {
            throw new NotFound();
        }
        model.addAttribute("boards", boards);
        model.addAttribute("today", today);
        return "resolution/dashboard";
    }
}
