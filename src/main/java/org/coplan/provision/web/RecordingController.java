package org.coplan.provision.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coplan.people.SignedInPerson;
import org.coplan.provision.domain.NotDeliveredReason;
import org.coplan.provision.domain.RecordingRules;
import org.coplan.provision.domain.RecordingRules.Problem;
import org.coplan.provision.domain.Session;
import org.coplan.provision.internal.RecordingSessions;
import org.coplan.provision.internal.RecordingSessions.ItemOnCase;
import org.coplan.provision.internal.SessionRecords.Recorded;
import org.coplan.shared.web.DateFields;
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
 * One provision item's sessions: the log everyone on the case reads, the one-screen form its
 * provider (or a lead, for them) records a session on, and corrections.
 */
@Controller
class RecordingController {

    static final List<String> FIELDS = List.of("provider", "date", "status", "minutes", "deliveredBy", "note", "reason", "reasonWords", "makesUp");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final RecordingSessions recording;
    private final MessageSource messages;

    RecordingController(RecordingSessions recording, MessageSource messages) {
        this.recording = recording;
        this.messages = messages;
    }

    /** One row of the log: a session, its make-up links both ways, and what corrected it. */
    record LogRow(Recorded r, Session madeUpBy, Session makesUp, Session correctedBy, boolean mayCorrect) {
        public Session s() {
            return r.session();
        }

        public LocalDate recordedOn() {
            return r.session().recordedAt().atZone(org.coplan.shared.ClockConfiguration.ZONE).toLocalDate();
        }
    }

    @GetMapping("/cases/{caseId}/provision/items/{lineage}")
    String showLog(@PathVariable UUID caseId, @PathVariable UUID lineage, @AuthenticationPrincipal SignedInPerson who, Model model) {
        ItemOnCase on = recording.open(who.id(), caseId, lineage);
        List<Recorded> history = recording.history(on);
        Map<UUID, Session> byId = new LinkedHashMap<>();
        history.forEach(r -> byId.put(r.session().id(), r.session()));
        List<LogRow> rows = new ArrayList<>();
        for (Recorded r : history) {
            Session s = r.session();
            Session madeUpBy = history.stream().map(Recorded::session)
                    .filter(o -> o.current() && s.id().equals(o.makesUp())).findFirst().orElse(null);
            rows.add(new LogRow(r, madeUpBy, s.makesUp() == null ? null : byId.get(s.makesUp()),
                    s.replacedBy() == null ? null : byId.get(s.replacedBy()), on.mayRecord() && s.current()));
        }
        common(on, model);
        model.addAttribute("rows", rows);
        recording.viewed(on, "Sessions of provision");
        return "provision/session-log";
    }

    @GetMapping("/cases/{caseId}/provision/items/{lineage}/sessions/new")
    String showNew(@PathVariable UUID caseId, @PathVariable UUID lineage, @AuthenticationPrincipal SignedInPerson who, Model model) {
        ItemOnCase on = openForRecording(who, caseId, lineage);
        if (!on.mayRecord()) {
            return notProvider(on, model);
        }
        LocalDate today = recording.today();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("dateDay", String.valueOf(today.getDayOfMonth()));
        typed.put("dateMonth", String.valueOf(today.getMonthValue()));
        typed.put("dateYear", String.valueOf(today.getYear()));
        typed.put("minutes", on.item().amount() == null ? "" : String.valueOf(on.item().amount().minutes()));
        typed.put("deliveredBy", on.provider() ? who.displayName() : "");
        return form(on, null, typed, new FormErrors(), null, model);
    }

    @PostMapping("/cases/{caseId}/provision/items/{lineage}/sessions/new")
    String submitNew(@PathVariable UUID caseId, @PathVariable UUID lineage, @RequestParam Map<String, String> params,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        ItemOnCase on = openForRecording(who, caseId, lineage);
        return save(on, null, params, model, redirect);
    }

    @GetMapping("/cases/{caseId}/provision/sessions/{sessionId}/correct")
    String showCorrect(@PathVariable UUID caseId, @PathVariable UUID sessionId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        ItemOnCase on = openSessionForRecording(who, caseId, sessionId);
        Session s = currentSession(on, sessionId);
        if (!on.mayRecord()) {
            return notProvider(on, model);
        }
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("dateDay", String.valueOf(s.date().getDayOfMonth()));
        typed.put("dateMonth", String.valueOf(s.date().getMonthValue()));
        typed.put("dateYear", String.valueOf(s.date().getYear()));
        typed.put("status", s.status().name());
        typed.put("minutes", s.minutes() == null ? "" : String.valueOf(s.minutes()));
        typed.put("deliveredBy", s.deliveredBy() == null ? "" : s.deliveredBy());
        typed.put("note", s.note() == null ? "" : s.note());
        typed.put("reason", s.reason() == null ? "" : s.reason().name());
        typed.put("reasonWords", s.reasonWords() == null ? "" : s.reasonWords());
        typed.put("makesUp", s.makesUp() == null ? "" : s.makesUp().toString());
        return form(on, s, typed, new FormErrors(), null, model);
    }

    @PostMapping("/cases/{caseId}/provision/sessions/{sessionId}/correct")
    String submitCorrect(@PathVariable UUID caseId, @PathVariable UUID sessionId, @RequestParam Map<String, String> params,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        ItemOnCase on = openSessionForRecording(who, caseId, sessionId);
        Session s = recording.session(on, sessionId).orElseThrow(NotFound::new);
        return save(on, s, params, model, redirect);
    }

    private String save(ItemOnCase on, Session replacing, Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String f : List.of("dateDay", "dateMonth", "dateYear", "status", "minutes", "deliveredBy", "note", "reason", "reasonWords",
                "makesUp")) {
            typed.put(f, params.getOrDefault(f, ""));
        }
        FormErrors errors = new FormErrors();
        DateFields.Result date = DateFields.parse(typed.get("dateDay"), typed.get("dateMonth"), typed.get("dateYear"));
        if (!date.ok()) {
            errors.add("date", "delivery.date." + date.errorKey());
        }
        RecordingSessions.Saved saved = recording.record(on, new RecordingRules.Typed(date.date(), typed.get("status"),
                typed.get("minutes"), typed.get("deliveredBy"), typed.get("note"), typed.get("reason"), typed.get("reasonWords"),
                typed.get("makesUp")), replacing);
        if (!saved.ok()) {
            add(errors, saved.problems());
            return form(on, replacing, typed, inOrder(errors), saved.clash(), model);
        }
        redirect.addFlashAttribute("done", replacing == null ? "delivery.saved" : "delivery.corrected");
        redirect.addFlashAttribute("doneArg", DAY.format(date.date()));
        return "redirect:/cases/" + on.caseId() + "/provision/items/" + on.item().lineage() + "#session-" + saved.sessionId();
    }

    /** Family members and "view only" parents read; the recording pages are not for them. */
    private ItemOnCase openForRecording(SignedInPerson who, UUID caseId, UUID lineage) {
        ItemOnCase on = recording.open(who.id(), caseId, lineage);
        if (recording.readerOnly(on)) {
            throw new NotFound();
        }
        return on;
    }

    private ItemOnCase openSessionForRecording(SignedInPerson who, UUID caseId, UUID sessionId) {
        ItemOnCase on = recording.openForSession(who.id(), caseId, sessionId);
        if (recording.readerOnly(on)) {
            throw new NotFound();
        }
        return on;
    }

    private Session currentSession(ItemOnCase on, UUID sessionId) {
        return recording.session(on, sessionId).filter(Session::current).orElseThrow(NotFound::new);
    }

    private String notProvider(ItemOnCase on, Model model) {
        common(on, model);
        recording.viewed(on, "Recording a session of provision (refused: not the provider)");
        return "provision/not-provider";
    }

    private String form(ItemOnCase on, Session replacing, Map<String, String> typed, FormErrors errors, UUID clash, Model model) {
        common(on, model);
        Locale locale = LocaleContextHolder.getLocale();
        List<String[]> makeUpFor = new ArrayList<>();
        for (Session s : RecordingRules.missedWithoutMakeUp(recording.current(on), replacing == null ? null : replacing.id())) {
            makeUpFor.add(new String[] {s.id().toString(), messages.getMessage("delivery.makeUp.option",
                    new Object[] {DAY.format(s.date()), reasonText(s, locale)}, locale)});
        }
        String chosen = typed.get("makesUp");
        if (chosen != null && !chosen.isBlank() && makeUpFor.stream().noneMatch(o -> o[0].equals(chosen))) {
            // keep what was chosen even when it is no longer offered, so the page says what is wrong with it
            recording.current(on).stream().filter(s -> s.id().toString().equals(chosen)).findFirst().ifPresent(s -> makeUpFor.add(
                    new String[] {chosen, messages.getMessage("delivery.makeUp.option", new Object[] {DAY.format(s.date()), reasonText(s, locale)}, locale)}));
        }
        List<String[]> reasons = new ArrayList<>();
        for (NotDeliveredReason r : NotDeliveredReason.values()) {
            reasons.add(new String[] {r.name(), messages.getMessage("delivery.reason." + r.name(), null, locale)});
        }
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("makeUpFor", makeUpFor);
        model.addAttribute("reasons", reasons);
        model.addAttribute("replacing", replacing);
        model.addAttribute("clash", clash);
        model.addAttribute("action", replacing == null
                ? "/cases/" + on.caseId() + "/provision/items/" + on.item().lineage() + "/sessions/new"
                : "/cases/" + on.caseId() + "/provision/sessions/" + replacing.id() + "/correct");
        recording.viewed(on, replacing == null ? "Recording a session of provision" : "Correcting a session of provision");
        return "provision/session-form";
    }

    private String reasonText(Session s, Locale locale) {
        if (s.reason() == null) {
            return "";
        }
        return messages.getMessage("delivery.reason." + s.reason().name(), null, locale);
    }

    private void common(ItemOnCase on, Model model) {
        model.addAttribute("c", on.ctx().child());
        model.addAttribute("item", on.item());
        model.addAttribute("mayRecord", on.mayRecord());
        model.addAttribute("onBehalf", on.mayRecord() && on.onBehalf());
        model.addAttribute("logHref", "/cases/" + on.caseId() + "/provision/items/" + on.item().lineage());
        model.addAttribute("newHref", "/cases/" + on.caseId() + "/provision/items/" + on.item().lineage() + "/sessions/new");
    }

    /** Adds the service's problems as field errors, with dates written as people read them. */
    static void add(FormErrors errors, List<Problem> problems) {
        for (Problem p : problems) {
            Object[] args = new Object[p.args().length];
            for (int i = 0; i < args.length; i++) {
                args[i] = p.args()[i] instanceof LocalDate d ? DAY.format(d) : p.args()[i];
            }
            errors.add(p.field(), p.key(), args);
        }
    }

    /** The errors in the order the fields are on the page, so the summary reads top to bottom. */
    private static FormErrors inOrder(FormErrors errors) {
        FormErrors ordered = new FormErrors();
        for (String f : FIELDS) {
            if (errors.has(f)) {
                ordered.add(f, errors.get(f).key(), errors.get(f).args());
            }
        }
        return ordered;
    }
}
