package org.coplan.plans.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.cases.CaseContext;
import org.coplan.people.SignedInPerson;
import org.coplan.plans.domain.AgreementMark;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.PlanPolicy;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.domain.VersionStatus;
import org.coplan.plans.StepRefusal;
import org.coplan.plans.internal.FinishingComments;
import org.coplan.plans.internal.IssuingPlan;
import org.coplan.plans.internal.PlanAccess;
import org.coplan.plans.internal.SendingForComment;
import org.coplan.plans.internal.PlanContext;
import org.coplan.plans.internal.PlanReading;
import org.coplan.plans.internal.PlanViews;
import org.coplan.plans.internal.PlanWork;
import org.coplan.plans.internal.Plans.Plan;
import org.coplan.plans.internal.Plans.Version;
import org.coplan.shared.web.DateFields;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plans on a case, one version's overview, and moving a version from draft to proposed to final. */
@Controller
class PlansController {

    private final PlanAccess access;
    private final PlanWork work;
    private final PlanViews views;
    private final PlanReading reading;
    private final MessageSource messages;
    private final SendingForComment sending;
    private final IssuingPlan issuing;
    private final FinishingComments finishing;
    private final org.coplan.plans.PlanInvolvement involvement;
    private final org.coplan.plans.PlanAmendments amendments;
    private final org.coplan.plans.internal.ThreadScoring thread;

    PlansController(PlanAccess access, PlanWork work, PlanViews views, PlanReading reading, MessageSource messages,
            SendingForComment sending, IssuingPlan issuing, FinishingComments finishing,
            org.coplan.plans.PlanInvolvement involvement, org.coplan.plans.PlanAmendments amendments,
            org.coplan.plans.internal.ThreadScoring thread) {
        this.amendments = amendments;
        this.thread = thread;
        this.involvement = involvement;
        this.access = access;
        this.sending = sending;
        this.issuing = issuing;
        this.finishing = finishing;
        this.work = work;
        this.views = views;
        this.reading = reading;
        this.messages = messages;
    }

    @GetMapping("/cases/{caseId}/plans")
    String showPlans(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.openCase(who.id(), caseId);
        Map<Plan, List<Version>> existing = reading.plansOf(caseId);
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("plans", existing.entrySet().stream().map(e -> Map.of("plan", e.getKey(), "versions", e.getValue())).toList());
        model.addAttribute("canStart", Arrays.stream(PlanKind.values())
                .filter(k -> PlanPolicy.mayStart(ctx.role(), k) && existing.keySet().stream().noneMatch(p -> p.kind() == k))
                .toList());
        access.recordView(ctx, "Plans");
        return "plans/plans";
    }

    @PostMapping("/cases/{caseId}/plans")
    String submitStartPlan(
            @PathVariable UUID caseId, @RequestParam(required = false) String kind, @AuthenticationPrincipal SignedInPerson who,
            RedirectAttributes redirect) {
        CaseContext ctx = access.openCase(who.id(), caseId);
        PlanKind parsed = PlanPages.parse(PlanKind.class, kind);
        if (parsed == null || !PlanPolicy.mayStart(ctx.role(), parsed)) {
            throw new NotFound();
        }
        Plan plan = work.startPlan(ctx, parsed).orElseThrow(NotFound::new);
        redirect.addFlashAttribute("done", "plan.started");
        return "redirect:/cases/" + caseId + "/plans/" + plan.id() + "/versions/1";
    }

    @GetMapping("/cases/{caseId}/plans/{planId}")
    String showCurrentVersion(@PathVariable UUID caseId, @PathVariable UUID planId, @AuthenticationPrincipal SignedInPerson who) {
        access.openCase(who.id(), caseId);
        reading.plan(caseId, planId).orElseThrow(NotFound::new);
        int number = access.currentVersion(planId).orElseThrow(NotFound::new).number();
        return "redirect:/cases/" + caseId + "/plans/" + planId + "/versions/" + number;
    }

    @GetMapping("/cases/{caseId}/plans/{planId}/versions/{number}")
    String showVersion(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.VIEW);
        PlanPages.common(p, model);
        PlanViews.VersionView view = views.view(p);
        model.addAttribute("view", view);
        model.addAttribute("thread", ThreadPanel.of(p, thread.of(view), null));
        model.addAttribute("versions", reading.versions(p));
        model.addAttribute("today", access.today());
        model.addAttribute("mayFinish", issuing.familyMayFinishEarly() && p.version().status() == VersionStatus.PROPOSED
                && p.caseContext().role().isFamily() && p.can(PlanAction.MARK_AGREEMENT) && !finishing.hasFinished(p));
        // the writer sees how far each family member's involvement in this version has gone, against what they chose
        model.addAttribute("reached", p.caseContext().role().isLead()
                ? involvement.onVersion(p.caseContext().caseId(), p.plan().kind(), p.version().number()) : List.of());
        // a draft started from an annual review's proposals links back to them
        model.addAttribute("origin", amendments.origin(p.version().id()).orElse(null));
        access.recordView(p.caseContext(), "Plan version " + number);
        return "plans/version";
    }

    @GetMapping("/cases/{caseId}/plans/{planId}/versions/{number}/propose")
    String showPropose(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        PlanContext p = writable(who, caseId, planId, number, VersionStatus.DRAFT);
        return proposePage(p, String.valueOf(sending.minimumDays()), false, sending.refusals(p), new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/plans/{planId}/versions/{number}/propose")
    String submitPropose(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number,
            @RequestParam(defaultValue = "") String windowDays, @RequestParam(required = false) String askProfessionals,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        PlanContext p = writable(who, caseId, planId, number, VersionStatus.DRAFT);
        FormErrors errors = new FormErrors();
        int days = -1;
        try {
            days = Integer.parseInt(windowDays.strip());
        } catch (NumberFormatException e) {
            errors.add("windowDays", "propose.windowNotNumber");
        }
        if (!errors.any() && (days < sending.minimumDays() || days > 60)) {
            errors.add("windowDays", "propose.windowRange", sending.minimumDays());
        }
        if (errors.any()) {
            return proposePage(p, windowDays, askProfessionals != null, sending.refusals(p), errors, model);
        }
        if (sending.send(p, days, askProfessionals != null) instanceof SendingForComment.Result.Refused refused) {
            return proposePage(p, windowDays, askProfessionals != null, refused.reasons(), refusedErrors(refused.reasons()), model);
        }
        redirect.addFlashAttribute("done", "propose.done");
        return "redirect:" + PlanPages.versionPath(p);
    }

    private String proposePage(PlanContext p, String windowDays, boolean ask, List<StepRefusal> reasons, FormErrors errors,
            Model model) {
        PlanPages.common(p, model);
        model.addAttribute("windowDays", windowDays);
        model.addAttribute("ask", ask);
        model.addAttribute("errors", errors);
        model.addAttribute("reasons", shown(reasons));
        model.addAttribute("minimumDays", sending.minimumDays());
        access.recordView(p.caseContext(), "Plan version " + p.version().number() + ": send for comment");
        return "plans/propose";
    }

    @GetMapping("/cases/{caseId}/plans/{planId}/versions/{number}/issue")
    String showIssue(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.WRITE);
        return issuePage(p, issuing.refusals(p), new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/plans/{planId}/versions/{number}/issue")
    String submitIssue(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.WRITE);
        if (issuing.issue(p) instanceof IssuingPlan.Result.Refused refused) {
            return issuePage(p, refused.reasons(), refusedErrors(refused.reasons()), model);
        }
        redirect.addFlashAttribute("done", "issue.done");
        return "redirect:" + PlanPages.versionPath(p);
    }

    @PostMapping("/cases/{caseId}/plans/{planId}/versions/{number}/finished-commenting")
    String submitFinishedCommenting(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number,
            @AuthenticationPrincipal SignedInPerson who, RedirectAttributes redirect) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.MARK_AGREEMENT);
        if (!finishing.finish(p)) {
            throw new NotFound();
        }
        redirect.addFlashAttribute("done", "finished.done");
        return "redirect:" + PlanPages.versionPath(p);
    }

    private String issuePage(PlanContext p, List<StepRefusal> reasons, FormErrors errors, Model model) {
        PlanPages.common(p, model);
        model.addAttribute("outstanding", work.outstanding(p));
        // A refusal is shown as an error, so the page's title starts with "Error:" as on every form.
        model.addAttribute("errors", errors);
        model.addAttribute("reasons", shown(reasons));
        model.addAttribute("today", access.today());
        model.addAttribute("view", views.view(p));
        access.recordView(p.caseContext(), "Plan version " + p.version().number() + ": issue as final");
        return "plans/issue";
    }

    /** A refusal's reasons as shown on the page: the sentence, and the page that puts it right. */
    public record ShownReason(String key, Object[] args, String fixPath, String fixKey) {}

    private static List<ShownReason> shown(List<StepRefusal> reasons) {
        return reasons.stream().map(r -> new ShownReason(r.messageKey(), formatted(r.args()), r.fixPath(), r.fixKey())).toList();
    }

    /** Each reason in the error summary, linking to the reason in the list where its fix is. */
    private static FormErrors refusedErrors(List<StepRefusal> reasons) {
        FormErrors errors = new FormErrors();
        for (int i = 0; i < reasons.size(); i++) {
            errors.add("reason-" + i, reasons.get(i).messageKey(), formatted(reasons.get(i).args()));
        }
        return errors;
    }

    private static Object[] formatted(List<Object> args) {
        return args.stream()
                .map(a -> a instanceof LocalDate d ? d.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)) : a)
                .toArray();
    }

    @PostMapping("/cases/{caseId}/plans/{planId}/versions/{number}/amend")
    String submitAmend(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number,
            @AuthenticationPrincipal SignedInPerson who, RedirectAttributes redirect) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.VIEW);
        if (!PlanPolicy.mayStart(p.caseContext().role(), p.plan().kind())) {
            throw new NotFound();
        }
        var amendment = work.startAmendment(p);
        if (amendment.isEmpty()) {
            redirect.addFlashAttribute("done", "amend.alreadyOpen");
            return "redirect:" + PlanPages.versionPath(p);
        }
        redirect.addFlashAttribute("done", "amend.started");
        return "redirect:/cases/" + caseId + "/plans/" + planId + "/versions/" + amendment.get().number();
    }

    @PostMapping("/cases/{caseId}/plans/{planId}/versions/{number}/review-date")
    String submitReviewDate(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number,
            @RequestParam Map<String, String> typed, @AuthenticationPrincipal SignedInPerson who,
            Model model, RedirectAttributes redirect) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.WRITE);
        DateFields.Result date = DateFields.parse(typed.get("reviewDateDay"), typed.get("reviewDateMonth"), typed.get("reviewDateYear"));
        if (!date.ok()) {
            redirect.addFlashAttribute("reviewError", "reviewDate." + date.errorKey());
        } else {
            work.setReviewDate(p, date.date());
            redirect.addFlashAttribute("done", "reviewDate.saved");
        }
        return "redirect:" + PlanPages.versionPath(p);
    }

    @GetMapping("/cases/{caseId}/plans/{planId}/versions/{number}/agreement")
    String showAgreement(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.MARK_AGREEMENT);
        PlanViews.VersionView view = views.view(p);
        Map<String, String> typed = new java.util.HashMap<>();
        for (PlanViews.SectionView s : view.sections()) {
            s.positions().stream().filter(pos -> pos.personId().equals(who.id().value())).findFirst().ifPresent(pos -> {
                typed.put("mark-" + s.code().name(), pos.mark().name());
                typed.put("reason-" + s.code().name(), pos.reason() == null ? "" : pos.reason());
            });
        }
        return agreementPage(p, view, typed, new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/plans/{planId}/versions/{number}/agreement")
    String submitAgreement(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number,
            @RequestParam Map<String, String> typed, @AuthenticationPrincipal SignedInPerson who,
            Model model, RedirectAttributes redirect) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.MARK_AGREEMENT);
        FormErrors errors = new FormErrors();
        Map<SectionCode, AgreementMark> positions = new EnumMap<>(SectionCode.class);
        Map<SectionCode, String> reasons = new EnumMap<>(SectionCode.class);
        for (SectionCode code : SectionCode.of(p.plan().kind())) {
            AgreementMark mark = PlanPages.parse(AgreementMark.class, typed.get("mark-" + code.name()));
            String reason = typed.getOrDefault("reason-" + code.name(), "").strip();
            if (mark == null) {
                errors.add("mark-" + code.name(), "agreement.markRequired", messages.getMessage("plan.section." + code.name(), null,
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()));
                continue;
            }
            if (mark == AgreementMark.DISAGREE && reason.isEmpty()) {
                errors.add("reason-" + code.name(), "agreement.reasonRequired", messages.getMessage("plan.section." + code.name(), null,
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            } else if (reason.length() > 2000) {
                errors.add("reason-" + code.name(), "text.tooLong", 2000);
            }
            positions.put(code, mark);
            reasons.put(code, reason);
        }
        if (errors.any()) {
            return agreementPage(p, views.view(p), typed, errors, model);
        }
        work.markAgreement(p, positions, reasons);
        redirect.addFlashAttribute("done", "agreement.saved");
        return "redirect:" + PlanPages.versionPath(p);
    }

    private String agreementPage(PlanContext p, PlanViews.VersionView view, Map<String, String> typed, FormErrors errors, Model model) {
        PlanPages.common(p, model);
        model.addAttribute("view", view);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("marks", PlanPages.options(List.of(AgreementMark.values()), "agreement.mark.", messages));
        access.recordView(p.caseContext(), "Plan version " + p.version().number() + ": agreement");
        return "plans/agreement";
    }

    private PlanContext writable(SignedInPerson who, UUID caseId, UUID planId, int number, VersionStatus status) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.WRITE);
        if (p.version().status() != status) {
            throw new NotFound();
        }
        return p;
    }
}
