package org.coplan.measures.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.measures.domain.Cornerstone;
import org.coplan.measures.domain.PartnershipRating;
import org.coplan.measures.domain.SelfReviewSide;
import org.coplan.measures.domain.SelfReviewYear;
import org.coplan.measures.internal.SelfReviewWork;
import org.coplan.measures.internal.SelfReviewWork.Changed;
import org.coplan.measures.internal.SelfReviewWork.Outcome;
import org.coplan.measures.internal.SelfReviewWork.Refused;
import org.coplan.measures.internal.SelfReviewWork.Reviewable;
import org.coplan.measures.internal.SelfReviewWork.Typed;
import org.coplan.people.SignedInPerson;
import org.coplan.shared.web.DateFields;
import org.coplan.shared.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Genuine Partnerships self-review: the organisations a person may review, and one
 * organisation's review for a year, with both sides' ratings, the gap between them and the action
 * plan. Not tied to a case; access is decided by {@link SelfReviewWork#open}.
 */
@Controller
class SelfReviewController {

    /** How many review years back the page can show: this one and the two before. */
    static final int YEARS_SHOWN = 3;

    private final SelfReviewWork work;

    SelfReviewController(SelfReviewWork work) {
        this.work = work;
    }

    @GetMapping("/self-review")
    String showList(@AuthenticationPrincipal SignedInPerson who, Model model) {
        model.addAttribute("rows", work.list(who.id()));
        model.addAttribute("year", work.thisYear());
        return "measures/self-review-list";
    }

    @GetMapping("/self-review/{organisationId}")
    String showReview(@PathVariable UUID organisationId, @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        Reviewable r = work.open(who.id(), organisationId);
        return page(r, year(year), Map.of(), new FormErrors(), ActionForm.EMPTY, model);
    }

    @PostMapping("/self-review/{organisationId}/ratings")
    String submitRatings(@PathVariable UUID organisationId, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        Reviewable r = work.open(who.id(), organisationId);
        Map<Cornerstone, Typed> typed = new EnumMap<>(Cornerstone.class);
        for (Cornerstone c : Cornerstone.values()) {
            typed.put(c, new Typed(form.getOrDefault("rating-" + c.name(), ""), form.getOrDefault("evidence-" + c.name(), "")));
        }
        boolean send = form.containsKey("send");
        Outcome outcome = work.save(who.id(), who.displayName(), r, typed, send, form.getOrDefault("stamp", ""));
        if (outcome instanceof Refused refused) {
            return page(r, work.thisYear(), typed, errors(refused), ActionForm.EMPTY, model);
        }
        redirect.addFlashAttribute("done", send ? "selfreview.done.sent" : "selfreview.done.saved");
        return "redirect:/self-review/" + organisationId;
    }

    @PostMapping("/self-review/{organisationId}/actions")
    String submitAction(@PathVariable UUID organisationId, @RequestParam(defaultValue = "") String cornerstone,
            @RequestParam(defaultValue = "") String what, @RequestParam(defaultValue = "") String who,
            @RequestParam(defaultValue = "") String dueDay, @RequestParam(defaultValue = "") String dueMonth,
            @RequestParam(defaultValue = "") String dueYear, @AuthenticationPrincipal SignedInPerson person, Model model,
            RedirectAttributes redirect) {
        Reviewable r = work.open(person.id(), organisationId);
        DateFields.Result due = DateFields.parse(dueDay, dueMonth, dueYear);
        Outcome outcome = work.addAction(person.displayName(), r, cornerstone, what, who, due.date(), due.errorKey());
        if (outcome instanceof Refused refused) {
            return page(r, work.thisYear(), Map.of(), errors(refused),
                    new ActionForm(cornerstone, what, who, dueDay, dueMonth, dueYear), model);
        }
        redirect.addFlashAttribute("done", "selfreview.done.actionAdded");
        return "redirect:/self-review/" + organisationId;
    }

    @PostMapping("/self-review/{organisationId}/actions/{actionId}/done")
    String submitDone(@PathVariable UUID organisationId, @PathVariable UUID actionId, @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "true") boolean done, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) {
        Reviewable r = work.open(who.id(), organisationId);
        Outcome outcome = work.setDone(r, actionId, version, done);
        if (outcome instanceof Changed) {
            FormErrors errors = new FormErrors().add("actions", "selfreview.error.actionChanged");
            return page(r, work.thisYear(), Map.of(), errors, ActionForm.EMPTY, model);
        }
        redirect.addFlashAttribute("done", done ? "selfreview.done.actionDone" : "selfreview.done.actionOpen");
        return "redirect:/self-review/" + organisationId;
    }

    /** The action form as typed. */
    record ActionForm(String cornerstone, String what, String who, String dueDay, String dueMonth, String dueYear) {
        static final ActionForm EMPTY = new ActionForm("", "", "", "", "", "");
    }

    private String page(Reviewable r, SelfReviewYear year, Map<Cornerstone, Typed> typed, FormErrors errors, ActionForm action, Model model) {
        SelfReviewWork.Page p = work.page(r, year);
        SelfReviewYear now = work.thisYear();
        model.addAttribute("review", p);
        model.addAttribute("org", r.organisation());
        model.addAttribute("side", r.side().name());
        model.addAttribute("kind", r.organisation().kind().name());
        model.addAttribute("current", year.equals(now));
        model.addAttribute("editable", year.equals(now) && !p.ownSent());
        model.addAttribute("years", java.util.stream.IntStream.range(0, YEARS_SHOWN).mapToObj(i -> new SelfReviewYear(now.startYear() - i)).toList());
        model.addAttribute("ratings", List.of(PartnershipRating.values()));
        model.addAttribute("cornerstones", List.of(Cornerstone.values()));
        Map<String, String> values = new java.util.HashMap<>();
        for (SelfReviewWork.Row row : p.rows()) {
            var own = row.own(r.side());
            Typed t = typed.get(row.cornerstone());
            values.put("rating-" + row.cornerstone().name(), t != null ? t.rating() : own == null ? "" : own.rating().name());
            values.put("evidence-" + row.cornerstone().name(), t != null ? t.evidence() : own == null ? "" : own.evidence());
        }
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("action", action);
        model.addAttribute("today", work.today());
        model.addAttribute("ownSideOrganisation", r.side() == SelfReviewSide.ORGANISATION);
        return "measures/self-review";
    }

    private static FormErrors errors(Refused refused) {
        FormErrors errors = new FormErrors();
        refused.errors().forEach(errors::add);
        return errors;
    }

    private SelfReviewYear year(Integer startYear) {
        SelfReviewYear now = work.thisYear();
        if (startYear == null || startYear > now.startYear() || startYear <= now.startYear() - YEARS_SHOWN) {
            return now;
        }
        return new SelfReviewYear(startYear);
    }
}
