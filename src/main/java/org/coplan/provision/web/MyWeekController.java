package org.coplan.provision.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coplan.people.SignedInPerson;
import org.coplan.provision.domain.NotDeliveredReason;
import org.coplan.provision.internal.GroupSessionRecording;
import org.coplan.provision.internal.GroupSessionRecording.Line;
import org.coplan.provision.internal.GroupSessionRecording.LineProblem;
import org.coplan.provision.internal.MyWeekReading;
import org.coplan.shared.web.DateFields;
import org.coplan.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A provider's own pages across all their cases: "My provision this week", and recording one
 * group session for several children. Each lists only the items the signed-in person provides
 * on cases they are on the team of, so nobody sees a child they do not work with.
 */
@Controller
class MyWeekController {

    private final MyWeekReading week;
    private final GroupSessionRecording groups;
    private final MessageSource messages;

    MyWeekController(MyWeekReading week, GroupSessionRecording groups, MessageSource messages) {
        this.week = week;
        this.groups = groups;
        this.messages = messages;
    }

    @GetMapping("/provision/my-week")
    String showMyWeek(@AuthenticationPrincipal SignedInPerson who,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("week", week.week(who.id(), page));
        return "provision/my-week";
    }

    /** One child's line on the group form, as offered and as typed. */
    record GroupRow(String key, String childName, String description, boolean chosen, String status, String reason, String reasonWords,
            String error) {}

    @GetMapping("/provision/group-sessions/new")
    String showGroup(@AuthenticationPrincipal SignedInPerson who, @RequestParam(name = "provision", required = false) String provision,
            Model model) {
        LocalDate today = groups.today();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("dateDay", String.valueOf(today.getDayOfMonth()));
        typed.put("dateMonth", String.valueOf(today.getMonthValue()));
        typed.put("dateYear", String.valueOf(today.getYear()));
        typed.put("deliveredBy", who.displayName());
        typed.put("provision", provision == null ? "" : provision);
        return groupForm(who, typed, Map.of(), new FormErrors(), Map.of(), model);
    }

    @PostMapping("/provision/group-sessions/new")
    String submitGroup(@AuthenticationPrincipal SignedInPerson who, @RequestParam Map<String, String> params,
            @RequestParam(name = "child", required = false) List<String> chosen, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String f : List.of("dateDay", "dateMonth", "dateYear", "minutes", "deliveredBy", "note", "provision")) {
            typed.put(f, params.getOrDefault(f, ""));
        }
        List<String> keys = chosen == null ? List.of() : chosen;
        List<Line> lines = new ArrayList<>();
        for (String k : keys) {
            lines.add(new Line(k, params.getOrDefault("status_" + k, ""), params.getOrDefault("reason_" + k, ""),
                    params.getOrDefault("words_" + k, "")));
        }
        FormErrors errors = new FormErrors();
        DateFields.Result date = DateFields.parse(typed.get("dateDay"), typed.get("dateMonth"), typed.get("dateYear"));
        if (!date.ok()) {
            errors.add("date", "delivery.date." + date.errorKey());
        }
        GroupSessionRecording.Saved saved = groups.record(who.id(), who.displayName(),
                new GroupSessionRecording.Shared(date.date(), typed.get("minutes"), typed.get("deliveredBy"), typed.get("note")), lines);
        if (saved.ok()) {
            redirect.addFlashAttribute("done", "delivery.group.saved");
            redirect.addFlashAttribute("doneArg", lines.size());
            return "redirect:/provision/my-week";
        }
        Map<String, String> rowErrors = new LinkedHashMap<>();
        Locale locale = LocaleContextHolder.getLocale();
        for (LineProblem p : saved.problems()) {
            Object[] args = formatted(p.problem().args());
            if (p.key() == null) {
                errors.add(p.problem().field(), p.problem().key(), args);
            } else {
                rowErrors.putIfAbsent(p.key(), messages.getMessage(p.problem().key(), args, locale));
            }
        }
        Map<String, String[]> lineTyped = new LinkedHashMap<>();
        for (Line l : lines) {
            lineTyped.put(l.key(), new String[] {l.status(), l.reason(), l.reasonWords()});
        }
        return groupForm(who, typed, lineTyped, errors, rowErrors, model);
    }

    private static Object[] formatted(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof LocalDate d ? RecordingController.DAY.format(d) : args[i];
        }
        return out;
    }

    /** Above this many items offered, the provider chooses which provision the group had before the children are listed. */
    static final int MOST_ROWS_UNCHOSEN = 30;

    private String groupForm(SignedInPerson who, Map<String, String> typed, Map<String, String[]> lineTyped, FormErrors errors,
            Map<String, String> rowErrors, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        List<GroupRow> rows = new ArrayList<>();
        List<MyWeekReading.Provided> offered = groups.offered(who.id());
        // a provider with many children chooses the provision first, so the page lists only its children
        Map<String, Long> kinds = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        offered.forEach(p -> kinds.merge(p.item().description(), 1L, Long::sum));
        String kind = typed.getOrDefault("provision", "");
        boolean chooseFirst = offered.size() > MOST_ROWS_UNCHOSEN && (kind.isBlank() || !kinds.containsKey(kind));
        model.addAttribute("kinds", kinds);
        model.addAttribute("chooseFirst", chooseFirst);
        for (MyWeekReading.Provided p : offered) {
            if (chooseFirst || (!kind.isBlank() && kinds.containsKey(kind) && !p.item().description().equalsIgnoreCase(kind))) {
                continue;
            }
            String key = GroupSessionRecording.key(p);
            String[] t = lineTyped.get(key);
            rows.add(new GroupRow(key, p.ctx().child().knownAs() + " " + p.ctx().child().familyName(), p.item().description(), t != null,
                    t == null ? "DELIVERED" : t[0], t == null ? "" : t[1], t == null ? "" : t[2], rowErrors.get(key)));
        }
        // children with the same provision next to each other, so a group is ticked in one place
        rows.sort(java.util.Comparator.comparing(GroupRow::description, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(GroupRow::childName, String.CASE_INSENSITIVE_ORDER));
        List<String[]> reasons = new ArrayList<>();
        for (NotDeliveredReason r : NotDeliveredReason.values()) {
            reasons.add(new String[] {r.name(), messages.getMessage("delivery.reason." + r.name(), null, locale)});
        }
        FormErrors all = new FormErrors();
        for (String f : List.of("date", "minutes", "deliveredBy", "note", "children")) {
            if (errors.has(f)) {
                all.add(f, errors.get(f).key(), errors.get(f).args());
            }
        }
        for (GroupRow r : rows) {
            if (r.error() != null) {
                all.add("child-" + r.key(), "delivery.group.error.row", r.childName(), r.error());
            }
        }
        model.addAttribute("typed", typed);
        model.addAttribute("rows", rows);
        model.addAttribute("reasons", reasons);
        model.addAttribute("errors", all);
        return "provision/group-new";
    }
}
