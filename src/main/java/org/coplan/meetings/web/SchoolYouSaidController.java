package org.coplan.meetings.web;

import java.util.List;
import java.util.UUID;
import org.coplan.meetings.domain.SchoolFigures;
import org.coplan.meetings.domain.SchoolYear;
import org.coplan.meetings.internal.SchoolYouSaid;
import org.coplan.meetings.internal.SchoolYouSaid.Changed;
import org.coplan.meetings.internal.SchoolYouSaid.Draft;
import org.coplan.meetings.internal.SchoolYouSaid.NamesFound;
import org.coplan.meetings.internal.SchoolYouSaid.Outcome;
import org.coplan.people.Organisation;
import org.coplan.people.SignedInPerson;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A school's "you said, we did": its SENCOs review the figures over all the school's cases, write
 * statements without names, and publish both; anyone can read what was published.
 */
@Controller
class SchoolYouSaidController {

    static final int MAX_STATEMENT = 1_000;
    /** How many school years back a SENCO can review: this one and the two before. */
    static final int YEARS_SHOWN = 3;

    private final SchoolYouSaid work;

    SchoolYouSaidController(SchoolYouSaid work) {
        this.work = work;
    }

    /** The SENCO's schools: straight to the one, or a list to choose from. */
    @GetMapping("/you-said-we-did")
    String showSchools(@AuthenticationPrincipal SignedInPerson who, Model model) {
        List<Organisation> schools = work.schoolsOf(who.id());
        if (schools.isEmpty()) {
            throw new NotFound();
        }
        if (schools.size() == 1) {
            return "redirect:/schools/" + schools.get(0).id().value() + "/you-said-we-did";
        }
        model.addAttribute("schools", schools);
        return "meetings/school-list";
    }

    @GetMapping("/schools/{schoolId}/you-said-we-did")
    String showDraft(
            @PathVariable UUID schoolId, @RequestParam(required = false) Integer year, @AuthenticationPrincipal SignedInPerson who,
            Model model) {
        Organisation school = work.open(who.id(), schoolId);
        return draftPage(who, school, year(year), "", "", new FormErrors(), model);
    }

    @PostMapping("/schools/{schoolId}/you-said-we-did/statements")
    String submitStatement(
            @PathVariable UUID schoolId, @RequestParam int year, @RequestParam(defaultValue = "") String youSaid,
            @RequestParam(defaultValue = "") String weDid, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) {
        Organisation school = work.open(who.id(), schoolId);
        SchoolYear y = year(year);
        FormErrors errors = new FormErrors();
        check(errors, "youSaid", youSaid, "yousaid.school.error.youSaidRequired");
        check(errors, "weDid", weDid, "yousaid.school.error.weDidRequired");
        if (!errors.any()) {
            Outcome outcome = work.addStatement(who.id(), who.displayName(), school, y, youSaid, weDid);
            if (outcome instanceof NamesFound found) {
                errors.add(found.field(), "yousaid.school.error.names", String.join(", ", found.names()));
            }
        }
        if (errors.any()) {
            return draftPage(who, school, y, youSaid, weDid, errors, model);
        }
        redirect.addFlashAttribute("done", "yousaid.school.added");
        return "redirect:" + path(school, y) + "#statements";
    }

    @PostMapping("/schools/{schoolId}/you-said-we-did/statements/{statementId}/withdraw")
    String submitWithdraw(
            @PathVariable UUID schoolId, @PathVariable UUID statementId, @RequestParam int year,
            @AuthenticationPrincipal SignedInPerson who, RedirectAttributes redirect) {
        Organisation school = work.open(who.id(), schoolId);
        work.withdraw(school, statementId, who.displayName());
        redirect.addFlashAttribute("done", "yousaid.school.withdrawn");
        return "redirect:" + path(school, year(year)) + "#statements";
    }

    @PostMapping("/schools/{schoolId}/you-said-we-did/publish")
    String submitPublish(
            @PathVariable UUID schoolId, @RequestParam int year, @RequestParam(defaultValue = "") String stamp,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        Organisation school = work.open(who.id(), schoolId);
        SchoolYear y = year(year);
        Outcome outcome = work.publish(who.id(), who.displayName(), school, y, stamp);
        if (outcome instanceof Changed) {
            FormErrors errors = new FormErrors().add("publish", "yousaid.school.error.changed");
            return draftPage(who, school, y, "", "", errors, model);
        }
        redirect.addFlashAttribute("done", "yousaid.school.published");
        return "redirect:/schools/" + schoolId + "/you-said-we-did/published";
    }

    /** What the school published, for anyone: no sign-in, no names. */
    @GetMapping("/schools/{schoolId}/you-said-we-did/published")
    String showPublished(@PathVariable UUID schoolId, @RequestParam(required = false) UUID publication, Model model) {
        Organisation school = work.school(schoolId);
        SchoolYouSaid.Published p = work.published(schoolId, publication);
        model.addAttribute("school", school);
        model.addAttribute("published", p);
        model.addAttribute("figures", p.figures());
        model.addAttribute("groups", SchoolFigures.GROUPS);
        model.addAttribute("publications", work.publications(schoolId));
        return "meetings/school-published";
    }

    private String draftPage(SignedInPerson who, Organisation school, SchoolYear year, String youSaid, String weDid, FormErrors errors,
            Model model) {
        Draft draft = work.draft(who.id(), school, year);
        SchoolYear now = work.thisYear();
        model.addAttribute("school", school);
        model.addAttribute("draft", draft);
        model.addAttribute("figures", draft.figures());
        model.addAttribute("groups", SchoolFigures.GROUPS);
        model.addAttribute("year", year);
        model.addAttribute("years", java.util.stream.IntStream.range(0, YEARS_SHOWN).mapToObj(i -> new SchoolYear(now.startYear() - i)).toList());
        model.addAttribute("youSaid", youSaid);
        model.addAttribute("weDid", weDid);
        model.addAttribute("errors", errors);
        model.addAttribute("publications", work.publications(school.id().value()));
        model.addAttribute("path", path(school, year));
        return "meetings/school-draft";
    }

    private SchoolYear year(Integer startYear) {
        SchoolYear now = work.thisYear();
        if (startYear == null || startYear > now.startYear() || startYear <= now.startYear() - YEARS_SHOWN) {
            return now;
        }
        return new SchoolYear(startYear);
    }

    private static void check(FormErrors errors, String field, String value, String requiredKey) {
        if (value.isBlank()) {
            errors.add(field, requiredKey);
        } else if (value.length() > MAX_STATEMENT) {
            errors.add(field, "text.tooLong", MAX_STATEMENT);
        }
    }

    private static String path(Organisation school, SchoolYear year) {
        return "/schools/" + school.id().value() + "/you-said-we-did?year=" + year.startYear();
    }
}
