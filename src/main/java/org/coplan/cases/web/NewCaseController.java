package org.coplan.cases.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.cases.Stage;
import org.coplan.cases.internal.CaseWork;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationId;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffMembership;
import org.coplan.people.StaffRole;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A SENCO or EHC coordinator opens a case for a child. */
@Controller
class NewCaseController {

    static final String NO_SCHOOL = "none";

    private final CaseWork work;
    private final CaseAccess access;
    private final People people;
    private final MessageSource messages;

    NewCaseController(CaseWork work, CaseAccess access, People people, MessageSource messages) {
        this.work = work;
        this.access = access;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/cases/new")
    String showNewCase(@AuthenticationPrincipal SignedInPerson who, Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("stage", Stage.SEN_SUPPORT.name());
        return page(who, typed, new FormErrors(), model);
    }

    @PostMapping("/cases/new")
    String submitNewCase(
            @AuthenticationPrincipal SignedInPerson who,
            @RequestParam Map<String, String> typed,
            Model model,
            RedirectAttributes redirect) {
        List<Organisation> schools = schoolsFor(who);
        List<OrganisationId> authorities = authoritiesFor(who);
        FormErrors errors = new FormErrors();
        ChildDetails details = ChildDetails.read(typed, access.today(), errors);
        String schoolValue = typed.get("school");
        Organisation school = schools.stream().filter(s -> s.id().toString().equals(schoolValue)).findFirst().orElse(null);
        boolean noSchool = NO_SCHOOL.equals(schoolValue) && !authorities.isEmpty();
        if (school == null && !noSchool) {
            errors.add("school", "newCase.schoolRequired");
        }
        if (errors.any()) {
            return page(who, typed, errors, model);
        }
        OrganisationId la = school != null ? school.localAuthorityId() : authorities.get(0);
        OrganisationId schoolId = school == null ? null : school.id();
        if (!work.mayCreateCase(who.id(), schoolId, la)) {
            throw new NotFound();
        }
        CaseRole role = authorities.contains(la) ? CaseRole.EHC_COORDINATOR : CaseRole.SENCO;
        CaseId id = work.createCase(who.id(), role, details.givenName(), details.familyName(), details.preferredName(),
                details.dateOfBirth(), schoolId, la, details.stage());
        redirect.addFlashAttribute("done", "newCase.created");
        return "redirect:/cases/" + id;
    }

    private String page(SignedInPerson who, Map<String, String> typed, FormErrors errors, Model model) {
        List<Organisation> schools = schoolsFor(who);
        if (schools.isEmpty() && authoritiesFor(who).isEmpty()) {
            throw new NotFound();
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<String[]> schoolOptions = new ArrayList<>(schools.stream().map(s -> new String[] {s.id().toString(), s.name()}).toList());
        if (!authoritiesFor(who).isEmpty()) {
            schoolOptions.add(new String[] {NO_SCHOOL, messages.getMessage("newCase.noSchool", null, locale)});
        }
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("schools", schoolOptions);
        model.addAttribute("stages", Options.of(Stage.class, "stage.", messages, locale));
        return "cases/new-case";
    }

    /** Schools where the person is SENCO, and every school in the local authorities they coordinate for. */
    private List<Organisation> schoolsFor(SignedInPerson who) {
        List<StaffMembership> staff = people.staffMemberships(who.id());
        List<OrganisationId> authorities = authoritiesFor(who);
        return people.organisations(OrganisationKind.SCHOOL).stream()
                .filter(s -> authorities.contains(s.localAuthorityId())
                        || org.coplan.people.LeadScope.of(staff).schools().contains(s.id()))
                .toList();
    }

    private List<OrganisationId> authoritiesFor(SignedInPerson who) {
        return people.staffMemberships(who.id()).stream()
                .filter(m -> org.coplan.people.LeadScope.leadsAuthorityCases(m.role()))
                .map(StaffMembership::organisationId)
                .toList();
    }

}
