package org.coplan.strategic.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coplan.people.Organisation;
import org.coplan.people.SignedInPerson;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.coplan.strategic.domain.ForumSeat;
import org.coplan.strategic.domain.JoinRules;
import org.coplan.strategic.domain.JoinRules.Reach;
import org.coplan.strategic.domain.JoinRules.Channel;
import org.coplan.strategic.domain.Topic;
import org.coplan.strategic.internal.ForumJoining;
import org.coplan.strategic.internal.ForumJoining.Change;
import org.coplan.strategic.internal.ForumJoining.Conflict;
import org.coplan.strategic.internal.ForumJoining.Entry;
import org.coplan.strategic.internal.ForumMembers;
import org.springframework.beans.factory.annotation.Value;
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
 * A member's own details (topics, how they are told, leaving), and the forum officers' list of
 * members, where they remove a member with a reason the member is told. Who may do what is asked of
 * the {@link ForumSeat}.
 */
@Controller
class ForumMembershipController {

    static final String LEFT = "Left the forum";

    private final ForumJoining joining;
    private final ForumMembers members;
    private final MessageSource messages;
    private final Clock clock;
    private final int smallestShown;

    ForumMembershipController(ForumJoining joining, ForumMembers members, MessageSource messages, Clock clock,
            @Value("${coplan.measures.smallest-shown:5}") int smallestShown) {
        this.joining = joining;
        this.members = members;
        this.messages = messages;
        this.clock = clock;
        this.smallestShown = smallestShown;
    }

    @GetMapping("/forum/membership")
    String showMembership(@RequestParam(required = false) UUID member, @AuthenticationPrincipal SignedInPerson who, Model model) {
        List<Entry> mine = joining.membershipsOf(who.id());
        Optional<Entry> shown = mine.stream().filter(e -> member == null || e.id().equals(member)).findFirst();
        if (shown.isEmpty()) {
            return membershipPage(mine, null, null, new FormErrors(), null, model);
        }
        Entry e = shown.get();
        return membershipPage(mine, e, typedOf(e), new FormErrors(), null, model);
    }

    /** What was typed on "Your details", kept on every error. */
    record Typed(int version, List<String> topics, String channel, String mobile) {}

    @PostMapping("/forum/membership")
    String submitMembership(@RequestParam UUID member, @RequestParam int version, @RequestParam(required = false) List<String> topics,
            @RequestParam(defaultValue = "") String channel, @RequestParam(defaultValue = "") String mobile,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        Entry own = joining.ownMembership(who.id(), member);
        Typed typed = new Typed(version, topics == null ? List.of() : topics, channel, mobile);
        FormErrors errors = new FormErrors();
        Reach reach = JoinRules.reach(channel, mobile);
        if (reach.problem() != null) {
            errors.add(reach.field(), reach.problem());
        }
        Channel how = reach.channel();
        String number = reach.mobile();
        Entry conflict = null;
        if (!errors.any()) {
            Change change = joining.changeDetails(who.id(), member, version, JoinRules.topics(typed.topics()), how, number);
            if (change instanceof Conflict c) {
                conflict = c.current();
                errors.add("topics", "forummember.error.changedMeanwhile");
                // the form now carries the newer version: saving again is a choice made with both in view
                typed = new Typed(c.current().version(), typed.topics(), typed.channel(), typed.mobile());
            }
        }
        if (errors.any()) {
            return membershipPage(joining.membershipsOf(who.id()), conflict == null ? own : conflict, typed, errors, conflict, model);
        }
        redirect.addFlashAttribute("done", "forummember.done.changed");
        return "redirect:/forum/membership?member=" + member;
    }

    @PostMapping("/forum/membership/leave")
    String submitLeave(@RequestParam UUID member, @AuthenticationPrincipal SignedInPerson who, RedirectAttributes redirect) {
        Entry own = joining.ownMembership(who.id(), member);
        joining.leave(who.id(), member, LEFT, who.displayName());
        redirect.addFlashAttribute("done", "forummember.done.left");
        redirect.addFlashAttribute("doneArg", members.forum(own.forumId()).name());
        return "redirect:/forum/membership";
    }

    private String membershipPage(List<Entry> mine, Entry shown, Typed typed, FormErrors errors, Entry conflict, Model model) {
        model.addAttribute("memberships", mine.stream().map(e -> new Named(e, members.forum(e.forumId()))).toList());
        model.addAttribute("shown", shown);
        model.addAttribute("shownForum", shown == null ? null : members.forum(shown.forumId()));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("topicOptions", ForumJoinController.topicOptions(messages));
        model.addAttribute("channelOptions", ForumJoinController.channelOptions(messages));
        model.addAttribute("zone", clock.getZone());
        return "strategic/forum-membership";
    }

    /** A membership with its forum. */
    record Named(Entry entry, Organisation forum) {}

    private static Typed typedOf(Entry e) {
        return new Typed(e.version(), e.topics().stream().map(Topic::name).toList(), e.channel(), e.mobile() == null ? "" : e.mobile());
    }

    // ---- the forum's officers ----

    /** A topic's count of members, or null when it is under the smallest figure shown. */
    record TopicCount(Topic topic, Integer count) {}

    @GetMapping("/forum/{forumId}/members")
    String showMembers(@PathVariable UUID forumId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        Organisation forum = officersForum(who, forumId);
        List<Entry> everyone = joining.everyone(forumId);
        model.addAttribute("forum", forum);
        model.addAttribute("verified", everyone.stream().filter(e -> "MEMBER".equals(e.status())).toList());
        model.addAttribute("waiting", everyone.stream().filter(e -> "WAITING".equals(e.status())).toList());
        model.addAttribute("removed", everyone.stream().filter(e -> "REMOVED".equals(e.status())).toList());
        Map<Topic, Integer> counts = members.countsByTopic(forumId);
        model.addAttribute("topicCounts", counts.entrySet().stream()
                .map(c -> new TopicCount(c.getKey(), c.getValue() < smallestShown ? null : c.getValue())).toList());
        model.addAttribute("smallestShown", smallestShown);
        model.addAttribute("zone", clock.getZone());
        return "strategic/forum-members";
    }

    @GetMapping("/forum/{forumId}/members/{memberId}")
    String showRemove(@PathVariable UUID forumId, @PathVariable UUID memberId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        Organisation forum = officersForum(who, forumId);
        Entry entry = joining.entryOf(forumId, memberId);
        return removePage(forum, entry, entry.version(), "", new FormErrors(), model);
    }

    @PostMapping("/forum/{forumId}/members/{memberId}/remove")
    String submitRemove(@PathVariable UUID forumId, @PathVariable UUID memberId, @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) {
        Organisation forum = officersForum(who, forumId);
        Entry entry = joining.entryOf(forumId, memberId);
        FormErrors errors = new FormErrors();
        Optional.ofNullable(JoinRules.reasonProblem(reason)).ifPresent(k -> errors.add("reason", k, JoinRules.MAX_REASON));
        if (!errors.any() && joining.remove(who, forumId, memberId, version, reason) instanceof Conflict c) {
            entry = c.current();
            errors.add("reason", "REMOVED".equals(c.current().status())
                    ? "forummember.error.removedMeanwhile" : "forummember.error.changedMeanwhileOfficer",
                    c.current().removedByName() == null ? "" : c.current().removedByName());
        }
        if (errors.any()) {
            return removePage(forum, entry, entry.version(), reason, errors, model);
        }
        redirect.addFlashAttribute("done", "forummember.done.removed");
        redirect.addFlashAttribute("doneArg", entry.name());
        return "redirect:/forum/" + forumId + "/members";
    }

    private String removePage(Organisation forum, Entry entry, int version, String reason, FormErrors errors, Model model) {
        model.addAttribute("forum", forum);
        model.addAttribute("entry", entry);
        model.addAttribute("version", version);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("zone", clock.getZone());
        return "strategic/forum-member-remove";
    }

    private Organisation officersForum(SignedInPerson who, UUID forumId) {
        Organisation forum = members.forum(forumId);
        if (!members.seat(who, forumId).mayManageMembers()) {
            throw new NotFound();
        }
        return forum;
    }
}
