package org.coplan.process.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.SignedInPerson;
import org.coplan.process.domain.AdviceKind;
import org.coplan.process.domain.CaseProcess;
import org.coplan.process.domain.Deadline;
import org.coplan.process.domain.DeadlineKey;
import org.coplan.process.domain.ExceptionReason;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.process.domain.ProcessPolicy;
import org.coplan.process.domain.Problem;
import org.coplan.deadlines.RequestChannel;
import org.coplan.process.domain.RequestSource;
import org.coplan.process.domain.ReviewOutcome;
import org.coplan.deadlines.StatutoryDeadlines.TransferKind;
import org.coplan.process.internal.ProcessEvents.Recorded;
import org.coplan.process.internal.ProcessWork;
import org.coplan.process.internal.ProcessWork.Correction;
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

/** The case timeline everyone on the case reads, and the forms the case leads record steps with. */
@Controller
class ProcessController {

    private final CaseAccess access;
    private final ProcessWork work;
    private final MessageSource messages;

    ProcessController(CaseAccess access, ProcessWork work, MessageSource messages) {
        this.access = access;
        this.work = work;
        this.messages = messages;
    }

    /** A line of the "what has happened" list. */
    record HistoryLine(ProcessEvent event, String recordedBy, int version, boolean correctable, String slug, String subject) {}

    @GetMapping("/cases/{caseId}/timeline")
    String timeline(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.VIEW_CASE);
        List<Recorded> recorded = work.recorded(caseId);
        CaseProcess process = work.process(ctx.child());
        LocalDate today = work.today();
        List<Deadline> all = process.deadlines();
        List<Deadline> ahead = all.stream()
                .filter(d -> d.open() && !(d.key().forFamily() && today.isAfter(d.dueOn())))
                .filter(d -> d.key() != DeadlineKey.APPEAL && d.key() != DeadlineKey.MEDIATION_ADVICE)
                .toList();
        List<Deadline> past = all.stream().filter(d -> !d.open() || (d.key().forFamily() && today.isAfter(d.dueOn())))
                .filter(d -> d.key() != DeadlineKey.APPEAL && d.key() != DeadlineKey.MEDIATION_ADVICE)
                .toList();
        Map<UUID, ProcessEvent> byId = new HashMap<>();
        recorded.forEach(r -> byId.put(r.event().id(), r.event()));
        List<Map<String, Object>> appeals = new ArrayList<>();
        for (Deadline d : all) {
            if (d.key() == DeadlineKey.APPEAL && !today.isAfter(d.dueOn())) {
                Map<String, Object> a = new HashMap<>();
                a.put("decision", byId.get(d.subjectId()));
                a.put("appealBy", d.dueOn());
                a.put("mediationBy", all.stream().filter(m -> m.key() == DeadlineKey.MEDIATION_ADVICE
                        && m.subjectId().equals(d.subjectId())).findFirst().map(Deadline::dueOn).orElse(null));
                appeals.add(a);
            }
        }
        List<HistoryLine> history = new ArrayList<>();
        for (Recorded r : recorded) {
            ProcessEvent e = r.event();
            ProcessEvent about = e.relatedId() != null && byId.containsKey(e.relatedId()) ? byId.get(e.relatedId()) : e;
            history.add(new HistoryLine(e, r.recordedByName(), r.version(), ProcessPolicy.mayRecord(ctx.role(), e.kind()),
                    StepForm.slug(e.kind()), adviserName(about)));
        }
        history.sort((a, b) -> b.event().occurredOn().compareTo(a.event().occurredOn()));
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("today", today);
        model.addAttribute("ahead", ahead);
        model.addAttribute("past", past);
        model.addAttribute("appeals", appeals);
        model.addAttribute("milestones", process.milestones(today));
        model.addAttribute("history", history);
        model.addAttribute("events", byId);
        model.addAttribute("family", ctx.role().isFamily());
        model.addAttribute("canRecord", ProcessPolicy.mayRecordAnything(ctx.role()) && ctx.can(CaseAction.EDIT_CASE_DETAILS));
        access.recordView(ctx, "Timeline");
        return "process/timeline";
    }

    @GetMapping("/cases/{caseId}/process/record")
    String chooseStep(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = recorder(who, caseId);
        return choosePage(ctx, null, new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/process/record")
    String choseStep(@PathVariable UUID caseId, @RequestParam(required = false) String kind,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = recorder(who, caseId);
        ProcessEventKind chosen = kind == null ? null : StepForm.option(ProcessEventKind.class, kind);
        if (chosen == null || !ProcessPolicy.mayRecord(ctx.role(), chosen)) {
            return choosePage(ctx, kind, new FormErrors().add("kind", "process.error.chooseStep"), model);
        }
        return "redirect:/cases/" + caseId + "/process/record/" + StepForm.slug(chosen);
    }

    @GetMapping("/cases/{caseId}/process/record/{step}")
    String stepForm(@PathVariable UUID caseId, @PathVariable String step, @AuthenticationPrincipal SignedInPerson who,
            Model model) {
        CaseContext ctx = recorder(who, caseId);
        ProcessEventKind kind = recordable(ctx, step);
        return stepPage(ctx, kind, StepForm.dateTyped("occurredOn", work.today()), new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/process/record/{step}")
    String recordStep(@PathVariable UUID caseId, @PathVariable String step, @RequestParam Map<String, String> typed,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        CaseContext ctx = recorder(who, caseId);
        ProcessEventKind kind = recordable(ctx, step);
        FormErrors errors = new FormErrors();
        ProcessEvent event = StepForm.read(kind, typed, work.rules(), errors);
        if (event != null) {
            for (Problem p : work.record(ctx, event)) {
                errors.add(field(p.field(), kind), "process.problem." + p.code(), formatted(p.args()));
            }
        }
        if (errors.any()) {
            return stepPage(ctx, kind, typed, errors, model);
        }
        redirect.addFlashAttribute("done", "process.recorded");
        redirect.addFlashAttribute("doneArg", messages.getMessage("process.kind." + kind.name(), null, locale()));
        return "redirect:/cases/" + caseId + "/timeline";
    }

    @GetMapping("/cases/{caseId}/process/steps/{eventId}/date")
    String correctForm(@PathVariable UUID caseId, @PathVariable UUID eventId, @AuthenticationPrincipal SignedInPerson who,
            Model model) {
        CaseContext ctx = recorder(who, caseId);
        Recorded r = correctable(ctx, eventId);
        Map<String, String> typed = StepForm.dateTyped("occurredOn", r.event().occurredOn());
        typed.put("version", String.valueOf(r.version()));
        return correctPage(ctx, r, typed, new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/process/steps/{eventId}/date")
    String correct(@PathVariable UUID caseId, @PathVariable UUID eventId, @RequestParam Map<String, String> typed,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        CaseContext ctx = recorder(who, caseId);
        Recorded r = correctable(ctx, eventId);
        FormErrors errors = new FormErrors();
        LocalDate day = StepForm.date("occurredOn", typed, errors);
        String reason = typed.getOrDefault("reasons", "").strip();
        if (reason.isEmpty()) {
            errors.add("reasons", "process.error.correctionReason");
        }
        int version = parse(typed.get("version"));
        if (!errors.any()) {
            List<Problem> problems = new ArrayList<>();
            Correction result = work.correct(ctx, eventId, day, version, reason, problems);
            switch (result) {
                case DONE -> {
                    redirect.addFlashAttribute("done", "process.corrected");
                    return "redirect:/cases/" + caseId + "/timeline";
                }
                case CHANGED_ELSEWHERE -> {
                    Recorded now = correctable(ctx, eventId);
                    typed.put("version", String.valueOf(now.version()));
                    errors.add("occurredOn", "process.error.changedElsewhere", format(now.event().occurredOn()));
                }
                case PROBLEMS -> problems.forEach(p -> errors.add("occurredOn", "process.problem." + p.code(), formatted(p.args())));
                case NOT_FOUND -> throw new NotFound();
            }
        }
        return correctPage(ctx, r, typed, errors, model);
    }

    private String choosePage(CaseContext ctx, String chosen, FormErrors errors, Model model) {
        CaseProcess process = work.process(ctx.child());
        List<String[]> options = new ArrayList<>();
        for (ProcessEventKind k : process.possibleNextSteps()) {
            if (ProcessPolicy.mayRecord(ctx.role(), k)) {
                options.add(new String[] {k.name(), messages.getMessage("process.kind." + k.name(), null, locale())});
            }
        }
        model.addAttribute("c", ctx.child());
        model.addAttribute("options", options);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        access.recordView(ctx, "Record a statutory step");
        return "process/choose-step";
    }

    private String stepPage(CaseContext ctx, ProcessEventKind kind, Map<String, String> typed, FormErrors errors, Model model) {
        CaseProcess process = work.process(ctx.child());
        Locale locale = locale();
        model.addAttribute("c", ctx.child());
        model.addAttribute("kind", kind);
        model.addAttribute("slug", StepForm.slug(kind));
        model.addAttribute("fields", StepForm.fields(kind));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("sources", options(RequestSource.class, "process.source.", locale));
        model.addAttribute("channels", options(RequestChannel.class, "process.channel.", locale));
        model.addAttribute("cutOff", work.rules().settings().receiptCutOff().toString());
        model.addAttribute("advisers", options(AdviceKind.class, "process.adviser.", locale));
        model.addAttribute("reviewOutcomes", options(ReviewOutcome.class, "process.reviewOutcome.", locale));
        model.addAttribute("transferKinds", options(TransferKind.class, "process.transfer.", locale));
        model.addAttribute("exceptionReasons", options(ExceptionReason.class, "process.exception.", locale));
        List<String[]> awaited = new ArrayList<>();
        for (ProcessEvent asked : process.adviceAwaited()) {
            String name = asked.adviserName() != null ? asked.adviserName()
                    : messages.getMessage("process.adviser." + asked.adviser().name(), null, locale);
            awaited.add(new String[] {asked.id().toString(),
                    messages.getMessage("process.adviceAwaited", new Object[] {name, format(asked.occurredOn())}, locale)});
        }
        model.addAttribute("awaited", awaited);
        List<String[]> exceptable = new ArrayList<>();
        for (Deadline d : process.exceptable()) {
            exceptable.add(new String[] {d.key().name() + "/" + d.subjectId(),
                    messages.getMessage("process.exceptable", new Object[] {
                            messages.getMessage("timeline.deadline." + d.key().name(), new Object[] {d.subjectName() == null ? "" : d.subjectName()}, locale),
                            format(d.dueOn())}, locale)});
        }
        model.addAttribute("exceptable", exceptable);
        access.recordView(ctx, "Record a statutory step");
        return "process/record-step";
    }

    private String correctPage(CaseContext ctx, Recorded r, Map<String, String> typed, FormErrors errors, Model model) {
        model.addAttribute("c", ctx.child());
        model.addAttribute("step", r);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        access.recordView(ctx, "Correct the date of a statutory step");
        return "process/correct-date";
    }

    private String adviserName(ProcessEvent e) {
        if (e.adviserName() != null) {
            return e.adviserName();
        }
        return e.adviser() == null ? "" : messages.getMessage("process.adviser." + e.adviser().name(), null, locale());
    }

    private CaseContext recorder(SignedInPerson who, UUID caseId) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.EDIT_CASE_DETAILS);
        if (!ProcessPolicy.mayRecordAnything(ctx.role())) {
            throw new NotFound();
        }
        return ctx;
    }

    private ProcessEventKind recordable(CaseContext ctx, String slug) {
        ProcessEventKind kind = StepForm.kind(slug);
        if (kind == null || !ProcessPolicy.mayRecord(ctx.role(), kind)) {
            throw new NotFound();
        }
        return kind;
    }

    private Recorded correctable(CaseContext ctx, UUID eventId) {
        Recorded r = work.recorded(ctx.caseId().value()).stream().filter(x -> x.event().id().equals(eventId)).findFirst()
                .orElseThrow(NotFound::new);
        if (!ProcessPolicy.mayRecord(ctx.role(), r.event().kind())) {
            throw new NotFound();
        }
        return r;
    }

    /** Problems about the kind of step belong to the date field on the form (there is no kind field there). */
    private static String field(String field, ProcessEventKind kind) {
        if (field.equals("kind")) {
            return kind == ProcessEventKind.REQUEST_RECEIVED ? "arrivedOn" : "occurredOn";
        }
        if (field.equals("occurredOn") && kind == ProcessEventKind.REQUEST_RECEIVED) {
            return "arrivedOn";
        }
        if (field.equals("arrivedAt")) {
            return "arrivedOn";
        }
        return field;
    }

    private Object[] formatted(List<Object> args) {
        return args.stream().map(a -> a instanceof LocalDate d ? format(d) : a).toArray();
    }

    private static String format(LocalDate d) {
        return d == null ? "" : d.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    private <E extends Enum<E>> List<String[]> options(Class<E> type, String prefix, Locale locale) {
        Map<String, String> map = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            map.put(e.name(), messages.getMessage(prefix + e.name(), null, locale));
        }
        return map.entrySet().stream().map(en -> new String[] {en.getKey(), en.getValue()}).toList();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }
}
