package org.coplan.cases.web;

import java.util.UUID;
import org.coplan.cases.AboutMePart;
import org.coplan.cases.AboutMeRevision;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.cases.internal.CaseReading;
import org.coplan.cases.internal.CaseWork;
import org.coplan.cases.internal.CaseWork.AboutMeSave;
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

/** "All about me": the child's and family's one-page profile, in their own words. */
@Controller
class AboutMeController {

    static final int MAX_LENGTH = 5000;

    private final CaseAccess access;
    private final CaseWork work;
    private final CaseReading reading;

    AboutMeController(CaseAccess access, CaseWork work, CaseReading reading) {
        this.access = access;
        this.work = work;
        this.reading = reading;
    }

    @GetMapping("/cases/{caseId}/about-me/{part}")
    String showEdit(
            @PathVariable UUID caseId, @PathVariable String part, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.EDIT_ABOUT_ME);
        AboutMePart p = part(part);
        AboutMeRevision current = reading.aboutMe(ctx.caseId()).get(p);
        return editPage(ctx, p, current == null ? "" : current.body(), current, current == null ? null : current.id(),
                new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/about-me/{part}")
    String submitEdit(
            @PathVariable UUID caseId,
            @PathVariable String part,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) UUID basedOn,
            @AuthenticationPrincipal SignedInPerson who,
            Model model,
            RedirectAttributes redirect) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.EDIT_ABOUT_ME);
        AboutMePart p = part(part);
        FormErrors errors = new FormErrors();
        if (body.isBlank()) {
            errors.add("body", "aboutMe.required");
        } else if (body.length() > MAX_LENGTH) {
            errors.add("body", "aboutMe.tooLong", MAX_LENGTH);
        }
        if (errors.any()) {
            AboutMeRevision current = reading.aboutMe(ctx.caseId()).get(p);
            return editPage(ctx, p, body, current, basedOn, errors, model);
        }
        AboutMeSave result = work.saveAboutMe(ctx, p, body, basedOn);
        if (result instanceof AboutMeSave.Conflict conflict) {
            model.addAttribute("conflict", conflict.current());
            return editPage(ctx, p, body, conflict.current(), conflict.current().id(), errors, model);
        }
        redirect.addFlashAttribute("done", "aboutMe.saved");
        return "redirect:/cases/" + caseId + "#about-me";
    }

    @GetMapping("/cases/{caseId}/about-me/{part}/history")
    String showHistory(
            @PathVariable UUID caseId, @PathVariable String part, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.VIEW_CASE);
        AboutMePart p = part(part);
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("part", p);
        model.addAttribute("history", reading.aboutMeHistory(ctx.caseId(), p));
        access.recordView(ctx, "All about me history: " + p.slug());
        return "cases/about-me-history";
    }

    private String editPage(
            CaseContext ctx, AboutMePart part, String body, AboutMeRevision current, UUID basedOn, FormErrors errors,
            Model model) {
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("part", part);
        model.addAttribute("body", body);
        model.addAttribute("current", current);
        model.addAttribute("basedOn", basedOn);
        model.addAttribute("errors", errors);
        access.recordView(ctx, "All about me: " + part.slug());
        return "cases/about-me-edit";
    }

    private static AboutMePart part(String slug) {
        AboutMePart part = AboutMePart.fromSlug(slug);
        if (part == null) {
            throw new NotFound();
        }
        return part;
    }
}
