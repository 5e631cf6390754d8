package org.coplan.strategic.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coplan.people.SignedInPerson;
import org.coplan.shared.web.DateFields;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.coplan.strategic.domain.ForumSeat;
import org.coplan.strategic.domain.PollRules;
import org.coplan.strategic.domain.PollRules.Problem;
import org.coplan.strategic.domain.PollState;
import org.coplan.strategic.domain.QuestionKind;
import org.coplan.strategic.domain.Rung;
import org.coplan.strategic.domain.Topic;
import org.coplan.strategic.internal.ForumMembers;
import org.coplan.strategic.internal.Polls;
import org.coplan.strategic.internal.Polls.AlreadyAnswered;
import org.coplan.strategic.internal.Polls.Answer;
import org.coplan.strategic.internal.Polls.Answered;
import org.coplan.strategic.internal.Polls.ClosedMeanwhile;
import org.coplan.strategic.internal.Polls.Poll;
import org.coplan.strategic.internal.Polls.Question;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A forum's polls and consultations for signed-in people: officers write, open, remind, close and
 * record the outcome; the members each was sent to answer it once, on one page, and see its results.
 * Every check is a {@link ForumSeat} rule; anyone else gets "Page not found".
 */
@Controller
class PollsController {

    private final Polls polls;
    private final ForumMembers members;

    PollsController(Polls polls, ForumMembers members) {
        this.polls = polls;
        this.members = members;
    }

    // ---- writing and opening

    @GetMapping("/forum/polls/new")
    String showNew(@RequestParam(required = false) UUID forum, @RequestParam(defaultValue = "false") boolean consultation,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        UUID forumId = runningForum(who, forum);
        return formPage(forumId, null, PollForm.blank(consultation), new FormErrors(), model);
    }

    @PostMapping("/forum/polls/new")
    String submitNew(@RequestParam(required = false) UUID forum, @RequestParam MultiValueMap<String, String> params,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        UUID forumId = runningForum(who, forum);
        PollForm form = PollForm.read(params);
        if (slotAdded(form, params)) {
            return formPage(forumId, null, form, new FormErrors(), model);
        }
        FormErrors errors = check(form);
        if (errors.any()) {
            return formPage(forumId, null, form, errors, model);
        }
        UUID id = polls.create(who, forumId, form.consultation, form.title, form.introduction, form.topicValue(), form.closesAt(),
                "yes".equals(form.anonymous), "yes".equals(form.resultsHidden), form.rungValue(), form.drafts());
        redirect.addFlashAttribute("done", "poll.saved");
        return "redirect:/forum/polls/" + id;
    }

    @GetMapping("/forum/polls/{id}/edit")
    String showEdit(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson who, Model model) {
        Poll p = runnable(who, id);
        if (p.opened()) {
            return "redirect:/forum/polls/" + id;
        }
        return formPage(p.forumId(), p, PollForm.of(p), new FormErrors(), model);
    }

    @PostMapping("/forum/polls/{id}/edit")
    String submitEdit(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal SignedInPerson who,
            Model model, RedirectAttributes redirect) {
        Poll p = runnable(who, id);
        PollForm form = PollForm.read(params);
        form.consultation = p.consultation();
        if (p.opened()) {
            redirect.addFlashAttribute("done", "poll.alreadyOpened");
            return "redirect:/forum/polls/" + id;
        }
        if (slotAdded(form, params)) {
            return formPage(p.forumId(), p, form, new FormErrors(), model);
        }
        FormErrors errors = check(form);
        if (!errors.any() && !polls.update(id, form.version, form.title, form.introduction, form.topicValue(), form.closesAt(),
                "yes".equals(form.anonymous), "yes".equals(form.resultsHidden), form.rungValue(), form.drafts())) {
            Poll now = polls.poll(id);
            if (now.opened()) {
                redirect.addFlashAttribute("done", "poll.alreadyOpened");
                return "redirect:/forum/polls/" + id;
            }
            // someone saved it meanwhile: show what they saved beside what was typed, and save over it only on purpose
            model.addAttribute("conflict", PollForm.of(now));
            form.version = now.version();
            errors.add("title", "poll.error.conflict");
        }
        if (errors.any()) {
            return formPage(p.forumId(), p, form, errors, model);
        }
        redirect.addFlashAttribute("done", "poll.saved");
        return "redirect:/forum/polls/" + id;
    }

    @PostMapping("/forum/polls/{id}/open")
    String submitOpen(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson who, RedirectAttributes redirect) {
        Poll p = runnable(who, id);
        if (p.opened()) {
            redirect.addFlashAttribute("done", "poll.alreadyOpened");
        } else if (!polls.open(who, id)) {
            redirect.addFlashAttribute("refused", "poll.error.openPast");
        } else {
            redirect.addFlashAttribute("done", "poll.opened");
            redirect.addFlashAttribute("doneArg", polls.audience(p).size());
        }
        return "redirect:/forum/polls/" + id;
    }

    // ---- answering

    @GetMapping("/forum/polls/{id}")
    String showPoll(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson who, Model model) {
        Poll p = polls.poll(id);
        ForumSeat seat = members.seat(who, p.forumId());
        if (!p.opened()) {
            if (!seat.mayRunPolls()) {
                throw new NotFound();
            }
        } else if (!seat.maySeePoll(polls.inAudience(who, p))) {
            throw new NotFound();
        }
        return pollPage(p, seat, who, polls.ownAnswers(who, p), new FormErrors(), model);
    }

    @PostMapping("/forum/polls/{id}")
    String submitAnswer(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal SignedInPerson who,
            Model model, RedirectAttributes redirect) {
        Poll p = polls.poll(id);
        ForumSeat seat = members.seat(who, p.forumId());
        if (!p.opened() || !seat.mayAnswerPoll(polls.inAudience(who, p))) {
            throw new NotFound();
        }
        List<Question> questions = p.questions();
        Map<String, Object> typed = new LinkedHashMap<>();
        Map<UUID, Answer> answers = new LinkedHashMap<>();
        FormErrors errors = new FormErrors();
        for (Question q : questions) {
            String field = "q" + q.id();
            List<String> values = params.getOrDefault(field, List.of());
            Set<Integer> choices = new HashSet<>();
            String text = null;
            if (q.kind() == QuestionKind.FREE_TEXT) {
                text = values.isEmpty() ? "" : values.getFirst();
                typed.put(field, text);
            } else {
                for (String v : values) {
                    try {
                        choices.add(Integer.parseInt(v));
                    } catch (NumberFormatException e) {
                        choices.add(-1);
                    }
                }
                typed.put(field, values);
            }
            int optionCount = q.kind() == QuestionKind.SCALE ? PollRules.SCALE_TOP : q.options().size();
            Problem problem = PollRules.checkAnswer(field, q.kind(), optionCount, choices, text);
            if (problem != null) {
                errors.add(problem.field(), problem.key(), problem.args());
            }
            answers.put(q.id(), new Answer(choices, text));
        }
        if (p.state(polls.now()) == PollState.CLOSED) {
            return pollPage(p, seat, who, typed, new FormErrors().add(first(questions), "poll.error.closed", Polls.when(p.closedAt())), model);
        }
        if (polls.hasAnswered(who, p)) {
            return pollPage(p, seat, who, typed, new FormErrors().add(first(questions), "poll.error.twice"), model);
        }
        if (errors.any()) {
            return pollPage(p, seat, who, typed, errors, model);
        }
        Answered result = polls.answer(who, id, answers);
        if (result instanceof ClosedMeanwhile) {
            return pollPage(p, seat, who, typed, new FormErrors().add(first(questions), "poll.error.closed", Polls.when(p.closedAt())), model);
        }
        if (result instanceof AlreadyAnswered) {
            return pollPage(p, seat, who, typed, new FormErrors().add(first(questions), "poll.error.twice"), model);
        }
        redirect.addFlashAttribute("done", "poll.thanks");
        return "redirect:/forum/polls/" + id;
    }

    // ---- results, reminders, closing, outcome

    @GetMapping("/forum/polls/{id}/results")
    String showResults(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson who, Model model) {
        Poll p = polls.poll(id);
        ForumSeat seat = members.seat(who, p.forumId());
        if (!p.opened() || !seat.maySeePoll(polls.inAudience(who, p))) {
            throw new NotFound();
        }
        PollState state = p.state(polls.now());
        boolean hidden = p.resultsHidden() && state != PollState.CLOSED;
        model.addAttribute("poll", p);
        model.addAttribute("state", state.name());
        model.addAttribute("seat", seat);
        model.addAttribute("hidden", hidden);
        model.addAttribute("answerCount", polls.answerCount(id));
        model.addAttribute("results", hidden ? List.of() : polls.results(p));
        model.addAttribute("smallestShown", polls.smallestShown());
        return "strategic/polls/results";
    }

    @PostMapping("/forum/polls/{id}/remind")
    String submitRemind(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson who, RedirectAttributes redirect) {
        Poll p = runnable(who, id);
        if (p.state(polls.now()) != PollState.OPEN) {
            redirect.addFlashAttribute("refused", "poll.error.remindNotOpen");
        } else {
            redirect.addFlashAttribute("done", "poll.reminded");
            redirect.addFlashAttribute("doneArg", polls.remind(id, who.displayName()));
        }
        return "redirect:/forum/polls/" + id;
    }

    @PostMapping("/forum/polls/{id}/close")
    String submitClose(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson who, RedirectAttributes redirect) {
        runnable(who, id);
        if (polls.closeEarly(who, id)) {
            redirect.addFlashAttribute("done", "poll.closedEarly");
        } else {
            redirect.addFlashAttribute("refused", "poll.error.closeNotOpen");
        }
        return "redirect:/forum/polls/" + id;
    }

    @GetMapping("/forum/polls/{id}/outcome")
    String showOutcome(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        Poll p = runnable(who, id);
        if (p.state(polls.now()) != PollState.CLOSED) {
            redirect.addFlashAttribute("refused", "poll.error.outcomeNotClosed");
            return "redirect:/forum/polls/" + id;
        }
        String day = "";
        String month = "";
        String year = "";
        if (p.reviewOn() != null) {
            day = String.valueOf(p.reviewOn().getDayOfMonth());
            month = String.valueOf(p.reviewOn().getMonthValue());
            year = String.valueOf(p.reviewOn().getYear());
        }
        return outcomePage(p, p.decided() == null ? "" : p.decided(), p.decidedBy() == null ? "" : p.decidedBy(), day, month, year,
                p.version(), new FormErrors(), model);
    }

    @PostMapping("/forum/polls/{id}/outcome")
    String submitOutcome(@PathVariable UUID id, @RequestParam(defaultValue = "") String decided, @RequestParam(defaultValue = "") String decidedBy,
            @RequestParam(defaultValue = "") String reviewDay, @RequestParam(defaultValue = "") String reviewMonth,
            @RequestParam(defaultValue = "") String reviewYear, @RequestParam(defaultValue = "0") int version,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        Poll p = runnable(who, id);
        if (p.state(polls.now()) != PollState.CLOSED) {
            redirect.addFlashAttribute("refused", "poll.error.outcomeNotClosed");
            return "redirect:/forum/polls/" + id;
        }
        DateFields.Result review = DateFields.parse(reviewDay, reviewMonth, reviewYear);
        FormErrors errors = new FormErrors();
        for (Problem problem : PollRules.checkOutcome(decided, decidedBy, review.date(), review.ok(), LocalDate.now(polls.clock()))) {
            errors.add(problem.field(), problem.key(), problem.args());
        }
        if (!errors.any() && !polls.recordOutcome(who, id, version, decided, decidedBy, review.date())) {
            Poll now = polls.poll(id);
            errors.add("decided", "poll.error.outcomeConflict", now.decided() == null ? "" : now.decided());
            version = now.version();
        }
        if (errors.any()) {
            return outcomePage(p, decided, decidedBy, reviewDay, reviewMonth, reviewYear, version, errors, model);
        }
        redirect.addFlashAttribute("done", "poll.outcomeRecorded");
        return "redirect:/forum/polls/" + id;
    }

    // ---- pages

    private String formPage(UUID forumId, Poll existing, PollForm form, FormErrors errors, Model model) {
        model.addAttribute("forumId", forumId);
        model.addAttribute("existing", existing);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("rungs", Rung.values());
        model.addAttribute("topics", Topic.values());
        model.addAttribute("maxParts", PollRules.MAX_PARTS);
        model.addAttribute("maxQuestions", PollRules.MAX_QUESTIONS);
        return "strategic/polls/form";
    }

    private String pollPage(Poll p, ForumSeat seat, SignedInPerson who, Map<String, Object> typed, FormErrors errors, Model model) {
        PollState state = p.state(polls.now());
        model.addAttribute("poll", p);
        model.addAttribute("state", state.name());
        model.addAttribute("seat", seat);
        model.addAttribute("mayAnswer", p.opened() && seat.mayAnswerPoll(polls.inAudience(who, p)));
        model.addAttribute("answered", polls.hasAnswered(who, p));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("closesOn", Polls.when(p.closedAt()));
        if (seat.mayRunPolls()) {
            model.addAttribute("answerCount", polls.answerCount(p.id()));
            model.addAttribute("audienceCount", p.opened() ? polls.audience(p).size() : 0);
            model.addAttribute("reminders", polls.reminders(p.id()));
        }
        return "strategic/polls/poll";
    }

    private String outcomePage(Poll p, String decided, String decidedBy, String day, String month, String year, int version, FormErrors errors,
            Model model) {
        model.addAttribute("poll", p);
        model.addAttribute("decided", decided);
        model.addAttribute("decidedBy", decidedBy);
        model.addAttribute("reviewDay", day);
        model.addAttribute("reviewMonth", month);
        model.addAttribute("reviewYear", year);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        return "strategic/polls/outcome";
    }

    // ---- checks

    /** The forum the person runs polls for: the one asked for, or their first; not found when they run none. */
    private UUID runningForum(SignedInPerson who, UUID forum) {
        if (forum != null) {
            if (!members.seat(who, forum).mayRunPolls()) {
                throw new NotFound();
            }
            return forum;
        }
        return members.seats(who).stream().filter(ForumSeat::mayRunPolls).map(ForumSeat::forumId).findFirst().orElseThrow(NotFound::new);
    }

    private Poll runnable(SignedInPerson who, UUID id) {
        Poll p = polls.poll(id);
        if (!members.seat(who, p.forumId()).mayRunPolls()) {
            throw new NotFound();
        }
        return p;
    }

    private static String first(List<Question> questions) {
        return questions.isEmpty() ? "answers" : "q" + questions.getFirst().id();
    }

    private static boolean slotAdded(PollForm form, MultiValueMap<String, String> params) {
        String action = params.getFirst("action");
        if (action == null || !form.consultation) {
            return false;
        }
        if (action.equals("addPart")) {
            form.addPart();
            return true;
        }
        if (action.startsWith("addQuestion")) {
            try {
                form.addQuestion(Integer.parseInt(action.substring("addQuestion".length())));
            } catch (NumberFormatException e) {
                // not one of the form's buttons: nothing to add
            }
            return true;
        }
        return false;
    }

    private FormErrors check(PollForm form) {
        FormErrors errors = new FormErrors();
        var closesAt = form.closesAt();
        for (Problem problem : PollRules.checkDraft(form.title, form.consultation, form.drafts(), closesAt, closesAt != null, form.rungValue(),
                polls.now())) {
            errors.add(problem.field(), problem.key(), problem.args());
        }
        if (form.consultation && form.introduction.length() > PollRules.MAX_DOCUMENT) {
            errors.add("introduction", "poll.error.documentLong", PollRules.MAX_DOCUMENT);
        }
        if (!form.topic.isBlank() && form.topicValue() == null) {
            errors.add("topic", "poll.error.topic");
        }
        return errors;
    }
}
