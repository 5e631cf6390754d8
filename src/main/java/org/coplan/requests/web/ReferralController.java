package org.coplan.requests.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.SupportChoice;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.SignedInPerson;
import org.coplan.requests.domain.Problem;
import org.coplan.requests.domain.ReferralAnswers;
import org.coplan.requests.internal.ReferralWork;
import org.coplan.requests.internal.Referrals.Referral;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
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

/**
 * Independent support: the family's page for asking for SENDIASS or an advocate and answering an
 * adviser who took them on, and the support service's "Referrals" inbox.
 */
@Controller
class ReferralController {

    private final CaseAccess access;
    private final ReferralWork work;
    private final MessageSource messages;

    ReferralController(CaseAccess access, ReferralWork work, MessageSource messages) {
        this.access = access;
        this.work = work;
        this.messages = messages;
    }

    @GetMapping("/cases/{caseId}/independent-support")
    String showSupport(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = family(who, caseId);
        Map<String, String> typed = new HashMap<>();
        // The support the person said they would like on their participation page is chosen to start with.
        access.activeMembers(ctx.caseId()).stream().filter(m -> m.personId().equals(who.id())).findFirst()
                .flatMap(m -> access.choicesOf(m.id()))
                .flatMap(c -> c.support().stream().sorted().findFirst())
                .ifPresent(choice -> typed.put("support", choice.name()));
        return supportPage(ctx, typed, new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/independent-support")
    String submitSupport(@PathVariable UUID caseId, @RequestParam Map<String, String> typed, @AuthenticationPrincipal SignedInPerson who,
            Model model, RedirectAttributes redirect) {
        CaseContext ctx = family(who, caseId);
        List<Problem> problems = new ArrayList<>();
        ReferralAnswers answers = ReferralAnswers.read(typed, problems);
        if (answers != null) {
            work.ask(ctx, answers).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            FormErrors errors = new FormErrors();
            problems.forEach(p -> {
                if (!errors.has(p.field())) {
                    errors.add(p.field(), p.key(), p.args().toArray());
                }
            });
            return supportPage(ctx, typed, errors, model);
        }
        redirect.addFlashAttribute("done", "referral.asked");
        return "redirect:/cases/" + caseId + "/independent-support";
    }

    @PostMapping("/cases/{caseId}/independent-support/{referralId}")
    String submitAnswer(@PathVariable UUID caseId, @PathVariable UUID referralId, @RequestParam Map<String, String> typed,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        CaseContext ctx = family(who, caseId);
        String answer = typed.get("answer-" + referralId);
        if (!"yes".equals(answer) && !"no".equals(answer)) {
            return supportPage(ctx, new HashMap<>(), new FormErrors().add("answer-" + referralId, "referral.error.answer"), model);
        }
        ReferralWork.Outcome outcome = work.answer(ctx, referralId, "yes".equals(answer));
        redirect.addFlashAttribute("done", outcome == ReferralWork.Outcome.DONE
                ? ("yes".equals(answer) ? "referral.joined" : "referral.declined") : "referral.alreadyAnswered");
        return "redirect:/cases/" + caseId + "/independent-support";
    }

    private String supportPage(CaseContext ctx, Map<String, String> typed, FormErrors errors, Model model) {
        model.addAttribute("c", ctx.child());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("referrals", work.onCase(ctx));
        model.addAttribute("supports", List.of(
                new String[] {SupportChoice.SENDIASS.name(), text("referral.support.SENDIASS")},
                new String[] {SupportChoice.ADVOCATE.name(), text("referral.support.ADVOCATE")}));
        model.addAttribute("consentOptions", List.<String[]>of(new String[] {"yes", text("referral.consent.yes")}));
        model.addAttribute("letJoinOptions", List.of(new String[] {"yes", text("referral.letJoin.yes")},
                new String[] {"no", text("referral.letJoin.no")}));
        model.addAttribute("zone", work.zone());
        access.recordView(ctx, "Independent support");
        return "requests/support";
    }

    private CaseContext family(SignedInPerson who, UUID caseId) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.ADD_TO_RECORD);
        if (!ReferralWork.mayAsk(ctx)) {
            throw new NotFound();
        }
        return ctx;
    }

    // ---- the support service's inbox

    @GetMapping("/referrals")
    String showReferrals(@AuthenticationPrincipal SignedInPerson who, Model model) {
        if (work.servicesOf(who.id()).isEmpty()) {
            throw new NotFound();
        }
        model.addAttribute("referrals", work.inbox(who.id()));
        return "requests/referrals";
    }

    @PostMapping("/referrals/{referralId}/accept")
    String submitAccept(@PathVariable UUID referralId, @AuthenticationPrincipal SignedInPerson who, RedirectAttributes redirect) {
        Referral r = work.forAdviser(who.id(), referralId).orElseThrow(NotFound::new);
        ReferralWork.Outcome outcome = work.accept(who.id(), r);
        redirect.addFlashAttribute("done", outcome == ReferralWork.Outcome.DONE ? "referrals.accepted" : "referrals.alreadyTaken");
        return "redirect:/referrals";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
