package org.coplan.plans.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coplan.people.SignedInPerson;
import org.coplan.plans.domain.ContributionKind;
import org.coplan.plans.domain.PlainLanguageCheck;
import org.coplan.plans.domain.PlanAction;
import org.coplan.plans.domain.ResponseOutcome;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.domain.VagueWording;
import org.coplan.shared.web.AttachmentCheck;
import org.coplan.plans.internal.AnsweringContribution;
import org.coplan.plans.internal.Attachments;
import org.coplan.plans.internal.Contributions.Contribution;
import org.coplan.plans.internal.PlanAccess;
import org.coplan.plans.internal.PlanContext;
import org.coplan.plans.internal.PlanItems;
import org.coplan.plans.internal.PlanItems.Item;
import org.coplan.plans.internal.PlanReading;
import org.coplan.plans.internal.PlanViews;
import org.coplan.plans.internal.PlanWork;
import org.coplan.plans.internal.PlanWork.SectionSave;
import org.coplan.plans.internal.SectionRevisions.Revision;
import org.coplan.plans.internal.TextDiff;
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

/** One section of a plan version: its text, structured items, contributions and their answers, and comments. */
@Controller
class SectionController {

    static final int MAX_TEXT = 20_000;
    static final int MAX_CONTRIBUTION = 10_000;
    static final int MAX_SHORT = 2_000;
    private static final PlainLanguageCheck PLAIN = PlainLanguageCheck.standard();
    private static final VagueWording VAGUE = VagueWording.standard();
    static final String SECTION = "/cases/{caseId}/plans/{planId}/versions/{number}/sections/{section}";
    static final String CONTRIBUTION = "/cases/{caseId}/plans/{planId}/versions/{number}/contributions/{contributionId}";

    private final PlanAccess access;
    private final PlanWork work;
    private final PlanViews views;
    private final PlanReading reading;
    private final MessageSource messages;

    private final AnsweringContribution answering;
    private final org.coplan.plans.internal.QuotedWords quoted;
    private final org.coplan.plans.internal.ThreadScoring thread;

    SectionController(PlanAccess access, PlanWork work, PlanViews views, PlanReading reading, MessageSource messages,
            AnsweringContribution answering, org.coplan.plans.internal.QuotedWords quoted,
            org.coplan.plans.internal.ThreadScoring thread) {
        this.thread = thread;
        this.quoted = quoted;
        this.answering = answering;
        this.access = access;
        this.work = work;
        this.views = views;
        this.reading = reading;
        this.messages = messages;
    }

    // ---- the section page

    @GetMapping(SECTION)
    String showSection(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number, @PathVariable String section,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.VIEW);
        SectionCode code = section(p, section);
        return sectionPage(p, code, "", null, new FormErrors(), model);
    }

    private String sectionPage(PlanContext p, SectionCode code, String commentBody, UUID replyTo, FormErrors errors, Model model) {
        PlanViews.VersionView view = views.view(p);
        PlanViews.SectionView section = view.section(code);
        if (p.can(PlanAction.WRITE) && section.text() != null) {
            model.addAttribute("plain", PLAIN.check(section.text().body()));
        }
        Map<UUID, List<VagueWording.Match>> vague = new HashMap<>();
        section.items().stream().filter(i -> i.kind() == PlanItems.Kind.PROVISION)
                .forEach(i -> vague.put(i.id(), VAGUE.findIn(String.join(" ", nz(i.description()), nz(i.frequency()),
                        nz(i.sessionLength()), nz(i.groupSize())))));
        model.addAttribute("vague", vague);
        model.addAttribute("uncounted", section.items().stream().filter(org.coplan.plans.internal.ThreadScoring::cannotBeCounted)
                .map(Item::id).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("thread", ThreadPanel.of(p, thread.of(view), code));
        PlanPages.common(p, model);
        model.addAttribute("view", view);
        model.addAttribute("s", view.section(code));
        model.addAttribute("code", code);
        model.addAttribute("commentBody", commentBody);
        model.addAttribute("replyTo", replyTo);
        model.addAttribute("errors", errors);
        if (code.isAboutTheChild()) {
            model.addAttribute("quotes", quoted.shown(p, code));
            model.addAttribute("coAuthors", quoted.coAuthors(p.caseContext().caseId()));
        }
        access.recordView(p.caseContext(), "Plan version " + p.version().number() + ": section " + code.name());
        return "plans/section";
    }

    // ---- writing the section's text

    @GetMapping(SECTION + "/edit")
    String showEdit(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number, @PathVariable String section,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.WRITE);
        SectionCode code = section(p, section);
        Revision current = reading.latestText(p, code).orElse(null);
        return editPage(p, code, current == null ? "" : current.body(), "", current, current == null ? null : current.id(), null,
                new FormErrors(), model);
    }

    @PostMapping(SECTION + "/edit")
    String submitEdit(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number, @PathVariable String section,
            @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String changeNote,
            @RequestParam(required = false) UUID basedOn, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.WRITE);
        SectionCode code = section(p, section);
        FormErrors errors = new FormErrors();
        if (body.length() > MAX_TEXT) {
            errors.add("body", "text.tooLong", MAX_TEXT);
        }
        if (changeNote.length() > MAX_SHORT) {
            errors.add("changeNote", "text.tooLong", MAX_SHORT);
        }
        if (errors.any()) {
            return editPage(p, code, body, changeNote, reading.latestText(p, code).orElse(null), basedOn, null, errors, model);
        }
        SectionSave result = work.saveSection(p, code, body, basedOn, changeNote);
        if (result instanceof SectionSave.Conflict conflict) {
            return editPage(p, code, body, changeNote, conflict.current(), conflict.current() == null ? null : conflict.current().id(),
                    conflict.current(), errors, model);
        }
        redirect.addFlashAttribute("done", "section.saved");
        return "redirect:" + PlanPages.versionPath(p) + "/sections/" + code.slug();
    }

    private String editPage(
            PlanContext p, SectionCode code, String body, String changeNote, Revision current, UUID basedOn, Revision conflict,
            FormErrors errors, Model model) {
        PlanPages.common(p, model);
        model.addAttribute("code", code);
        model.addAttribute("body", body);
        model.addAttribute("changeNote", changeNote);
        model.addAttribute("current", current);
        model.addAttribute("basedOn", basedOn);
        model.addAttribute("conflict", conflict);
        model.addAttribute("errors", errors);
        model.addAttribute("contributions", reading.contributions(p, code));
        model.addAttribute("plain", body == null || body.isBlank() ? null : PLAIN.check(body));
        access.recordView(p.caseContext(), "Plan version " + p.version().number() + ": change section " + code.name());
        return "plans/section-edit";
    }

    @GetMapping(SECTION + "/history")
    String showHistory(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number, @PathVariable String section,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.VIEW);
        SectionCode code = section(p, section);
        List<Revision> history = reading.textHistory(p, code);
        Locale locale = LocaleContextHolder.getLocale();
        String removed = messages.getMessage("history.removed", null, locale);
        String added = messages.getMessage("history.added", null, locale);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Revision r = history.get(i);
            String before = i + 1 < history.size() ? history.get(i + 1).body() : "";
            entries.add(Map.of("revision", r, "diff", TextDiff.html(before, r.body(), removed, added)));
        }
        PlanPages.common(p, model);
        model.addAttribute("code", code);
        model.addAttribute("entries", entries);
        access.recordView(p.caseContext(), "Plan version " + number + ": history of section " + code.name());
        return "plans/section-history";
    }

    // ---- contributions

    @GetMapping(SECTION + "/contribute")
    String showContribute(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number, @PathVariable String section,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.CONTRIBUTE);
        SectionCode code = section(p, section);
        return contributePage(p, code, "", ContributionKind.usualFor(p.caseContext().role()).name(), new FormErrors(), model);
    }

    @PostMapping(SECTION + "/contribute")
    String submitContribute(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number, @PathVariable String section,
            @RequestParam(defaultValue = "") String body, @RequestParam(required = false) String kind,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) throws IOException {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.CONTRIBUTE);
        SectionCode code = section(p, section);
        FormErrors errors = new FormErrors();
        ContributionKind parsed = PlanPages.parse(ContributionKind.class, kind);
        if (parsed == null) {
            errors.add("kind", "contribute.kindRequired");
        } else if (!parsed.allowedFor(p.caseContext().role())) {
            errors.add("kind", "contribute.kindNotYours." + parsed.name());
        }
        if (body.isBlank()) {
            errors.add("body", "contribute.bodyRequired");
        } else if (body.length() > MAX_CONTRIBUTION) {
            errors.add("body", "text.tooLong", MAX_CONTRIBUTION);
        }
        PlanWork.Upload upload = null;
        // A browser sends an empty part with no name when no file was chosen; a chosen file has a name, even if it is empty.
        boolean chosen = file != null && (!file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()));
        if (chosen) {
            byte[] content = file.getBytes();
            AttachmentCheck.Result check = AttachmentCheck.check(file.getOriginalFilename(), content);
            if (check.accepted()) {
                upload = new PlanWork.Upload(check.fileName(), check.mediaType(), content);
            } else {
                errors.add("file", "attachment." + check.problem().name(), AttachmentCheck.MAX_BYTES / (1024 * 1024));
            }
        }
        if (errors.any()) {
            return contributePage(p, code, body, kind, errors, model);
        }
        work.contribute(p, code, parsed, body, upload);
        redirect.addFlashAttribute("done", "contribute.saved");
        return "redirect:" + PlanPages.versionPath(p) + "/sections/" + code.slug() + "#contributions";
    }

    private String contributePage(PlanContext p, SectionCode code, String body, String kind, FormErrors errors, Model model) {
        PlanPages.common(p, model);
        model.addAttribute("code", code);
        model.addAttribute("body", body);
        model.addAttribute("kind", kind);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", PlanPages.options(ContributionKind.allowedKinds(p.caseContext().role()), "contributionKind.", messages));
        model.addAttribute("maxMegabytes", AttachmentCheck.MAX_BYTES / (1024 * 1024));
        access.recordView(p.caseContext(), "Plan version " + p.version().number() + ": contribute to section " + code.name());
        return "plans/contribute";
    }

    @GetMapping(CONTRIBUTION + "/respond")
    String showRespond(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number, @PathVariable UUID contributionId,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.WRITE);
        Contribution c = unanswered(p, contributionId);
        return respondPage(p, c, null, "", new FormErrors(), model);
    }

    @PostMapping(CONTRIBUTION + "/respond")
    String submitRespond(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number, @PathVariable UUID contributionId,
            @RequestParam(required = false) String outcome, @RequestParam(defaultValue = "") String explanation,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.WRITE);
        Contribution c = reading.contribution(p, contributionId).orElseThrow(NotFound::new);
        ResponseOutcome parsed = PlanPages.parse(ResponseOutcome.class, outcome);
        if (explanation.length() > MAX_SHORT) {
            return respondPage(p, c, outcome, explanation, new FormErrors().add("explanation", "text.tooLong", MAX_SHORT), model);
        }
        if (answering.answer(p, c, parsed, explanation) instanceof AnsweringContribution.Result.Refused refused) {
            FormErrors errors = new FormErrors();
            refused.reasons().forEach(r -> errors.add(r.field(), r.messageKey()));
            return respondPage(p, c, outcome, explanation, errors, model);
        }
        redirect.addFlashAttribute("done", "respond.saved");
        return "redirect:" + PlanPages.versionPath(p) + "/sections/" + c.section().slug() + "#contributions";
    }

    private String respondPage(PlanContext p, Contribution c, String outcome, String explanation, FormErrors errors, Model model) {
        PlanPages.common(p, model);
        model.addAttribute("contribution", c);
        model.addAttribute("code", c.section());
        model.addAttribute("outcome", outcome);
        model.addAttribute("explanation", explanation);
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", PlanPages.options(List.of(ResponseOutcome.values()), "plan.response.", messages));
        access.recordView(p.caseContext(), "Plan version " + p.version().number() + ": answer a contribution");
        return "plans/respond";
    }

    private Contribution unanswered(PlanContext p, UUID contributionId) {
        Contribution c = reading.contribution(p, contributionId).orElseThrow(NotFound::new);
        if (c.answered()) {
            throw new NotFound();
        }
        return c;
    }

    @GetMapping(CONTRIBUTION + "/attachment")
    ResponseEntity<byte[]> downloadAttachment(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number, @PathVariable UUID contributionId,
            @AuthenticationPrincipal SignedInPerson who) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.VIEW);
        Attachments.Attachment file = reading.attachment(p, contributionId).orElseThrow(NotFound::new);
        access.recordExport(p.caseContext(), "Attachment: " + file.fileName());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    // ---- comments

    @PostMapping(SECTION + "/comments")
    String submitComment(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number, @PathVariable String section,
            @RequestParam(required = false) UUID replyTo, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.COMMENT);
        SectionCode code = section(p, section);
        FormErrors errors = new FormErrors();
        // The page names the box "comment", and each reply box "reply-" and the comment's id, so every box has its own id.
        String field = replyTo == null ? "comment" : "reply-" + replyTo;
        String body = form.getOrDefault(field, "");
        if (body.isBlank()) {
            errors.add(field, "comment.required");
        } else if (body.length() > MAX_SHORT) {
            errors.add(field, "text.tooLong", MAX_SHORT);
        }
        boolean parentExists = replyTo == null || views.view(p).section(code).comments().stream().anyMatch(c -> c.id().equals(replyTo));
        if (!parentExists) {
            throw new NotFound();
        }
        if (errors.any()) {
            return sectionPage(p, code, body, replyTo, errors, model);
        }
        work.comment(p, code, replyTo, body);
        redirect.addFlashAttribute("done", "comment.saved");
        return "redirect:" + PlanPages.versionPath(p) + "/sections/" + code.slug() + "#comments";
    }

    // ---- needs, outcomes and provision

    @GetMapping(SECTION + "/items/new")
    String showNewItem(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number, @PathVariable String section,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.WRITE);
        SectionCode code = structured(p, section);
        return itemPage(p, code, null, new HashMap<>(), new FormErrors(), model);
    }

    @PostMapping(SECTION + "/items/new")
    String submitNewItem(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number, @PathVariable String section,
            @RequestParam Map<String, String> typed, @RequestParam(required = false) List<UUID> links,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.WRITE);
        SectionCode code = structured(p, section);
        FormErrors errors = new FormErrors();
        PlanWork.ItemFields fields = readItem(p, code, typed, links, errors);
        if (errors.any()) {
            return itemPage(p, code, null, withLinks(typed, links), errors, model);
        }
        work.addItem(p, code, kindOf(code), fields);
        redirect.addFlashAttribute("done", "item.saved");
        return "redirect:" + PlanPages.versionPath(p) + "/sections/" + code.slug() + "#items";
    }

    @GetMapping(SECTION + "/items/{itemId}/edit")
    String showEditItem(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number, @PathVariable String section,
            @PathVariable UUID itemId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.WRITE);
        SectionCode code = structured(p, section);
        Item item = reading.currentItem(p, code, itemId).orElseThrow(NotFound::new);
        Map<String, String> typed = new HashMap<>();
        typed.put("description", item.description());
        typed.put("byWhen", nz(item.byWhen()));
        typed.put("provider", nz(item.provider()));
        typed.put("frequency", nz(item.frequency()));
        typed.put("sessionLength", nz(item.sessionLength()));
        typed.put("groupSize", nz(item.groupSize()));
        putDate(typed, "starts", item.starts());
        putDate(typed, "ends", item.ends());
        org.coplan.plans.domain.ProvisionAmount a = item.amount();
        typed.put("sessions", a == null ? "" : String.valueOf(a.sessions()));
        typed.put("per", a == null ? "" : a.per().name());
        typed.put("minutes", a == null ? "" : String.valueOf(a.minutes()));
        typed.put("groupCount", a == null || a.groupCount() == null ? "" : String.valueOf(a.groupCount()));
        typed.put("providerRole", a == null || a.providerRole() == null ? "" : a.providerRole());
        typed.put("providerPerson", a == null || a.providerPerson() == null ? "" : a.providerPerson().toString());
        return itemPage(p, code, item, withLinks(typed, item.links()), new FormErrors(), model);
    }

    @PostMapping(SECTION + "/items/{itemId}/edit")
    String submitEditItem(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number, @PathVariable String section,
            @PathVariable UUID itemId, @RequestParam Map<String, String> typed, @RequestParam(required = false) List<UUID> links,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.WRITE);
        SectionCode code = structured(p, section);
        Item item = reading.item(p, itemId).orElseThrow(NotFound::new);
        FormErrors errors = new FormErrors();
        PlanWork.ItemFields fields = readItem(p, code, typed, links, errors);
        if (!errors.any() && !work.editItem(p, item, fields)) {
            errors.add("description", "item.changedElsewhere");
        }
        if (errors.any()) {
            return itemPage(p, code, item, withLinks(typed, links), errors, model);
        }
        redirect.addFlashAttribute("done", "item.saved");
        return "redirect:" + PlanPages.versionPath(p) + "/sections/" + code.slug() + "#items";
    }

    @PostMapping(SECTION + "/items/{itemId}/remove")
    String submitRemoveItem(
            @PathVariable UUID caseId, @PathVariable UUID planId, @PathVariable int number, @PathVariable String section,
            @PathVariable UUID itemId, @AuthenticationPrincipal SignedInPerson who, RedirectAttributes redirect) {
        PlanContext p = access.open(who.id(), caseId, planId, number, PlanAction.WRITE);
        SectionCode code = structured(p, section);
        Item item = reading.currentItem(p, code, itemId).orElseThrow(NotFound::new);
        work.removeItem(p, item);
        redirect.addFlashAttribute("done", "item.removed");
        return "redirect:" + PlanPages.versionPath(p) + "/sections/" + code.slug() + "#items";
    }

    private String itemPage(PlanContext p, SectionCode code, Item item, Map<String, String> typed, FormErrors errors, Model model) {
        PlanPages.common(p, model);
        PlanItems.Kind kind = kindOf(code);
        model.addAttribute("code", code);
        model.addAttribute("item", item);
        model.addAttribute("kind", kind);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        PlanItems.Kind linkable = kind == PlanItems.Kind.OUTCOME ? PlanItems.Kind.NEED : kind == PlanItems.Kind.PROVISION ? PlanItems.Kind.OUTCOME : null;
        model.addAttribute("linkOptions", linkable == null ? List.of() : reading.currentItems(p).stream()
                .filter(i -> i.kind() == linkable)
                .map(i -> new String[] {i.lineage().toString(), i.description()})
                .toList());
        model.addAttribute("selectedLinks", typed.getOrDefault("links", ""));
        if (kind == PlanItems.Kind.PROVISION) {
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("perOptions", java.util.Arrays.stream(org.coplan.plans.domain.ProvisionAmount.Per.values())
                    .map(v -> new String[] {v.name(), messages.getMessage("amount.per." + v.name(), null, locale)}).toList());
            model.addAttribute("roleOptions", org.coplan.plans.internal.AmountWords.PROVIDER_ROLES.stream()
                    .map(r -> new String[] {r, messages.getMessage("role." + r, null, locale)}).toList());
            model.addAttribute("personOptions", reading.providers(p).stream()
                    .map(pr -> new String[] {pr.personId().toString(), pr.name() + " (" + messages.getMessage("role." + pr.role().name(),
                            null, locale) + ")"}).toList());
        }
        access.recordView(p.caseContext(), "Plan version " + p.version().number() + ": " + kind.name().toLowerCase(Locale.ROOT)
                + " in section " + code.name());
        return "plans/item";
    }

    private PlanWork.ItemFields readItem(PlanContext p, SectionCode code, Map<String, String> typed, List<UUID> links, FormErrors errors) {
        PlanItems.Kind kind = kindOf(code);
        String description = typed.getOrDefault("description", "").strip();
        if (description.isEmpty()) {
            errors.add("description", "item." + kind.name() + ".descriptionRequired");
        } else if (description.length() > MAX_SHORT) {
            errors.add("description", "text.tooLong", MAX_SHORT);
        }
        for (String field : List.of("byWhen", "provider", "frequency", "sessionLength", "groupSize")) {
            if (typed.getOrDefault(field, "").length() > 500) {
                errors.add(field, "text.tooLong", 500);
            }
        }
        if (kind == PlanItems.Kind.OUTCOME && typed.getOrDefault("byWhen", "").isBlank()) {
            errors.add("byWhen", "item.byWhenRequired");
        }
        java.time.LocalDate starts = null;
        java.time.LocalDate ends = null;
        org.coplan.plans.domain.ProvisionAmount amount = null;
        if (kind == PlanItems.Kind.PROVISION) {
            if (typed.getOrDefault("provider", "").isBlank()) {
                errors.add("provider", "item.providerRequired");
            }
            if (typed.getOrDefault("frequency", "").isBlank()) {
                errors.add("frequency", "item.frequencyRequired");
            }
            starts = optionalDate(typed, "starts", errors);
            ends = optionalDate(typed, "ends", errors);
            if (starts != null && ends != null && ends.isBefore(starts)) {
                errors.add("ends", "item.endsBeforeStarts");
            }
            org.coplan.plans.domain.AmountEntry.Result read = org.coplan.plans.domain.AmountEntry.read(
                    new org.coplan.plans.domain.AmountEntry.Typed(typed.get("sessions"), typed.get("per"), typed.get("minutes"),
                            typed.get("groupCount"), typed.get("providerRole"), typed.get("providerPerson")),
                    org.coplan.plans.internal.AmountWords.PROVIDER_ROLES,
                    reading.providers(p).stream().map(PlanReading.Provider::personId).collect(java.util.stream.Collectors.toSet()));
            read.problems().forEach(problem -> errors.add(problem.field(), problem.key()));
            amount = read.amount();
        }
        List<UUID> known = reading.currentItems(p).stream().map(Item::lineage).toList();
        List<UUID> chosen = links == null ? List.of() : links.stream().filter(known::contains).distinct().toList();
        return new PlanWork.ItemFields(description, typed.get("byWhen"), typed.get("provider"), typed.get("frequency"),
                typed.get("sessionLength"), typed.get("groupSize"), starts, ends, chosen, amount);
    }

    private static java.time.LocalDate optionalDate(Map<String, String> typed, String name, FormErrors errors) {
        String d = typed.getOrDefault(name + "Day", ""), m = typed.getOrDefault(name + "Month", ""), y = typed.getOrDefault(name + "Year", "");
        if (d.isBlank() && m.isBlank() && y.isBlank()) {
            return null;
        }
        DateFields.Result result = DateFields.parse(d, m, y);
        if (!result.ok()) {
            errors.add(name, "item." + name + "." + result.errorKey());
            return null;
        }
        return result.date();
    }

    private static Map<String, String> withLinks(Map<String, String> typed, List<UUID> links) {
        Map<String, String> copy = new HashMap<>(typed);
        copy.put("links", links == null ? "" : String.join(",", links.stream().map(UUID::toString).toList()));
        return copy;
    }

    private static void putDate(Map<String, String> typed, String name, java.time.LocalDate date) {
        typed.put(name + "Day", date == null ? "" : String.valueOf(date.getDayOfMonth()));
        typed.put(name + "Month", date == null ? "" : String.valueOf(date.getMonthValue()));
        typed.put(name + "Year", date == null ? "" : String.valueOf(date.getYear()));
    }

    static PlanItems.Kind kindOf(SectionCode code) {
        return switch (code.structure()) {
            case NEEDS -> PlanItems.Kind.NEED;
            case OUTCOMES -> PlanItems.Kind.OUTCOME;
            case PROVISION -> PlanItems.Kind.PROVISION;
            case TEXT -> null;
        };
    }

    private static SectionCode section(PlanContext p, String slug) {
        SectionCode code = SectionCode.fromSlug(p.plan().kind(), slug);
        if (code == null) {
            throw new NotFound();
        }
        return code;
    }

    private static SectionCode structured(PlanContext p, String slug) {
        SectionCode code = section(p, slug);
        if (code.structure() == SectionCode.Structure.TEXT) {
            throw new NotFound();
        }
        return code;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
