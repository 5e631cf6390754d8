package org.coplan.requests.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.OrganisationId;
import org.coplan.people.SignedInPerson;
import org.coplan.requests.domain.Problem;
import org.coplan.requests.domain.RequestAnswers;
import org.coplan.requests.domain.SentAs;
import org.coplan.requests.internal.AssessmentRequests;
import org.coplan.requests.internal.RequestWork;
import org.coplan.shared.web.AttachmentCheck;
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

/**
 * "Ask for an EHC needs assessment": the form a parent, young person or SENCO sends, the
 * acknowledgement the sender sees, and the request in full with its files.
 */
@Controller
class RequestController {

    /** Files sent with one request; the upload filter keeps no more than this many per form. */
    static final int MAX_FILES = 3;

    private final CaseAccess access;
    private final RequestWork work;
    private final MessageSource messages;

    RequestController(CaseAccess access, RequestWork work, MessageSource messages) {
        this.access = access;
        this.work = work;
        this.messages = messages;
    }

    // ---- a child already on Coplan

    @GetMapping("/cases/{caseId}/assessment-request")
    String showForm(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = sender(who, caseId);
        return formPage(ctx, new HashMap<>(), new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/assessment-request")
    String submitForm(@PathVariable UUID caseId, @RequestParam Map<String, String> typed,
            @RequestParam(required = false) List<MultipartFile> files, @AuthenticationPrincipal SignedInPerson who, Model model)
            throws IOException {
        CaseContext ctx = sender(who, caseId);
        boolean school = ctx.role() == org.coplan.cases.CaseRole.SENCO;
        List<Problem> problems = new ArrayList<>();
        RequestAnswers answers = RequestAnswers.read(typed, false, school, work.today(), problems);
        FormErrors errors = errors(problems);
        List<RequestWork.Upload> uploads = uploads(files, errors);
        if (errors.any()) {
            return formPage(ctx, typed, errors, model);
        }
        RequestWork.Sent sent = work.send(ctx, answers, uploads);
        return "redirect:/assessment-requests/" + sent.requestId() + "/sent";
    }

    private String formPage(CaseContext ctx, Map<String, String> typed, FormErrors errors, Model model) {
        model.addAttribute("c", ctx.child());
        model.addAttribute("school", ctx.role() == org.coplan.cases.CaseRole.SENCO);
        model.addAttribute("newChild", false);
        model.addAttribute("action", "/cases/" + ctx.caseId().value() + "/assessment-request");
        model.addAttribute("back", "/cases/" + ctx.caseId().value());
        model.addAttribute("alreadyAsked", RequestWork.BEING_ASSESSED_STAGES.contains(ctx.child().stage()));
        common(typed, errors, model);
        access.recordView(ctx, "Ask for an EHC needs assessment");
        return "requests/ask";
    }

    // ---- a child not yet on Coplan

    @GetMapping("/assessment-request")
    String showNewChildForm(Model model) {
        return newChildPage(new HashMap<>(), new FormErrors(), model);
    }

    @PostMapping("/assessment-request")
    String submitNewChildForm(@RequestParam Map<String, String> typed, @RequestParam(required = false) List<MultipartFile> files,
            @AuthenticationPrincipal SignedInPerson who, Model model) throws IOException {
        List<Problem> problems = new ArrayList<>();
        OrganisationId la = authority(typed.get("localAuthority"));
        if (la == null) {
            problems.add(Problem.of("localAuthority", "request.error.localAuthority"));
        }
        SentAs as = "YOUNG_PERSON".equals(typed.get("sentAs")) ? SentAs.YOUNG_PERSON
                : "PARENT".equals(typed.get("sentAs")) ? SentAs.PARENT : null;
        if (as == null) {
            problems.add(Problem.of("sentAs", "request.error.sentAs"));
        }
        RequestAnswers answers = RequestAnswers.read(typed, true, false, work.today(), problems);
        if (answers != null && as == SentAs.YOUNG_PERSON
                && !org.coplan.deadlines.YoungPersonRule.isYoungPerson(answers.dateOfBirth(), work.today())) {
            // s.36(1): a young person asks for themselves from the end of compulsory school age; before that a parent asks
            problems.add(Problem.of("sentAs", "request.error.notYetAYoungPerson"));
        }
        FormErrors errors = errors(problems);
        List<RequestWork.Upload> uploads = uploads(files, errors);
        if (errors.any()) {
            return newChildPage(typed, errors, model);
        }
        RequestWork.Sent sent = work.sendForNewChild(who.id(), as, la, answers, uploads);
        return "redirect:/assessment-requests/" + sent.requestId() + "/sent";
    }

    private String newChildPage(Map<String, String> typed, FormErrors errors, Model model) {
        model.addAttribute("school", false);
        model.addAttribute("newChild", true);
        model.addAttribute("action", "/assessment-request");
        model.addAttribute("back", "/");
        model.addAttribute("alreadyAsked", false);
        model.addAttribute("authorities", work.authorities().stream()
                .map(o -> new String[] {o.id().value().toString(), o.name()}).toList());
        model.addAttribute("sentAsOptions", List.of(
                new String[] {"PARENT", text("request.sentAs.PARENT")},
                new String[] {"YOUNG_PERSON", text("request.sentAs.YOUNG_PERSON")}));
        common(typed, errors, model);
        return "requests/ask";
    }

    // ---- after sending, and reading

    @GetMapping("/assessment-requests/{requestId}/sent")
    String showSent(@PathVariable UUID requestId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        AssessmentRequests.Stored r = work.sentBy(who.id(), requestId).orElseThrow(NotFound::new);
        model.addAttribute("r", r);
        model.addAttribute("onCase", access.find(who.id(), new CaseId(r.caseId())).isPresent());
        return "requests/sent";
    }

    @GetMapping("/cases/{caseId}/assessment-requests/{requestId}")
    String showRequest(@PathVariable UUID caseId, @PathVariable UUID requestId, @AuthenticationPrincipal SignedInPerson who,
            Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.VIEW_CASE);
        AssessmentRequests.Stored r = work.read(ctx, requestId).orElseThrow(NotFound::new);
        model.addAttribute("c", ctx.child());
        model.addAttribute("r", r);
        model.addAttribute("files", work.files(r.id()));
        access.recordView(ctx, "Request for an assessment");
        return "requests/request";
    }

    @GetMapping("/cases/{caseId}/assessment-requests/{requestId}/files/{fileId}")
    ResponseEntity<byte[]> downloadFile(@PathVariable UUID caseId, @PathVariable UUID requestId, @PathVariable UUID fileId,
            @AuthenticationPrincipal SignedInPerson who) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.VIEW_CASE);
        AssessmentRequests.Stored r = work.read(ctx, requestId).orElseThrow(NotFound::new);
        AssessmentRequests.File file = work.file(r, fileId).orElseThrow(NotFound::new);
        access.recordExport(ctx, "Request for an assessment, file: " + file.fileName());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    // ---- helpers

    private void common(Map<String, String> typed, FormErrors errors, Model model) {
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("maxMegabytes", AttachmentCheck.MAX_BYTES / (1024 * 1024));
        model.addAttribute("maxFiles", MAX_FILES);
        model.addAttribute("consentHows", List.of(
                new String[] {"IN_PERSON", text("request.consentHow.IN_PERSON")},
                new String[] {"PHONE", text("request.consentHow.PHONE")},
                new String[] {"IN_WRITING", text("request.consentHow.IN_WRITING")}));
        model.addAttribute("consentOptions", List.<String[]>of(new String[] {"yes", text("request.consent.yes")}));
    }

    private CaseContext sender(SignedInPerson who, UUID caseId) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.VIEW_CASE);
        if (!RequestWork.maySend(ctx)) {
            throw new NotFound();
        }
        return ctx;
    }

    private OrganisationId authority(String typed) {
        try {
            OrganisationId id = new OrganisationId(UUID.fromString(typed));
            return work.isAuthority(id) ? id : null;
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static FormErrors errors(List<Problem> problems) {
        FormErrors errors = new FormErrors();
        for (Problem p : problems) {
            if (!errors.has(p.field())) {
                errors.add(p.field(), p.key(), p.args().toArray());
            }
        }
        return errors;
    }

    /** The chosen files that pass the check; a file that does not gets a message next to the file field. */
    private static List<RequestWork.Upload> uploads(List<MultipartFile> files, FormErrors errors) throws IOException {
        List<RequestWork.Upload> uploads = new ArrayList<>();
        // A browser sends an empty part with no name when no file was chosen.
        List<MultipartFile> chosen = files == null ? List.of() : files.stream()
                .filter(f -> !f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()))
                .toList();
        if (chosen.size() > MAX_FILES) {
            errors.add("files", "request.error.tooManyFiles", MAX_FILES);
            return uploads;
        }
        for (MultipartFile f : chosen) {
            byte[] content = f.getBytes();
            AttachmentCheck.Result check = AttachmentCheck.check(f.getOriginalFilename(), content);
            if (check.accepted()) {
                uploads.add(new RequestWork.Upload(check.fileName(), check.mediaType(), content));
            } else if (!errors.has("files")) {
                errors.add("files", "request.error.file." + check.problem().name(), check.fileName(),
                        AttachmentCheck.MAX_BYTES / (1024 * 1024));
            }
        }
        return uploads;
    }

    private String text(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, locale);
    }
}
