package org.coplan.plans.web;

import java.util.UUID;
import org.coplan.people.SignedInPerson;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.internal.PlanAccess;
import org.coplan.plans.internal.PlanContext;
import org.coplan.plans.internal.QuotedWords;
import org.coplan.plans.internal.SectionQuotes.Quote;
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
 * Section A (for SEN support, "All about me") started from the case's "All about me": the
 * writer quotes the family's and child's words with their names; a change the writer suggests to
 * quoted words goes back to the family to accept or decline.
 */
@Controller
class QuotedWordsController {

    static final String SECTION = "/cases/{caseId}/plans/{planId}/versions/{number}/sections/{section}";
    static final int MAX_WORDS = 5_000;
    static final int MAX_REASON = 2_000;

    private final PlanAccess access;
    private final QuotedWords quoted;

    QuotedWordsController(PlanAccess access, QuotedWords quoted) {
        this.access = access;
        this.quoted = quoted;
    }

    @PostMapping(SECTION + "/from-about-me")
    String submitStartFromAboutMe(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number, @PathVariable String section,
            @AuthenticationPrincipal SignedInPerson who, RedirectAttributes redirect) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.WRITE);
        SectionCode code = aboutTheChild(p, section);
        int added = quoted.startFromAboutMe(p);
        redirect.addFlashAttribute("done", added == 0 ? "quoted.nothingNew" : "quoted.started");
        redirect.addFlashAttribute("doneArg", added);
        return "redirect:" + PlanPages.versionPath(p) + "/sections/" + code.slug() + "#quoted-words";
    }

    @GetMapping(SECTION + "/quotes/{lineage}/change")
    String showChange(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number, @PathVariable String section,
            @PathVariable UUID lineage, @AuthenticationPrincipal SignedInPerson who, Model model) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.WRITE);
        SectionCode code = aboutTheChild(p, section);
        Quote q = quoted.standing(p, lineage).orElseThrow(NotFound::new);
        return changePage(p, code, q, q.body(), "", new FormErrors(), model);
    }

    @PostMapping(SECTION + "/quotes/{lineage}/change")
    String submitChange(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number, @PathVariable String section,
            @PathVariable UUID lineage, @RequestParam(defaultValue = "") String words, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.WRITE);
        SectionCode code = aboutTheChild(p, section);
        Quote q = quoted.standing(p, lineage).orElseThrow(NotFound::new);
        FormErrors errors = new FormErrors();
        if (words.isBlank()) {
            errors.add("words", "quoted.error.words");
        } else if (words.strip().equals(q.body())) {
            errors.add("words", "quoted.error.same");
        } else if (words.length() > MAX_WORDS) {
            errors.add("words", "text.tooLong", MAX_WORDS);
        }
        if (reason.isBlank()) {
            errors.add("reason", "quoted.error.reason");
        } else if (reason.length() > MAX_REASON) {
            errors.add("reason", "text.tooLong", MAX_REASON);
        }
        if (errors.any()) {
            return changePage(p, code, q, words, reason, errors, model);
        }
        if (!quoted.suggestChange(p, q, words, reason)) {
            return changePage(p, code, q, words, reason, new FormErrors().add("words", "quoted.error.waiting"), model);
        }
        redirect.addFlashAttribute("done", "quoted.suggested");
        return "redirect:" + PlanPages.versionPath(p) + "/sections/" + code.slug() + "#quoted-words";
    }

    @PostMapping(SECTION + "/quotes/{lineage}/answer")
    String submitAnswer(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number, @PathVariable String section,
            @PathVariable UUID lineage, @RequestParam(defaultValue = "") String answer, @AuthenticationPrincipal SignedInPerson who,
            RedirectAttributes redirect) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.VIEW);
        SectionCode code = aboutTheChild(p, section);
        Quote q = quoted.standing(p, lineage).orElseThrow(NotFound::new);
        if (!QuotedWords.mayAnswer(p, q) || !(answer.equals("accept") || answer.equals("decline"))) {
            throw new NotFound();
        }
        boolean done = quoted.answer(p, q, answer.equals("accept"));
        redirect.addFlashAttribute("done", !done ? "quoted.answeredAlready" : answer.equals("accept") ? "quoted.accepted" : "quoted.declined");
        return "redirect:" + PlanPages.versionPath(p) + "/sections/" + code.slug() + "#quoted-words";
    }

    private String changePage(PlanContext p, SectionCode code, Quote q, String words, String reason, FormErrors errors, Model model) {
        PlanPages.common(p, model);
        model.addAttribute("code", code);
        model.addAttribute("q", q);
        model.addAttribute("words", words);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        access.recordView(p.caseContext(), "Plan version " + p.version().number() + ": change quoted words in section " + code.name());
        return "plans/quote-change";
    }

    private static SectionCode aboutTheChild(PlanContext p, String slug) {
        SectionCode code = SectionCode.fromSlug(p.plan().kind(), slug);
        if (code == null || !code.isAboutTheChild()) {
            throw new NotFound();
        }
        return code;
    }
}
