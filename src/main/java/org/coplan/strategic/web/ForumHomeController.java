package org.coplan.strategic.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coplan.people.Organisation;
import org.coplan.people.SignedInPerson;
import org.coplan.strategic.domain.ForumSeat;
import org.coplan.strategic.internal.ForumMembers;
import org.coplan.strategic.internal.ForumPanels;
import org.coplan.strategic.internal.ForumPanels.Panel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The forum's home page: for each forum where the person has a seat, every part's panel (polls to
 * answer, the programme of work, pages to review, membership). Someone with no seat is offered the
 * way to join, never a dead end. Nothing about any case is shown here.
 */
@Controller
class ForumHomeController {

    /** One forum on the page, with its panels in order. */
    record ForumView(Organisation forum, ForumSeat seat, List<Panel> panels) {}

    private final ForumMembers members;
    private final List<ForumPanels> parts;

    ForumHomeController(ForumMembers members, List<ForumPanels> parts) {
        this.members = members;
        this.parts = parts;
    }

    @GetMapping("/forum")
    String showForum(@AuthenticationPrincipal SignedInPerson who, Model model) {
        List<ForumView> forums = new ArrayList<>();
        for (ForumSeat seat : members.seats(who)) {
            List<Panel> panels = parts.stream()
                    .flatMap(p -> p.panel(who, seat).stream())
                    .sorted(Comparator.comparingInt(Panel::order))
                    .toList();
            forums.add(new ForumView(members.forum(seat.forumId()), seat, panels));
        }
        model.addAttribute("forums", forums);
        return "strategic/forum-home";
    }
}
