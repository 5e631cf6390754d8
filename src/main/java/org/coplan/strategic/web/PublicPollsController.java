package org.coplan.strategic.web;

import java.util.List;
import java.util.UUID;
import org.coplan.shared.web.NotFound;
import org.coplan.strategic.domain.PollState;
import org.coplan.strategic.internal.Polls;
import org.coplan.strategic.internal.Polls.Poll;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An area's closed polls and consultations for anyone, without signing in: the questions, the
 * results with small numbers suppressed, what was decided, by whom, and when it will be looked at
 * again. Nothing names a member; open polls and drafts are not found here.
 */
@Controller
class PublicPollsController {

    private final Polls polls;

    PublicPollsController(Polls polls) {
        this.polls = polls;
    }

    @GetMapping("/area/{laId}/polls")
    String showList(@PathVariable UUID laId, Model model) {
        model.addAttribute("authority", polls.authority(laId));
        model.addAttribute("polls", polls.closedInArea(laId));
        return "strategic/polls/public-list";
    }

    @GetMapping("/area/{laId}/polls/{id}")
    String showOne(@PathVariable UUID laId, @PathVariable UUID id, Model model) {
        Poll p = polls.poll(id);
        if (!p.localAuthorityId().equals(laId) || p.state(polls.now()) != PollState.CLOSED) {
            throw new NotFound();
        }
        model.addAttribute("authority", polls.authority(laId));
        model.addAttribute("poll", p);
        model.addAttribute("results", polls.results(p));
        model.addAttribute("answerCount", polls.answerCount(id));
        model.addAttribute("smallestShown", polls.smallestShown());
        model.addAttribute("others", List.of());
        return "strategic/polls/public-poll";
    }
}
