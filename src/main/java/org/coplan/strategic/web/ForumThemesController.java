package org.coplan.strategic.web;

import java.util.List;
import java.util.UUID;
import org.coplan.people.SignedInPerson;
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
}
