package org.coplan.strategic.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.meetings.BoardRecords;
import org.coplan.meetings.BoardRecords.BoardDecision;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationId;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.shared.web.NotFound;
import org.coplan.strategic.internal.BoardItems;
import org.coplan.strategic.internal.BoardMeetings;
import org.coplan.strategic.internal.BoardMeetings.Meeting;
import org.coplan.strategic.internal.BoardWork;
import org.coplan.strategic.internal.ForumMembers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The board's public pages, for anyone without signing in: the area's programme of work (co-leads
 * shown by side, never by name; how many families an item came from, "fewer than 5" under five)
 * and the decisions of each meeting held (question, decision, reasons). Minutes stay with the board.
 */
@Controller
class PublicBoardController {

    /** A held meeting and its decisions. */
    record HeldMeeting(Meeting meeting, List<BoardDecision> decisions) {}

    private final People people;
    private final ForumMembers members;
    private final BoardItems items;
    private final BoardMeetings meetings;
    private final BoardRecords records;
    private final BoardWork work;
    private final int smallestShown;

    PublicBoardController(People people, ForumMembers members, BoardItems items, BoardMeetings meetings, BoardRecords records,
            BoardWork work, @Value("${coplan.measures.smallest-shown:5}") int smallestShown) {
        this.people = people;
        this.members = members;
        this.items = items;
        this.meetings = meetings;
        this.records = records;
        this.work = work;
        this.smallestShown = smallestShown;
    }

    @GetMapping("/area/{laId}/programme")
    String showProgramme(@PathVariable UUID laId, Model model) {
        Organisation la = area(laId);
        model.addAttribute("authority", la);
        model.addAttribute("items", items.items(laId));
        model.addAttribute("smallestShown", smallestShown);
        return "strategic/public-programme";
    }

    @GetMapping("/area/{laId}/board")
    String showDecisions(@PathVariable UUID laId, Model model) {
        Organisation la = area(laId);
        LocalDateTime now = work.now();
        Map<UUID, List<BoardDecision>> byMeeting = records.areaDecisions(laId).stream()
                .collect(Collectors.groupingBy(BoardDecision::boardMeetingId));
        List<HeldMeeting> held = new ArrayList<>();
        for (Meeting m : meetings.forArea(laId).reversed()) {
            if (m.held(now)) {
                held.add(new HeldMeeting(m, byMeeting.getOrDefault(m.id(), List.of())));
            }
        }
        model.addAttribute("authority", la);
        model.addAttribute("held", held);
        return "strategic/public-board";
    }

    /** A local authority with a parent carer forum; anything else is not found. */
    private Organisation area(UUID laId) {
        Organisation la = people.organisation(new OrganisationId(laId))
                .filter(o -> o.kind() == OrganisationKind.LOCAL_AUTHORITY)
                .orElseThrow(NotFound::new);
        members.forumOf(laId).orElseThrow(NotFound::new);
        return la;
    }
}
