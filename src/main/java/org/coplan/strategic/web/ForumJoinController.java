package org.coplan.strategic.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coplan.people.Organisation;
import org.coplan.people.PasswordRule;
import org.coplan.people.PersonId;
import org.coplan.people.SignedInPerson;
import org.coplan.shared.web.FormErrors;
import org.coplan.strategic.domain.JoinRules;
import org.coplan.strategic.domain.JoinRules.Reach;
import org.coplan.strategic.domain.JoinRules.Channel;
import org.coplan.strategic.domain.Topic;
import org.coplan.strategic.internal.ForumJoining;
import org.coplan.strategic.internal.ForumJoining.AlreadyMember;
import org.coplan.strategic.internal.ForumJoining.Outcome;
import org.coplan.strategic.internal.ForumJoining.Pending;
import org.coplan.strategic.internal.ForumJoining.NotSentAgain;
import org.coplan.strategic.internal.ForumJoining.Sent;
import org.coplan.strategic.internal.ForumJoining.WasRemoved;
import org.coplan.strategic.internal.Polls;
import org.coplan.shared.web.NotFound;
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
 * Joining a parent carer forum online, with no sign-in: the form, the emailed link, and choosing a
 * password (or signing in, for someone who has an account already, such as a parent on a case).
 * Nothing of any case is read or changed.
 */
@Controller
class ForumJoinController {

    private final ForumJoining joining;
    private final MessageSource messages;
    private final SessionRefresh sessions;

    ForumJoinController(ForumJoining joining, MessageSource messages, SessionRefresh sessions) {
        this.joining = joining;
        this.messages = messages;
        this.sessions = sessions;
    }

    /** What was typed on the form to join, kept on every error. */
    record Typed(String forum, String name, String email, List<String> topics, String channel, String mobile) {}

    @GetMapping("/forum/join")
    String showJoin(@RequestParam(required = false) String forum, Model model) {
        List<Organisation> forums = forums();
        String chosen = forums.size() == 1 ? forums.get(0).id().value().toString()
                : forums.stream().map(f -> f.id().value().toString()).filter(id -> id.equals(forum)).findFirst().orElse("");
        return joinPage(forums, new Typed(chosen, "", "", List.of(), "EMAIL", ""), new FormErrors(), model);
    }

    @GetMapping(value = "/forum/join", params = "sent")
    String showSent() {
        return "strategic/forum-join-sent";
    }

    @PostMapping("/forum/join")
    String submitJoin(@RequestParam(defaultValue = "") String forum, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email, @RequestParam(required = false) List<String> topics,
            @RequestParam(defaultValue = "") String channel, @RequestParam(defaultValue = "") String mobile,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        List<Organisation> forums = forums();
        Typed typed = new Typed(forums.size() == 1 ? forums.get(0).id().value().toString() : forum, name, email,
                topics == null ? List.of() : topics, channel, mobile);
        FormErrors errors = new FormErrors();
        Optional<Organisation> chosen = forums.stream().filter(f -> f.id().value().toString().equals(typed.forum())).findFirst();
        if (chosen.isEmpty()) {
            errors.add("forum", "forummember.error.forumRequired");
        }
        Optional.ofNullable(JoinRules.nameProblem(name)).ifPresent(k -> errors.add("name", k, JoinRules.MAX_NAME));
        Optional.ofNullable(JoinRules.emailProblem(email)).ifPresent(k -> errors.add("email", k));
        Reach reach = JoinRules.reach(channel, mobile);
        if (reach.problem() != null) {
            errors.add(reach.field(), reach.problem());
        }
        Channel how = reach.channel();
        String number = reach.mobile();
        if (!errors.any()) {
            Set<Topic> chosenTopics = JoinRules.topics(typed.topics());
            Outcome outcome = joining.join(chosen.get().id().value(), name, email, chosenTopics, how, number);
            boolean own = who != null && who.email().equalsIgnoreCase(JoinRules.email(email));
            if (!(outcome instanceof Sent) && own) {
                // signed in with this very address: its owner is told here as well as by email
                switch (outcome) {
                    case AlreadyMember a -> errors.add("email", "forummember.error.alreadyMember", chosen.get().name());
                    case WasRemoved r -> errors.add("email", "forummember.error.removed", chosen.get().name());
                    case NotSentAgain held -> errors.add("email", "forummember.error.linksHeld", chosen.get().name(), Polls.when(held.from()),
                            joining.linksPerHour());
                    default -> errors.add("email", "forummember.error.waiting", chosen.get().name());
                }
            } else {
                // anyone else sees the same page whatever became of the request, so typing an address
                // says nothing about whether its owner is in the forum; the email says what to do next
                redirect.addFlashAttribute("sentTo", JoinRules.email(email));
                redirect.addFlashAttribute("linkDays", joining.linkDays());
                redirect.addFlashAttribute("perHour", joining.linksPerHour());
                return "redirect:/forum/join?sent";
            }
        }
        return joinPage(forums, typed, errors, model);
    }

    @GetMapping("/forum/join/{token}")
    String showLink(@PathVariable String token, Model model) {
        Optional<Pending> pending = joining.pending(token);
        if (pending.isEmpty()) {
            return "strategic/forum-join-expired";
        }
        return linkPage(token, pending.get(), new FormErrors(), model);
    }

    @PostMapping("/forum/join/{token}")
    String submitPassword(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirm, Model model, HttpServletRequest request, HttpServletResponse response) {
        Optional<Pending> pending = joining.pending(token);
        if (pending.isEmpty()) {
            return "strategic/forum-join-expired";
        }
        if (joining.hasAccount(pending.get().entry().email())) {
            return linkPage(token, pending.get(), new FormErrors(), model);
        }
        FormErrors errors = new FormErrors();
        PasswordRule.problem(password, pending.get().entry().name(), pending.get().entry().email())
                .ifPresent(key -> errors.add("password", key, PasswordRule.MINIMUM_LENGTH));
        if (!errors.has("password") && !password.equals(confirm)) {
            errors.add("confirm", "password.mismatch");
        }
        if (errors.any()) {
            return linkPage(token, pending.get(), errors, model);
        }
        Optional<PersonId> person = joining.verifyAsNewPerson(token, password);
        if (person.isEmpty()) {
            return "strategic/forum-join-expired";
        }
        sessions.signIn(pending.get().entry().email(), request, response, true);
        return "redirect:/forum";
    }

    /** Someone who has an account signs in first (this page needs it), then confirms. */
    @GetMapping("/forum/joining/{token}")
    String showConfirm(@PathVariable String token, @AuthenticationPrincipal SignedInPerson who, Model model) {
        Optional<Pending> pending = joining.pending(token);
        if (pending.isEmpty()) {
            return "strategic/forum-join-expired";
        }
        model.addAttribute("token", token);
        model.addAttribute("pending", pending.get());
        model.addAttribute("otherEmail", !who.email().equalsIgnoreCase(pending.get().entry().email()));
        return "strategic/forum-join-confirm";
    }

    @PostMapping("/forum/joining/{token}")
    String submitConfirm(@PathVariable String token, @AuthenticationPrincipal SignedInPerson who, HttpServletRequest request,
            HttpServletResponse response) {
        if (!joining.verifyAsSignedIn(token, who.id())) {
            return "strategic/forum-join-expired";
        }
        // the session's roles were read at sign-in: read them again, so the home page links to the forum
        sessions.signIn(who.email(), request, response, false);
        return "redirect:/forum";
    }

    private String linkPage(String token, Pending pending, FormErrors errors, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("pending", pending);
        model.addAttribute("hasAccount", joining.hasAccount(pending.entry().email()));
        model.addAttribute("errors", errors);
        return "strategic/forum-join-link";
    }

    private String joinPage(List<Organisation> forums, Typed typed, FormErrors errors, Model model) {
        model.addAttribute("forums", forums);
        model.addAttribute("forumOptions", forums.stream().map(f -> new String[] {f.id().value().toString(), f.name()}).toList());
        model.addAttribute("onlyForum", forums.size() == 1 ? forums.get(0) : null);
        model.addAttribute("topicOptions", topicOptions(messages));
        model.addAttribute("channelOptions", channelOptions(messages));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("linkDays", joining.linkDays());
        return "strategic/forum-join";
    }

    private List<Organisation> forums() {
        List<Organisation> forums = joining.forums();
        if (forums.isEmpty()) {
            throw new NotFound();
        }
        return forums;
    }

    static List<String[]> topicOptions(MessageSource messages) {
        List<String[]> options = new ArrayList<>();
        for (Topic t : Topic.values()) {
            options.add(new String[] {t.name(), messages.getMessage("topic." + t.name(), null, Locale.UK)});
        }
        return options;
    }

    static List<String[]> channelOptions(MessageSource messages) {
        List<String[]> options = new ArrayList<>();
        for (Channel c : Channel.values()) {
            options.add(new String[] {c.name(), messages.getMessage("forummember.channel." + c.name(), null, Locale.UK)});
        }
        return options;
    }
}
