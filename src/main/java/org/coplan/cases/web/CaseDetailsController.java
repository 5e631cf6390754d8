package org.coplan.cases.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.ChildCase;
import org.coplan.cases.NeedType;
import org.coplan.cases.Stage;
import org.coplan.cases.domain.CaseAction;
import org.coplan.cases.internal.CaseWork;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.people.SignedInPerson;
import org.coplan.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case lead corrects the child's details or moves the case to its next stage. */
@Controller
class CaseDetailsController {

    private final CaseAccess access;
    private final CaseWork work;
    private final People people;
    private final MessageSource messages;

    CaseDetailsController(CaseAccess access, CaseWork work, People people, MessageSource messages) {
        this.access = access;
        this.work = work;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/cases/{caseId}/details")
    String showDetails(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.EDIT_CASE_DETAILS);
        return page(ctx, typed(ctx.child(), ctx.child().primaryNeed()), null, new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/details")
    String submitDetails(
            @PathVariable UUID caseId,
            @RequestParam Map<String, String> typed,
            @AuthenticationPrincipal SignedInPerson who,
            Model model,
            RedirectAttributes redirect) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.EDIT_CASE_DETAILS);
        FormErrors errors = new FormErrors();
        ChildDetails details = ChildDetails.read(typed, access.today(), errors);
        List<Organisation> schools = schoolsOf(ctx);
        String schoolValue = typed.getOrDefault("school", "");
        Organisation school = schools.stream().filter(s -> s.id().toString().equals(schoolValue)).findFirst().orElse(null);
        if (school == null && !NewCaseController.NO_SCHOOL.equals(schoolValue)) {
            errors.add("school", "newCase.schoolRequired");
        }
        // A form without the field (sent by something other than this page) leaves the need as it was.
        NeedType need = ctx.child().primaryNeed();
        if (typed.containsKey(PRIMARY_NEED)) {
            String needValue = typed.get(PRIMARY_NEED);
            if (needValue.isEmpty()) {
                need = null;
            } else {
                need = java.util.Arrays.stream(NeedType.values()).filter(t -> t.name().equals(needValue)).findFirst().orElse(null);
                if (need == null) {
                    errors.add(PRIMARY_NEED, "facets.need.unknown");
                }
            }
        }
        int version = parseVersion(typed.get("version"));
        if (errors.any()) {
            return page(ctx, typed, null, errors, model);
        }
        if (!work.updateDetails(ctx, details.givenName(), details.familyName(), details.preferredName(), details.dateOfBirth(),
                school == null ? null : school.id(), details.stage(), need, version)) {
            ChildCase saved = access.open(who.id(), ctx.caseId(), CaseAction.EDIT_CASE_DETAILS).child();
            Map<String, String> keep = new HashMap<>(typed);
            keep.put("version", String.valueOf(saved.version()));
            return page(ctx, keep, saved, new FormErrors().add("givenName", "details.changedElsewhere"), model);
        }
        redirect.addFlashAttribute("done", "details.saved");
        return "redirect:/cases/" + caseId;
    }

    private String page(CaseContext ctx, Map<String, String> typed, ChildCase savedByOthers, FormErrors errors, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String[]> schoolOptions = new ArrayList<>(schoolsOf(ctx).stream().map(s -> new String[] {s.id().toString(), s.name()}).toList());
        schoolOptions.add(new String[] {NewCaseController.NO_SCHOOL, messages.getMessage("newCase.noSchool", null, locale)});
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("typed", typed);
        model.addAttribute("saved", savedByOthers);
        model.addAttribute("savedNeed", savedByOthers == null ? null : savedByOthers.primaryNeed());
        model.addAttribute("needs", needOptions(locale));
        model.addAttribute("savedSchool", savedByOthers == null || savedByOthers.school() == null ? null
                : people.organisation(savedByOthers.school()).map(Organisation::name).orElse(null));
        model.addAttribute("errors", errors);
        model.addAttribute("schools", schoolOptions);
        model.addAttribute("stages", Options.of(Stage.class, "stage.", messages, locale));
        access.recordView(ctx, "Change case details");
        return "cases/details";
    }

    /** The SEN2 primary needs in plain words, "Not recorded yet" first. */
    private List<String[]> needOptions(Locale locale) {
        List<String[]> options = new ArrayList<>();
        options.add(new String[] {"", messages.getMessage("facets.need.notRecorded", null, locale)});
        options.addAll(Options.of(NeedType.class, "facets.need.", messages, locale));
        return options;
    }

    private List<Organisation> schoolsOf(CaseContext ctx) {
        return people.organisationsIn(ctx.child().localAuthority()).stream().filter(o -> o.kind() == OrganisationKind.SCHOOL).toList();
    }

    static final String PRIMARY_NEED = "primaryNeed";

    private static Map<String, String> typed(ChildCase c, NeedType need) {
        Map<String, String> typed = new HashMap<>();
        typed.put("givenName", c.givenName());
        typed.put("familyName", c.familyName());
        typed.put("preferredName", c.preferredName() == null ? "" : c.preferredName());
        typed.put("dateOfBirthDay", String.valueOf(c.dateOfBirth().getDayOfMonth()));
        typed.put("dateOfBirthMonth", String.valueOf(c.dateOfBirth().getMonthValue()));
        typed.put("dateOfBirthYear", String.valueOf(c.dateOfBirth().getYear()));
        typed.put("school", c.school() == null ? NewCaseController.NO_SCHOOL : c.school().toString());
        typed.put("stage", c.stage().name());
        typed.put(PRIMARY_NEED, need == null ? "" : need.name());
        typed.put("version", String.valueOf(c.version()));
        return typed;
    }

    private static int parseVersion(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }
}
