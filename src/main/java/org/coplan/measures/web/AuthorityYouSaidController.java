package org.coplan.measures.web;

import java.util.UUID;
import org.coplan.measures.domain.AreaFigure;
import org.coplan.measures.internal.AuthorityReports.Statement;
import org.coplan.measures.internal.AuthorityYouSaid;
import org.coplan.measures.internal.AuthorityYouSaid.Changed;
import org.coplan.measures.internal.AuthorityYouSaid.Conflict;
import org.coplan.measures.internal.AuthorityYouSaid.NamesFound;
import org.coplan.measures.internal.AuthorityYouSaid.Outcome;
import org.coplan.measures.internal.AuthorityYouSaid.Withdrawn;
import org.coplan.people.Organisation;
import org.coplan.people.SignedInPerson;
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
 * The local authority's "you said, we did": its SEN manager reviews the figures across the area,
 * writes statements that name nobody, and publishes both as a dated snapshot; anyone can read the
 * snapshots, without signing in.
 */
@Controller
class AuthorityYouSaidController {

    static final int MAX_STATEMENT = 1_000;

    private final AuthorityYouSaid work;

    AuthorityYouSaidController(AuthorityYouSaid work) {
        this.work = work;
    }

    @GetMapping("/authority/{laId}/you-said-we-did")
    String showDraft(@PathVariable UUID laId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        Organisation la = work.open(who, laId);
        return draftPage(la, "", "", new FormErrors(), model);
    }

    @PostMapping("/authority/{laId}/you-said-we-did/statements")
    String submitStatement(
            @PathVariable UUID laId, @RequestParam(defaultValue = "") String youSaid, @RequestParam(defaultValue = "") String weDid,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        Organisation la = work.open(who, laId);
        FormErrors errors = check(youSaid, weDid);
        if (!errors.any() && work.addStatement(who, la, youSaid, weDid) instanceof NamesFound found) {
            errors.add(found.field(), "authorityYouSaid.error.names", String.join(", ", found.names()));
        }
        if (errors.any()) {
            return draftPage(la, youSaid, weDid, errors, model);
        }
        redirect.addFlashAttribute("done", "authorityYouSaid.added");
        return "redirect:" + path(la) + "#statements";
    }

    @GetMapping("/authority/{laId}/you-said-we-did/statements/{statementId}")
    String showStatement(@PathVariable UUID laId, @PathVariable UUID statementId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        Organisation la = work.open(who, laId);
        Statement s = work.statement(la, statementId);
        return statementPage(la, s, s.version(), s.youSaid(), s.weDid(), new FormErrors(), null, model);
    }

    @PostMapping("/authority/{laId}/you-said-we-did/statements/{statementId}")
    String submitChange(
            @PathVariable UUID laId, @PathVariable UUID statementId, @RequestParam int version,
            @RequestParam(defaultValue = "") String youSaid, @RequestParam(defaultValue = "") String weDid,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        Organisation la = work.open(who, laId);
        FormErrors errors = check(youSaid, weDid);
        Statement conflict = null;
        if (!errors.any()) {
            Outcome outcome = work.changeStatement(who, la, statementId, version, youSaid, weDid);
            if (outcome instanceof Withdrawn gone) {
                // taken out meanwhile: the words typed go into "Add a statement", to add again if still wanted
                return draftPage(la, youSaid, weDid,
                        new FormErrors().add("youSaid", "authorityYouSaid.error.withdrawnMeanwhile", gone.current().withdrawnByName()), model);
            }
            if (outcome instanceof NamesFound found) {
                errors.add(found.field(), "authorityYouSaid.error.names", String.join(", ", found.names()));
            } else if (outcome instanceof Conflict c) {
                conflict = c.current();
                errors.add("youSaid", "authorityYouSaid.error.conflict", c.current().changedByName() == null
                        ? c.current().writtenByName() : c.current().changedByName());
            }
        }
        if (errors.any()) {
            Statement shown = conflict == null ? work.statement(la, statementId) : conflict;
            // after a conflict the form carries the newer version, so saving again is a choice made with both texts in view
            return statementPage(la, shown, conflict == null ? version : conflict.version(), youSaid, weDid, errors, conflict, model);
        }
        redirect.addFlashAttribute("done", "authorityYouSaid.changed");
        return "redirect:" + path(la) + "#statements";
    }

    @PostMapping("/authority/{laId}/you-said-we-did/statements/{statementId}/withdraw")
    String submitWithdraw(@PathVariable UUID laId, @PathVariable UUID statementId, @AuthenticationPrincipal SignedInPerson who,
            RedirectAttributes redirect) {
        Organisation la = work.open(who, laId);
        work.withdraw(who, la, statementId);
        redirect.addFlashAttribute("done", "authorityYouSaid.withdrawn");
        return "redirect:" + path(la) + "#statements";
    }

    @PostMapping("/authority/{laId}/you-said-we-did/publish")
    String submitPublish(@PathVariable UUID laId, @RequestParam(defaultValue = "") String stamp, @AuthenticationPrincipal SignedInPerson who,
            Model model, RedirectAttributes redirect) {
        Organisation la = work.open(who, laId);
        if (work.publish(who, la, stamp) instanceof Changed) {
            return draftPage(la, "", "", new FormErrors().add("publish", "authorityYouSaid.error.changed"), model);
        }
        redirect.addFlashAttribute("done", "authorityYouSaid.published");
        return "redirect:/you-said-we-did/authority/" + laId;
    }

    /** Every snapshot the authority published, newest first: for anyone, no sign-in. */
    @GetMapping("/you-said-we-did/authority/{laId}")
    String showPublishedList(@PathVariable UUID laId, Model model) {
        model.addAttribute("authority", work.authority(laId));
        model.addAttribute("snapshots", work.snapshots(laId));
        return "measures/authority-published-list";
    }

    /** One snapshot, at its dated address: for anyone, no sign-in, no names. */
    @GetMapping("/you-said-we-did/authority/{laId}/{slug}")
    String showPublished(@PathVariable UUID laId, @PathVariable String slug, Model model) {
        Organisation la = work.authority(laId);
        AuthorityYouSaid.Published p = work.published(laId, slug);
        model.addAttribute("authority", la);
        model.addAttribute("published", p);
        model.addAttribute("grouped", grouped(p.figures()));
        model.addAttribute("smallestShown", p.snapshot().smallestShown());
        return "measures/authority-published";
    }

    private String draftPage(Organisation la, String youSaid, String weDid, FormErrors errors, Model model) {
        AuthorityYouSaid.Draft draft = work.draft(la);
        model.addAttribute("authority", la);
        model.addAttribute("draft", draft);
        model.addAttribute("grouped", grouped(draft.figures()));
        model.addAttribute("smallestShown", work.smallestShown());
        model.addAttribute("youSaid", youSaid);
        model.addAttribute("weDid", weDid);
        model.addAttribute("errors", errors);
        model.addAttribute("snapshots", work.snapshots(la.id().value()));
        return "measures/authority-you-said";
    }

    private String statementPage(Organisation la, Statement s, int version, String youSaid, String weDid, FormErrors errors,
            Statement conflict, Model model) {
        model.addAttribute("authority", la);
        model.addAttribute("statement", s);
        model.addAttribute("version", version);
        model.addAttribute("youSaid", youSaid);
        model.addAttribute("weDid", weDid);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        return "measures/authority-statement";
    }

    private static FormErrors check(String youSaid, String weDid) {
        FormErrors errors = new FormErrors();
        check(errors, "youSaid", youSaid, "authorityYouSaid.error.youSaidRequired");
        check(errors, "weDid", weDid, "authorityYouSaid.error.weDidRequired");
        return errors;
    }

    private static void check(FormErrors errors, String field, String value, String requiredKey) {
        if (value.isBlank()) {
            errors.add(field, requiredKey);
        } else if (value.length() > MAX_STATEMENT) {
            errors.add(field, "text.tooLong", MAX_STATEMENT);
        }
    }

    /** The figures by group, in the order they came: the confidence measure first. */
    static java.util.Map<String, java.util.List<AreaFigure>> grouped(java.util.List<AreaFigure> figures) {
        java.util.Map<String, java.util.List<AreaFigure>> groups = new java.util.LinkedHashMap<>();
        figures.forEach(f -> groups.computeIfAbsent(f.group(), g -> new java.util.ArrayList<>()).add(f));
        return groups;
    }

    private static String path(Organisation la) {
        return "/authority/" + la.id().value() + "/you-said-we-did";
    }
}
