package org.coplan.resolution.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.SignedInPerson;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.SectionCode;
import org.coplan.resolution.domain.AppealDates;
import org.coplan.resolution.domain.Disagreement;
import org.coplan.resolution.domain.DisagreementRules;
import org.coplan.resolution.domain.DisagreementRules.Actor;
import org.coplan.resolution.domain.DisagreementStage;
import org.coplan.resolution.domain.Outcome;
import org.coplan.resolution.domain.Step;
import org.coplan.resolution.domain.StepKind;
import org.coplan.resolution.domain.Subject;
import org.coplan.resolution.internal.DisagreementWork;
import org.coplan.resolution.internal.DisagreementWork.Move;
import org.coplan.shared.web.DateFields;
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

/** Raising a disagreement on a case, following its path, moving it between stages and recording its dates. */
@Controller
class DisagreementController {

    static final int MAX_TEXT = 5_000;
    static final int MAX_ABOUT = 300;

    private final CaseAccess access;
    private final DisagreementWork work;
    private final MessageSource messages;
    private final SubjectLabels labels;

    DisagreementController(CaseAccess access, DisagreementWork work, MessageSource messages, SubjectLabels labels) {
        this.access = access;
        this.work = work;
        this.messages = messages;
        this.labels = labels;
    }

    @GetMapping("/cases/{caseId}/disagreements")
    String showList(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.VIEW_CASE);
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        List<Disagreement> all = work.onCase(ctx);
        Map<UUID, String> about = new HashMap<>();
        all.forEach(d -> about.put(d.id(), labels.of(d)));
        model.addAttribute("disagreements", all);
        model.addAttribute("about", about);
        model.addAttribute("family", ctx.role().isFamily());
        model.addAttribute("canRaise", ctx.mayAct());
        access.recordView(ctx, "Disagreements");
        return "resolution/list";
    }

    @GetMapping("/cases/{caseId}/disagreements/new")
    String showNew(@PathVariable UUID caseId, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String section, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.ADD_TO_RECORD);
        Map<String, String> typed = new HashMap<>();
        if (decision != null) {
            typed.put("subjectKind", "STATUTORY_DECISION");
            typed.put("decision", decision);
        } else if (section != null) {
            typed.put("subjectKind", "PLAN_SECTION");
            typed.put("section", section);
        }
        return newPage(ctx, typed, new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/disagreements")
    String submitNew(@PathVariable UUID caseId, @RequestParam Map<String, String> typed, @AuthenticationPrincipal SignedInPerson who,
            Model model, RedirectAttributes redirect) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.ADD_TO_RECORD);
        FormErrors errors = new FormErrors();
        List<Subject.Decision> decisions = work.appealableDecisions(ctx);
        Subject subject = null;
        String kind = typed.getOrDefault("subjectKind", "");
        switch (kind) {
            case "PLAN_SECTION" -> {
                SectionCode section = section(typed.get("section"));
                if (section == null) {
                    errors.add("section", "disagreement.error.section");
                } else {
                    subject = Subject.section(section, work.latestPlanIssued(ctx).orElse(null));
                }
            }
            case "STATUTORY_DECISION" -> {
                Optional<Subject.Decision> decision = decisions.stream()
                        .filter(d -> d.id().toString().equals(typed.get("decision"))).findFirst();
                if (decision.isEmpty()) {
                    errors.add("decision", "disagreement.error.decision");
                } else {
                    subject = Subject.decision(decision.get());
                }
            }
            case "OTHER" -> {
                String about = typed.getOrDefault("aboutText", "").strip();
                if (about.isEmpty()) {
                    errors.add("aboutText", "disagreement.error.aboutText");
                } else if (about.length() > MAX_ABOUT) {
                    errors.add("aboutText", "disagreement.error.aboutTextLong", MAX_ABOUT);
                } else {
                    subject = Subject.other(about);
                }
            }
            default -> errors.add("subjectKind", "disagreement.error.subjectKind");
        }
        String disagreeWith = typed.getOrDefault("disagreeWith", "").strip();
        if (disagreeWith.isEmpty()) {
            errors.add("disagreeWith", "disagreement.error.disagreeWith");
        } else if (disagreeWith.length() > MAX_TEXT) {
            errors.add("disagreeWith", "disagreement.error.tooLong", MAX_TEXT);
        }
        String wouldLike = typed.getOrDefault("wouldLike", "");
        if (wouldLike.length() > MAX_TEXT) {
            errors.add("wouldLike", "disagreement.error.tooLong", MAX_TEXT);
        }
        if (errors.any()) {
            return newPage(ctx, typed, errors, model);
        }
        Disagreement d = work.raise(ctx, subject, disagreeWith, wouldLike);
        redirect.addFlashAttribute("done", "disagreement.raised");
        return "redirect:/cases/" + caseId + "/disagreements/" + d.id();
    }

    @GetMapping("/cases/{caseId}/disagreements/{id}")
    String showDisagreement(@PathVariable UUID caseId, @PathVariable UUID id, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.VIEW_CASE);
        Disagreement d = work.find(ctx, id);
        Actor actor = DisagreementWork.actor(ctx, d);
        Optional<Subject.Decision> decision = work.decisionOf(ctx, d);
        List<Step> steps = work.plainSteps(d);
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("d", d);
        model.addAttribute("about", labels.of(d));
        model.addAttribute("today", work.today());
        model.addAttribute("decision", decision.orElse(null));
        model.addAttribute("path", Arrays.stream(DisagreementStage.values()).filter(DisagreementStage::open).toList());
        model.addAttribute("dates", d.route().mediationAndTribunal() && decision.isPresent()
                ? AppealDates.compute(work.rules(), decision.get().noticeSent(), steps) : List.of());
        model.addAttribute("noticeSent", decision.map(x -> AppealDates.noticeSent(x.noticeSent(), steps)).orElse(null));
        model.addAttribute("steps", work.steps(d));
        model.addAttribute("changes", work.changes(d));
        model.addAttribute("canMove", !DisagreementRules.stagesOffered(actor, d).isEmpty());
        model.addAttribute("canChange", DisagreementRules.mayChange(actor, d));
        model.addAttribute("canWithdraw", DisagreementRules.outcomesOffered(actor, d).contains(Outcome.WITHDRAWN));
        model.addAttribute("canRecordDates", DisagreementRules.mayRecordDates(actor, d) && decision.isPresent());
        model.addAttribute("family", ctx.role().isFamily());
        access.recordView(ctx, "Disagreement");
        return "resolution/disagreement";
    }

    @GetMapping("/cases/{caseId}/disagreements/{id}/stage")
    String showStage(@PathVariable UUID caseId, @PathVariable UUID id, @RequestParam(required = false) String withdraw,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.ADD_TO_RECORD);
        Disagreement d = changeable(ctx, id);
        Map<String, String> typed = new HashMap<>();
        typed.put("version", String.valueOf(d.version()));
        if (withdraw != null) {
            typed.put("stage", DisagreementStage.CLOSED.name());
            typed.put("outcome", Outcome.WITHDRAWN.name());
        }
        return stagePage(ctx, d, typed, new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/disagreements/{id}/stage")
    String submitStage(@PathVariable UUID caseId, @PathVariable UUID id, @RequestParam Map<String, String> typed,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.ADD_TO_RECORD);
        Disagreement d = changeable(ctx, id);
        Actor actor = DisagreementWork.actor(ctx, d);
        FormErrors errors = new FormErrors();
        DisagreementStage stage = value(DisagreementStage.class, typed.get("stage"));
        Outcome outcome = value(Outcome.class, typed.get("outcome"));
        List<Outcome> outcomes = DisagreementRules.outcomesOffered(actor, d);
        if (stage == null) {
            errors.add("stage", "disagreement.error.stage");
        } else if (stage == DisagreementStage.CLOSED) {
            if (outcome == null) {
                errors.add("outcome", "disagreement.error.outcome");
            } else if (!outcomes.contains(outcome)) {
                errors.add("outcome", outcome == Outcome.WITHDRAWN ? "disagreement.error.onlyFamilyWithdraws" : "disagreement.error.outcomeNotOffered");
            }
        } else if (!DisagreementRules.stagesOffered(actor, d).contains(stage)) {
            errors.add("stage", stage.needsRightOfAppeal() ? "disagreement.error.noRightOfAppeal" : "disagreement.error.stageNotOffered");
        }
        String note = typed.getOrDefault("note", "").strip();
        if (note.isEmpty()) {
            errors.add("note", "disagreement.error.note");
        } else if (note.length() > MAX_TEXT) {
            errors.add("note", "disagreement.error.tooLong", MAX_TEXT);
        }
        if (errors.any()) {
            return stagePage(ctx, d, typed, errors, model);
        }
        Move result = work.move(ctx, d, version(typed.get("version")), stage, outcome, note);
        if (result != Move.DONE) {
            Map<String, String> keep = new HashMap<>(typed);
            Disagreement now = work.find(ctx, id);
            keep.put("version", String.valueOf(now.version()));
            return stagePage(ctx, now, keep, new FormErrors().add("stage", "disagreement.error.changedElsewhere"), model);
        }
        redirect.addFlashAttribute("done", stage == DisagreementStage.CLOSED ? "disagreement.closed" : "disagreement.moved");
        return "redirect:/cases/" + caseId + "/disagreements/" + id;
    }

    @GetMapping("/cases/{caseId}/disagreements/{id}/dates")
    String showDates(@PathVariable UUID caseId, @PathVariable UUID id, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.ADD_TO_RECORD);
        Disagreement d = datable(ctx, id);
        return datesPage(ctx, d, new HashMap<>(), new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/disagreements/{id}/dates")
    String submitDates(@PathVariable UUID caseId, @PathVariable UUID id, @RequestParam Map<String, String> typed,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.ADD_TO_RECORD);
        Disagreement d = datable(ctx, id);
        Subject.Decision decision = work.decisionOf(ctx, d).orElseThrow(org.coplan.shared.web.NotFound::new);
        FormErrors errors = new FormErrors();
        StepKind kind = value(StepKind.class, typed.get("kind"));
        if (kind == null) {
            errors.add("kind", "disagreement.error.stepKind");
        }
        DateFields.Result on = DateFields.parse(typed.get("onDay"), typed.get("onMonth"), typed.get("onYear"));
        if (!on.ok()) {
            errors.add("on", "disagreement.error.date." + on.errorKey().substring("date.".length()));
        } else if (kind != null) {
            AppealDates.check(kind, on.date(), work.today(), decision.noticeSent(), work.plainSteps(d))
                    .ifPresent(p -> errors.add("on", p.key(), format(p.about())));
        }
        if (errors.any()) {
            return datesPage(ctx, d, typed, errors, model);
        }
        work.recordStep(ctx, d, new Step(kind, on.date()));
        redirect.addFlashAttribute("done", "disagreement.dateRecorded");
        return "redirect:/cases/" + caseId + "/disagreements/" + id;
    }

    private Disagreement changeable(CaseContext ctx, UUID id) {
        Disagreement d = work.find(ctx, id);
        if (!DisagreementRules.mayChange(DisagreementWork.actor(ctx, d), d)) {
            throw new org.coplan.shared.web.NotFound();
        }
        return d;
    }

    private Disagreement datable(CaseContext ctx, UUID id) {
        Disagreement d = work.find(ctx, id);
        if (!DisagreementRules.mayRecordDates(DisagreementWork.actor(ctx, d), d) || work.decisionOf(ctx, d).isEmpty()) {
            throw new org.coplan.shared.web.NotFound();
        }
        return d;
    }

    private String newPage(CaseContext ctx, Map<String, String> typed, FormErrors errors, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String[]> decisions = work.appealableDecisions(ctx).stream()
                .map(d -> new String[] {d.id().toString(), messages.getMessage("disagreement.subject.decisionOn",
                        new Object[] {messages.getMessage("process.kind." + d.kind().name(), null, locale), format(d.noticeSent())}, locale)})
                .toList();
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("decisions", decisions);
        model.addAttribute("ehcSections", SectionCode.of(PlanKind.EHC));
        model.addAttribute("senSupportSections", SectionCode.of(PlanKind.SEN_SUPPORT));
        access.recordView(ctx, "Raise a disagreement");
        return "resolution/new";
    }

    private String stagePage(CaseContext ctx, Disagreement d, Map<String, String> typed, FormErrors errors, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        Actor actor = DisagreementWork.actor(ctx, d);
        List<String[]> stages = new ArrayList<>();
        for (DisagreementStage s : DisagreementRules.stagesOffered(actor, d)) {
            stages.add(new String[] {s.name(), messages.getMessage("disagreement.stage." + s.name(), null, locale)});
        }
        stages.add(new String[] {DisagreementStage.CLOSED.name(), messages.getMessage("disagreement.stage.close", null, locale)});
        List<String[]> outcomes = DisagreementRules.outcomesOffered(actor, d).stream()
                .map(o -> new String[] {o.name(), messages.getMessage("disagreement.outcome." + o.name(), null, locale)})
                .toList();
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("d", d);
        model.addAttribute("about", labels.of(d));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("stages", stages);
        model.addAttribute("outcomes", outcomes);
        access.recordView(ctx, "Move a disagreement");
        return "resolution/stage";
    }

    private String datesPage(CaseContext ctx, Disagreement d, Map<String, String> typed, FormErrors errors, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String[]> kinds = Arrays.stream(StepKind.values())
                .map(k -> new String[] {k.name(), messages.getMessage("disagreement.step." + k.name(), null, locale)})
                .toList();
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("d", d);
        model.addAttribute("about", labels.of(d));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", kinds);
        access.recordView(ctx, "Record a disagreement date");
        return "resolution/dates";
    }

    private static SectionCode section(String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(SectionCode.values()).filter(s -> s.name().equals(value)).findFirst().orElse(null);
    }

    private static <E extends Enum<E>> E value(Class<E> type, String s) {
        if (s == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(s)).findFirst().orElse(null);
    }

    private static int version(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    static String format(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }
}
