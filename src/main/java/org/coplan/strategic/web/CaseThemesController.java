package org.coplan.strategic.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.SignedInPerson;
import org.coplan.plans.PlanFeedback;
import org.coplan.resolution.RaisedDisagreements;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.coplan.strategic.domain.MarkKind;
import org.coplan.strategic.domain.MarkStatus;
import org.coplan.strategic.domain.ThemeRules;
import org.coplan.strategic.internal.Programme;
import org.coplan.strategic.internal.Themes;
import org.coplan.strategic.internal.Themes.Mark;
import org.coplan.strategic.internal.Themes.NamesFound;
import org.coplan.strategic.internal.Themes.Theme;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's themes for the school or area (the bench model): the marks made on the case, the family's
 * consent to each, and marking a new one. Everyone who may add to the case's record may mark; only
 * the person who answers for the family (a parent or carer, or a young person for themselves) agrees
 * or not. Nothing here shows which other cases marked a theme.
 */
@Controller
class CaseThemesController {

    static final int TITLE_MAX = 120;
    static final int DESCRIPTION_MAX = 500;
    static final int NOTE_MAX = 300;
    static final int REASON_MAX = 500;
    static final String NEW = "NEW";

    /** A mark as the case's page shows it. */
    record MarkView(Mark mark, Theme theme, Optional<Programme.Item> item) {}

    private final CaseAccess access;
    private final Themes themes;
    private final Programme programme;
    private final RaisedDisagreements disagreements;
    private final PlanFeedback plans;
    private final MessageSource messages;
    private final Clock clock;

    CaseThemesController(CaseAccess access, Themes themes, Programme programme, RaisedDisagreements disagreements, PlanFeedback plans,
            MessageSource messages, Clock clock) {
        this.access = access;
        this.themes = themes;
        this.programme = programme;
        this.disagreements = disagreements;
        this.plans = plans;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/cases/{caseId}/themes")
    String showThemes(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.ADD_TO_RECORD);
        return themesPage(ctx, new FormErrors(), null, model);
    }

    @PostMapping("/cases/{caseId}/themes/marks/{markId}")
    String answer(@PathVariable UUID caseId, @PathVariable UUID markId, @RequestParam(defaultValue = "0") int version,
            @RequestParam(defaultValue = "") String answer, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.ADD_TO_RECORD);
        if (!themes.mayConsent(ctx)) {
            throw new NotFound();
        }
        Mark mark = themes.markOn(ctx, markId).orElseThrow(NotFound::new);
        FormErrors errors = new FormErrors();
        MarkStatus.Answer chosen = parse(answer);
        if (chosen == null) {
            errors.add("answer-" + markId, "theme.error.answer");
        } else if (reason.length() > REASON_MAX) {
            errors.add("reason-" + markId, "theme.error.reasonLong", REASON_MAX);
        } else {
            switch (themes.answer(ctx, mark, version, chosen, reason)) {
                case SAVED -> {
                    redirect.addFlashAttribute("done", "theme.done." + chosen.name());
                    return "redirect:/cases/" + caseId + "/themes";
                }
                case DOES_NOT_FIT -> errors.add("answer-" + markId, "theme.error.doesNotFit");
                case CHANGED_MEANWHILE -> errors.add("answer-" + markId, "theme.error.changedMeanwhile");
            }
        }
        model.addAttribute("typedReason", reason);
        return themesPage(ctx, errors, markId, model);
    }

    @GetMapping("/cases/{caseId}/themes/new")
    String showNew(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model, Locale locale) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.ADD_TO_RECORD);
        return newPage(ctx, "", "", "", "AREA", "", "", new FormErrors(), model, locale);
    }

    @PostMapping("/cases/{caseId}/themes/new")
    String submitNew(@PathVariable UUID caseId, @RequestParam(defaultValue = "") String theme,
            @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "AREA") String scope, @RequestParam(name = "from", defaultValue = "") String from,
            @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal SignedInPerson who, Model model, Locale locale,
            RedirectAttributes redirect) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.ADD_TO_RECORD);
        FormErrors errors = new FormErrors();
        List<Theme> available = themes.forCase(ctx.child());
        Optional<Theme> existing = Optional.empty();
        if (theme.isBlank()) {
            errors.add("theme", "theme.error.theme");
        } else if (NEW.equals(theme)) {
            if (title.isBlank()) {
                errors.add("title", "theme.error.title");
            } else if (title.length() > TITLE_MAX) {
                errors.add("title", "theme.error.titleLong", TITLE_MAX);
            }
            if (description.isBlank()) {
                errors.add("description", "theme.error.description");
            } else if (description.length() > DESCRIPTION_MAX) {
                errors.add("description", "theme.error.descriptionLong", DESCRIPTION_MAX);
            }
        } else {
            existing = available.stream().filter(t -> t.id().toString().equals(theme)).findFirst();
            if (existing.isEmpty()) {
                errors.add("theme", "theme.error.theme");
            }
        }
        List<String[]> sources = sources(ctx, locale);
        boolean knownSource = sources.stream().anyMatch(o -> o[0].equals(from));
        if (!knownSource) {
            errors.add("from", "theme.error.from");
        } else if (MarkKind.OTHER.name().equals(from) && note.isBlank()) {
            errors.add("note", "theme.error.note");
        }
        if (note.length() > NOTE_MAX) {
            errors.add("note", "theme.error.noteLong", NOTE_MAX);
        }
        if (!errors.any()) {
            UUID themeId;
            if (existing.isPresent()) {
                themeId = existing.get().id();
            } else {
                Themes.Made made = themes.create(ctx, "SCHOOL".equals(scope), title, description);
                if (made instanceof NamesFound found) {
                    errors.add(found.field(), "theme.error.names", String.join(", ", found.names()));
                    themeId = null;
                } else {
                    themeId = ((Themes.Created) made).themeId();
                }
            }
            if (themeId != null) {
                Theme chosen = themes.theme(themeId).orElseThrow();
                String[] parts = from.split(":", 2);
                themes.mark(ctx, chosen, MarkKind.valueOf(parts[0]), parts.length > 1 ? UUID.fromString(parts[1]) : null, note);
                redirect.addFlashAttribute("done", ThemeRules.marksAsFamily(ctx.role()) ? "theme.done.markedByFamily" : "theme.done.markedByStaff");
                redirect.addFlashAttribute("doneArg", chosen.title());
                return "redirect:/cases/" + caseId + "/themes";
            }
        }
        return newPage(ctx, theme, title, description, scope, from, note, errors, model, locale);
    }

    private String themesPage(CaseContext ctx, FormErrors errors, UUID answering, Model model) {
        List<MarkView> marks = themes.marksOn(ctx).stream()
                .map(m -> new MarkView(m, themes.theme(m.themeId()).orElseThrow(), programme.itemForTheme(m.themeId())))
                .toList();
        access.recordView(ctx, "themes for the school or area");
        model.addAttribute("ctx", ctx);
        model.addAttribute("caseId", ctx.caseId().value());
        model.addAttribute("marks", marks);
        model.addAttribute("mayConsent", themes.mayConsent(ctx));
        model.addAttribute("errors", errors);
        model.addAttribute("answering", answering);
        model.addAttribute("areaId", ctx.child().localAuthority().value());
        return "strategic/case-themes";
    }

    private String newPage(CaseContext ctx, String theme, String title, String description, String scope, String from, String note,
            FormErrors errors, Model model, Locale locale) {
        List<String[]> themeOptions = new ArrayList<>();
        for (Theme t : themes.forCase(ctx.child())) {
            themeOptions.add(new String[] {t.id().toString(), t.title()});
        }
        themeOptions.add(new String[] {NEW, messages.getMessage("theme.new.option", null, locale)});
        model.addAttribute("caseId", ctx.caseId().value());
        model.addAttribute("themeOptions", themeOptions);
        model.addAttribute("scopeOptions", List.of(
                new String[] {"AREA", messages.getMessage("theme.new.scopeArea", null, locale)},
                new String[] {"SCHOOL", messages.getMessage("theme.new.scopeSchool", null, locale)}));
        model.addAttribute("sourceOptions", sources(ctx, locale));
        model.addAttribute("theme", theme);
        model.addAttribute("themeTitle", title);
        model.addAttribute("description", description);
        model.addAttribute("scope", scope);
        model.addAttribute("from", from);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        model.addAttribute("byFamily", ThemeRules.marksAsFamily(ctx.role()));
        access.recordView(ctx, "marking a theme for the school or area");
        return "strategic/case-theme-new";
    }

    /** What on the case a mark can come from: the case's own disagreements and contributions, then the kinds without a list. */
    private List<String[]> sources(CaseContext ctx, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        List<String[]> options = new ArrayList<>();
        for (RaisedDisagreements.Raised r : disagreements.byFamily(ctx.caseId())) {
            options.add(new String[] {MarkKind.DISAGREEMENT.name() + ":" + r.disagreement().id(),
                    messages.getMessage("theme.from.disagreement",
                            new Object[] {day.format(r.disagreement().raisedOn()), shortened(disagreements.about(r.disagreement(), locale))},
                            locale)});
        }
        for (PlanFeedback.FamilyContribution c : plans.familyContributions(ctx.caseId())) {
            options.add(new String[] {MarkKind.CONTRIBUTION.name() + ":" + c.contributionId(),
                    messages.getMessage("theme.from.contribution",
                            new Object[] {day.format(c.madeAt().atZone(clock.getZone())), shortened(c.body())}, locale)});
        }
        options.add(new String[] {MarkKind.CONFIDENCE_WORDS.name(), messages.getMessage("theme.from.confidenceWords", null, locale)});
        options.add(new String[] {MarkKind.OTHER.name(), messages.getMessage("theme.from.other", null, locale)});
        return options;
    }

    private static String shortened(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return t.length() <= 80 ? t : t.substring(0, 79) + "…";
    }

    private static MarkStatus.Answer parse(String answer) {
        try {
            return MarkStatus.Answer.valueOf(answer);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
