package org.coplan.provision.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.SignedInPerson;
import org.coplan.provision.domain.FamilyFeeling;
import org.coplan.provision.internal.ProgressReading;
import org.coplan.provision.internal.ProgressRecords;
import org.coplan.provision.internal.ProgressWork;
import org.coplan.shared.web.AttachmentCheck;
import org.coplan.shared.web.DateFields;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Progress on outcomes: the outcomes in force with their newest step, one outcome's history as a
 * chart and a table, the team's "Record progress" form and the family's "Add your view".
 */
@Controller
class OutcomeProgressController {

    static final String OUTCOMES = "/cases/{caseId}/outcomes";
    static final String OUTCOME = OUTCOMES + "/{lineage}";

    /** What was typed into "Record progress", kept when it is refused. */
    record ProgressForm(String step, String evidence, String observedBy, String observedDay, String observedMonth, String observedYear) {}

    /** What was typed into "Add your view". */
    record ViewForm(String words, String feeling) {}

    private final CaseAccess access;
    private final ProgressReading reading;
    private final ProgressWork work;
    private final MessageSource messages;

    OutcomeProgressController(CaseAccess access, ProgressReading reading, ProgressWork work, MessageSource messages) {
        this.access = access;
        this.reading = reading;
        this.work = work;
        this.messages = messages;
    }

    @GetMapping(OUTCOMES)
    String showOutcomes(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.VIEW_CASE);
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("page", reading.outcomes(ctx));
        model.addAttribute("changesScale", who.holds(org.coplan.people.StaffRole.SEN_MANAGER));
        access.recordView(ctx, "Progress on outcomes");
        return "provision/outcomes";
    }

    @GetMapping(OUTCOME)
    String showOutcome(@PathVariable UUID caseId, @PathVariable UUID lineage, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.VIEW_CASE);
        LocalDate today = work.today();
        ProgressForm progress = new ProgressForm("", "", who.displayName(), String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()));
        return outcomePage(ctx, lineage, progress, new ViewForm("", ""), new FormErrors(), model);
    }

    @PostMapping(OUTCOME + "/progress")
    String submitProgress(
            @PathVariable UUID caseId, @PathVariable UUID lineage, @RequestParam(defaultValue = "") String step,
            @RequestParam(defaultValue = "") String evidence, @RequestParam(defaultValue = "") String observedBy,
            @RequestParam(defaultValue = "") String observedDay, @RequestParam(defaultValue = "") String observedMonth,
            @RequestParam(defaultValue = "") String observedYear, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) throws IOException {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.ADD_TO_RECORD);
        if (!ProgressReading.recordsSteps(ctx)) {
            throw new NotFound();
        }
        work.outcomeInForce(ctx, lineage);
        ProgressForm typed = new ProgressForm(step, evidence, observedBy, observedDay, observedMonth, observedYear);
        FormErrors errors = new FormErrors();
        UUID stepId = uuid(step);
        if (step.isBlank()) {
            errors.add("step", "progress.error.stepRequired");
        } else if (stepId == null) {
            errors.add("step", "progress.error.stepNotOnScale");
        }
        if (evidence.isBlank()) {
            errors.add("evidence", "progress.error.evidenceRequired");
        } else if (evidence.length() > ProgressWork.MAX_WORDS) {
            errors.add("evidence", "text.tooLong", ProgressWork.MAX_WORDS);
        }
        if (observedBy.isBlank()) {
            errors.add("observedBy", "progress.error.observedByRequired");
        } else if (observedBy.length() > ProgressWork.MAX_OBSERVED_BY) {
            errors.add("observedBy", "text.tooLong", ProgressWork.MAX_OBSERVED_BY);
        }
        DateFields.Result observed = DateFields.parse(observedDay, observedMonth, observedYear);
        if (!observed.ok()) {
            errors.add("observed", "progress.observed." + observed.errorKey());
        } else if (observed.date().isAfter(work.today())) {
            errors.add("observed", "progress.error.observedInFuture");
        }
        ProgressWork.Upload upload = null;
        // A browser sends an empty part with no name when no file was chosen; a chosen file has a name, even if it is empty.
        boolean chosen = file != null && (!file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()));
        if (chosen) {
            byte[] content = file.getBytes();
            AttachmentCheck.Result check = AttachmentCheck.check(file.getOriginalFilename(), content);
            if (check.accepted()) {
                upload = new ProgressWork.Upload(check.fileName(), check.mediaType(), content);
            } else {
                errors.add("file", "attachment." + check.problem().name(), AttachmentCheck.MAX_BYTES / (1024 * 1024));
            }
        }
        if (!errors.any()) {
            ProgressWork.Result result = work.record(ctx, lineage,
                    new ProgressWork.Progress(stepId, evidence, observedBy, observed.date(), upload));
            if (result instanceof ProgressWork.Result.Refused refused) {
                errors.add(refused.field(), refused.key());
            }
        }
        if (errors.any()) {
            return outcomePage(ctx, lineage, typed, new ViewForm("", ""), errors, model);
        }
        redirect.addFlashAttribute("done", "progress.saved");
        return "redirect:/cases/" + caseId + "/outcomes/" + lineage;
    }

    @PostMapping(OUTCOME + "/views")
    String submitView(
            @PathVariable UUID caseId, @PathVariable UUID lineage, @RequestParam(defaultValue = "") String words,
            @RequestParam(defaultValue = "") String feeling, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.ADD_TO_RECORD);
        if (!ProgressReading.addsViews(ctx)) {
            throw new NotFound();
        }
        work.outcomeInForce(ctx, lineage);
        FormErrors errors = new FormErrors();
        if (words.isBlank()) {
            errors.add("words", "progress.view.error.wordsRequired");
        } else if (words.length() > ProgressWork.MAX_WORDS) {
            errors.add("words", "text.tooLong", ProgressWork.MAX_WORDS);
        }
        FamilyFeeling chosen = null;
        if (!feeling.isBlank()) {
            chosen = Arrays.stream(FamilyFeeling.values()).filter(f -> f.name().equals(feeling)).findFirst().orElse(null);
            if (chosen == null) {
                errors.add("feeling", "progress.view.error.feeling");
            }
        }
        if (!errors.any() && work.addView(ctx, lineage, words, chosen) instanceof ProgressWork.Result.Refused refused) {
            errors.add(refused.field(), refused.key());
        }
        if (errors.any()) {
            LocalDate today = work.today();
            ProgressForm progress = new ProgressForm("", "", who.displayName(), String.valueOf(today.getDayOfMonth()),
                    String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()));
            return outcomePage(ctx, lineage, progress, new ViewForm(words, feeling), errors, model);
        }
        redirect.addFlashAttribute("done", "progress.view.saved");
        return "redirect:/cases/" + caseId + "/outcomes/" + lineage;
    }

    @GetMapping(OUTCOME + "/progress/{recordId}/attachment")
    ResponseEntity<byte[]> downloadAttachment(
            @PathVariable UUID caseId, @PathVariable UUID lineage, @PathVariable UUID recordId,
            @AuthenticationPrincipal SignedInPerson who) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.VIEW_CASE);
        work.outcomeInForce(ctx, lineage);
        ProgressRecords.Attachment file = reading.attachment(ctx, lineage, recordId).orElseThrow(NotFound::new);
        access.recordExport(ctx, "Progress evidence: " + file.fileName());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    private String outcomePage(CaseContext ctx, UUID lineage, ProgressForm progress, ViewForm view, FormErrors errors, Model model) {
        ProgressReading.History history = reading.history(ctx, lineage);
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("h", history);
        model.addAttribute("progress", progress);
        model.addAttribute("view", view);
        model.addAttribute("errors", errors);
        model.addAttribute("recordsSteps", ProgressReading.recordsSteps(ctx));
        model.addAttribute("addsViews", ProgressReading.addsViews(ctx));
        model.addAttribute("steps", history.scale().steps().stream()
                .map(s -> new String[] {s.id().toString(), s.label()}).toList());
        model.addAttribute("feelings", Arrays.stream(FamilyFeeling.values())
                .map(f -> new String[] {f.name(), messages.getMessage("progress.feeling." + f.name(), null, LocaleContextHolder.getLocale())})
                .toList());
        model.addAttribute("maxMegabytes", AttachmentCheck.MAX_BYTES / (1024 * 1024));
        model.addAttribute("maxWords", ProgressWork.MAX_WORDS);
        access.recordView(ctx, "Progress on an outcome");
        return "provision/outcome";
    }

    private static UUID uuid(String s) {
        try {
            return UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
