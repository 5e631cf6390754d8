package org.coplan.strategic.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.people.SignedInPerson;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.coplan.strategic.domain.ForumSeat;
import org.coplan.strategic.internal.ForumMembers;
import org.coplan.strategic.internal.Themes;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The area's themes from families' cases, for the board's officers: each theme with the number of
 * cases it was marked on with the family's agreement (exact, since it carries no names and no
 * cases), and raising one to the board by hand before it reaches the threshold.
 */
@Controller
class ForumThemesController {

    /** One area's themes, for one officer seat. */
    record AreaThemes(ForumSeat seat, String forumName, List<Themes.Weighed> themes) {}

    private final ForumMembers forums;
    private final Themes themes;

    ForumThemesController(ForumMembers forums, Themes themes) {
        this.forums = forums;
        this.themes = themes;
    }

    @GetMapping("/forum/themes")
    String showThemes(@AuthenticationPrincipal SignedInPerson who, Model model) {
        List<AreaThemes> areas = forums.seats(who).stream()
                .filter(ForumSeat::mayRunBoard)
                .map(s -> new AreaThemes(s, forums.forum(s.forumId()).name(), themes.area(s.localAuthorityId())))
                .toList();
        if (areas.isEmpty()) {
            throw new NotFound();
        }
        model.addAttribute("areas", areas);
        model.addAttribute("raiseAt", themes.raiseAt());
        return "strategic/forum-themes";
    }

    @PostMapping("/forum/themes/{themeId}/raise")
    String raise(@PathVariable UUID themeId, @AuthenticationPrincipal SignedInPerson who, RedirectAttributes redirect) {
        Themes.Theme theme = themes.theme(themeId).orElseThrow(NotFound::new);
        if (!forums.seatInArea(who, theme.localAuthorityId()).mayRunBoard()) {
            throw new NotFound();
        }
        boolean raised = themes.raiseByHand(themeId);
        redirect.addFlashAttribute("done", raised ? "theme.forum.raised" : "theme.forum.alreadyRaised");
        redirect.addFlashAttribute("doneArg", theme.title());
        return "redirect:/forum/themes";
    }

    /** Putting one theme into another that is the same problem: the choice of theme. */
    @GetMapping("/forum/themes/{themeId}/merge")
    String showMerge(@PathVariable UUID themeId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        Themes.Theme theme = officersTheme(who, themeId);
        return mergePage(theme, theme.version(), "", new FormErrors(), model);
    }

    @PostMapping("/forum/themes/{themeId}/merge")
    String submitMerge(@PathVariable UUID themeId, @RequestParam(defaultValue = "-1") int version, @RequestParam(defaultValue = "") String into,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        Themes.Theme theme = officersTheme(who, themeId);
        Optional<Themes.Weighed> target = themes.area(theme.localAuthorityId()).stream()
                .filter(w -> w.theme().id().toString().equals(into) && !w.theme().id().equals(themeId))
                .findFirst();
        if (target.isEmpty()) {
            return mergePage(theme, version, into, new FormErrors().add("into", "theme.merge.error.choose"), model);
        }
        switch (themes.merge(themeId, version, target.get().theme().id())) {
            case DONE -> {
                redirect.addFlashAttribute("done", "theme.merge.done");
                redirect.addFlashAttribute("doneArg", target.get().theme().title());
                return "redirect:/forum/themes";
            }
            case CHANGED_MEANWHILE -> {
                Themes.Theme now = themes.theme(themeId).orElseThrow();
                return mergePage(now, now.version(), into, new FormErrors().add("into", "theme.merge.error.changed"), model);
            }
            default -> {
                return mergePage(theme, version, into, new FormErrors().add("into", "theme.merge.error.notMergeable"), model);
            }
        }
    }

    /** A theme of an area where the person runs the board, still open to merging; not found otherwise. */
    private Themes.Theme officersTheme(SignedInPerson who, UUID themeId) {
        Themes.Theme theme = themes.theme(themeId).orElseThrow(NotFound::new);
        if (!forums.seatInArea(who, theme.localAuthorityId()).mayRunBoard()) {
            throw new NotFound();
        }
        return theme;
    }

    private String mergePage(Themes.Theme theme, int version, String into, FormErrors errors, Model model) {
        List<Themes.Weighed> area = themes.area(theme.localAuthorityId());
        model.addAttribute("theme", theme);
        model.addAttribute("weight", themes.weight(theme.id()));
        model.addAttribute("mergeable", !theme.raised() && "OPEN".equals(theme.status()));
        model.addAttribute("options", area.stream().filter(w -> !w.theme().id().equals(theme.id()))
                .map(w -> new String[] {w.theme().id().toString(), w.theme().title()}).toList());
        model.addAttribute("version", version);
        model.addAttribute("into", into);
        model.addAttribute("errors", errors);
        return "strategic/forum-theme-merge";
    }
}
