package org.coplan.strategic.web;

import java.util.List;
import java.util.UUID;
import org.coplan.people.Organisation;
import org.coplan.strategic.internal.AreaLadder;
import org.coplan.strategic.internal.ForumMembers;
import org.coplan.strategic.internal.LadderActivities.LadderActivity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An area's co-production in public, with no sign-in: its parent carer forum and how to join it,
 * every part's public page, and the ladder of participation: each activity with its rung, and how
 * many stand on each rung. Nothing here names a member.
 */
@Controller
class AreaController {

    private final AreaLadder ladder;
    private final ForumMembers members;

    AreaController(AreaLadder ladder, ForumMembers members) {
        this.ladder = ladder;
        this.members = members;
    }

    @GetMapping("/area/{laId}")
    String showArea(@PathVariable UUID laId, Model model) {
        Organisation la = ladder.authority(laId);
        List<LadderActivity> activities = ladder.activities(laId);
        model.addAttribute("authority", la);
        model.addAttribute("forum", members.forumOf(laId).orElse(null));
        model.addAttribute("sections", ladder.sections(laId));
        model.addAttribute("activities", activities);
        model.addAttribute("rungCounts", AreaLadder.counts(activities));
        return "strategic/area";
    }
}
