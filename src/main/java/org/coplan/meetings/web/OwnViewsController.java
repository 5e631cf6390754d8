package org.coplan.meetings.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseRole;
import org.coplan.meetings.domain.MeetingAction;
import org.coplan.meetings.domain.Outcome;
import org.coplan.meetings.domain.Refusal;
import org.coplan.meetings.internal.FamilyVoice;
import org.coplan.meetings.internal.FamilyVoice.Answers;
import org.coplan.meetings.internal.FamilyVoice.ViewsSave;
import org.coplan.meetings.internal.MeetingAccess;
import org.coplan.meetings.internal.MeetingAccess.MeetingCase;
import org.coplan.meetings.internal.MeetingWork;
import org.coplan.meetings.internal.MeetingWork.Invitee;
import org.coplan.meetings.internal.Meetings.Meeting;
import org.coplan.meetings.internal.OwnViewRevisions.OwnView;
import org.coplan.people.SignedInPerson;
import org.coplan.shared.web.FormErrors;
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
 * Views before a meeting, in the family's own words: each family member's "my views" form (what is
 * going well, what is hard, what they want to happen, their questions), confirming or correcting views a
 * lead recorded for them, a lead recording views on someone's behalf, and a lead's note beside them.
 */
@Controller
class OwnViewsController {

    static final int MAX_ANSWER = 5_000;
    static final int MAX_NOTE = 5_000;
    static final List<String> QUESTIONS = List.of("goingWell", "hard", "wanted", "questions");
    private static final String MEETING = RecordController.MEETING;

    private final MeetingAccess access;
    private final MeetingWork work;
    private final FamilyVoice voice;
    private final MessageSource messages;

    OwnViewsController(MeetingAccess access, MeetingWork work, FamilyVoice voice, MessageSource messages) {
        this.access = access;
        this.work = work;
        this.voice = voice;
        this.messages = messages;
    }

    // ---- a family member's own views

    /** The address in invitations, which names no case: opens the views form on the meeting's case. */
    @GetMapping("/meetings/{meetingId}/my-views")
    String showInvitationLink(@PathVariable UUID meetingId, @AuthenticationPrincipal SignedInPerson who) {
        UUID caseId = access.caseOfMeeting(who.id(), meetingId);
        return "redirect:/cases/" + caseId + "/meetings/" + meetingId + "/my-views";
    }

    @GetMapping(MEETING + "/my-views")
    String showMine(@PathVariable UUID caseId, @PathVariable UUID meetingId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.WRITE_FAMILY_ACCOUNT);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        UUID me = voice.memberOf(mc).orElseThrow(NotFound::new);
        OwnView current = voice.viewsOf(meeting, me).orElse(null);
        return minePage(mc, meeting, me, answers(current), current, null, new FormErrors(), model);
    }

    @PostMapping(MEETING + "/my-views")
    String submitMine(@PathVariable UUID caseId, @PathVariable UUID meetingId, @RequestParam(defaultValue = "") String goingWell,
            @RequestParam(defaultValue = "") String hard, @RequestParam(defaultValue = "") String wanted,
            @RequestParam(defaultValue = "") String questions, @RequestParam(required = false) UUID basedOn,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.WRITE_FAMILY_ACCOUNT);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        UUID me = voice.memberOf(mc).orElseThrow(NotFound::new);
        String[] typed = {goingWell, hard, wanted, questions};
        FormErrors errors = check(typed);
        OwnView current = voice.viewsOf(meeting, me).orElse(null);
        if (errors.any()) {
            return minePage(mc, meeting, me, typed, current, basedOn, errors, model);
        }
        Outcome<ViewsSave> outcome = voice.writeOwn(mc, meeting, me, new Answers(goingWell, hard, wanted, questions), basedOn);
        if (!(outcome instanceof Outcome.Done<ViewsSave> done)) {
            MeetingPages.refusals(errors, outcome.reasons(), r -> "goingWell");
            return minePage(mc, meeting, me, typed, current, basedOn, errors, model);
        }
        if (done.event() instanceof ViewsSave.Conflict conflict) {
            model.addAttribute("conflict", conflict.current());
            return minePage(mc, meeting, me, typed, conflict.current(), conflict.current() == null ? null : conflict.current().id(),
                    errors, model);
        }
        redirect.addFlashAttribute("done", "views.saved");
        return "redirect:/cases/" + caseId + "/meetings/" + meetingId + "#own-views";
    }

    @PostMapping(MEETING + "/my-views/confirm")
    String submitConfirm(@PathVariable UUID caseId, @PathVariable UUID meetingId, @RequestParam(required = false) UUID revision,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.WRITE_FAMILY_ACCOUNT);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        UUID me = voice.memberOf(mc).orElseThrow(NotFound::new);
        Outcome<Boolean> outcome = voice.confirmOwn(mc, meeting, me, revision);
        if (!outcome.isDone()) {
            OwnView current = voice.viewsOf(meeting, me).orElse(null);
            FormErrors errors = new FormErrors();
            MeetingPages.refusals(errors, outcome.reasons(), r -> "goingWell");
            return minePage(mc, meeting, me, answers(current), current, null, errors, model);
        }
        redirect.addFlashAttribute("done", "views.confirmed");
        return "redirect:/cases/" + caseId + "/meetings/" + meetingId + "#own-views";
    }

    private String minePage(MeetingCase mc, Meeting meeting, UUID me, String[] typed, OwnView current, UUID basedOn, FormErrors errors,
            Model model) {
        MeetingPages.common(mc, model);
        page(mc, meeting, typed, errors, model);
        model.addAttribute("current", current);
        model.addAttribute("basedOn", basedOn != null ? basedOn : current == null ? null : current.id());
        List<Refusal> closed = voice.whyOwnViewsClosed(meeting, me);
        model.addAttribute("closed", closed.isEmpty() ? null : MeetingPages.sentence(closed.get(0), messages));
        model.addAttribute("action", "/cases/" + mc.caseId() + "/meetings/" + meeting.id() + "/my-views");
        model.addAttribute("onBehalf", false);
        access.recordView(mc, "Views before a meeting: my views");
        return "meetings/my-views";
    }

    // ---- a lead records views on someone's behalf

    @GetMapping(MEETING + "/views-for")
    String showOnBehalf(@PathVariable UUID caseId, @PathVariable UUID meetingId, @RequestParam(required = false) String member,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.RECORD);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        return onBehalfPage(mc, meeting, member, new String[] {"", "", "", ""}, new FormErrors(), model);
    }

    @PostMapping(MEETING + "/views-for")
    String submitOnBehalf(@PathVariable UUID caseId, @PathVariable UUID meetingId, @RequestParam(required = false) String member,
            @RequestParam(defaultValue = "") String goingWell, @RequestParam(defaultValue = "") String hard,
            @RequestParam(defaultValue = "") String wanted, @RequestParam(defaultValue = "") String questions,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.RECORD);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        String[] typed = {goingWell, hard, wanted, questions};
        FormErrors errors = new FormErrors();
        Invitee chosen = family(mc).stream().filter(i -> i.member().id().toString().equals(member)).findFirst().orElse(null);
        if (chosen == null) {
            errors.add("member", "views.error.memberRequired");
        }
        FormErrors answers = check(typed);
        answers.all().forEach(e -> errors.add(e.field(), e.key(), e.args()));
        if (errors.any()) {
            return onBehalfPage(mc, meeting, member, typed, errors, model);
        }
        UUID basedOn = voice.viewsOf(meeting, chosen.member().id()).map(OwnView::id).orElse(null);
        Outcome<ViewsSave> outcome = voice.recordOnBehalf(mc, meeting, chosen.member().id(), chosen.person().displayName(),
                new Answers(goingWell, hard, wanted, questions), basedOn);
        if (!outcome.isDone() || outcome.event() instanceof ViewsSave.Conflict) {
            MeetingPages.refusals(errors, outcome.isDone() ? List.of(Refusal.of(Refusal.Reason.CHANGED_MEANWHILE)) : outcome.reasons(),
                    r -> "member");
            return onBehalfPage(mc, meeting, member, typed, errors, model);
        }
        redirect.addFlashAttribute("done", "views.recordedOnBehalf");
        return "redirect:/cases/" + caseId + "/meetings/" + meetingId + "#own-views";
    }

    private String onBehalfPage(MeetingCase mc, Meeting meeting, String member, String[] typed, FormErrors errors, Model model) {
        MeetingPages.common(mc, model);
        page(mc, meeting, typed, errors, model);
        List<String[]> members = new ArrayList<>();
        for (Invitee i : family(mc)) {
            members.add(new String[] {i.member().id().toString(), messages.getMessage("meeting.attendeeOption",
                    new Object[] {i.person().displayName(), messages.getMessage("role." + i.member().role().name(), null,
                            org.springframework.context.i18n.LocaleContextHolder.getLocale())},
                    org.springframework.context.i18n.LocaleContextHolder.getLocale())});
        }
        model.addAttribute("members", members);
        model.addAttribute("member", member);
        model.addAttribute("current", null);
        model.addAttribute("basedOn", null);
        model.addAttribute("closed", null);
        model.addAttribute("action", "/cases/" + mc.caseId() + "/meetings/" + meeting.id() + "/views-for");
        model.addAttribute("onBehalf", true);
        access.recordView(mc, "Views before a meeting: record on someone's behalf");
        return "meetings/my-views";
    }

    /** The family members who may add to the record: the people whose views can be recorded for them. */
    private List<Invitee> family(MeetingCase mc) {
        return work.invitees(mc.ctx()).stream().filter(i -> i.member().role().isFamily() && i.mayAct()).toList();
    }

    // ---- a lead's note beside someone's views

    @GetMapping(MEETING + "/view-notes")
    String showNote(@PathVariable UUID caseId, @PathVariable UUID meetingId, @RequestParam(required = false) UUID member,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.RECORD);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        OwnView views = member == null ? null : voice.viewsOf(meeting, member).orElse(null);
        if (views == null) {
            throw new NotFound();
        }
        return notePage(mc, meeting, views, "", new FormErrors(), model);
    }

    @PostMapping(MEETING + "/view-notes")
    String submitNote(@PathVariable UUID caseId, @PathVariable UUID meetingId, @RequestParam(required = false) UUID member,
            @RequestParam(defaultValue = "") String body, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.RECORD);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        OwnView views = member == null ? null : voice.viewsOf(meeting, member).orElse(null);
        if (views == null) {
            throw new NotFound();
        }
        FormErrors errors = new FormErrors();
        if (body.isBlank()) {
            errors.add("body", "views.error.noteRequired");
        } else if (body.length() > MAX_NOTE) {
            errors.add("body", "text.tooLong", MAX_NOTE);
        }
        if (errors.any()) {
            return notePage(mc, meeting, views, body, errors, model);
        }
        voice.addLeadNote(mc, meeting, member, body);
        redirect.addFlashAttribute("done", "views.noteAdded");
        return "redirect:/cases/" + caseId + "/meetings/" + meetingId + "#own-views";
    }

    private String notePage(MeetingCase mc, Meeting meeting, OwnView views, String body, FormErrors errors, Model model) {
        MeetingPages.common(mc, model);
        model.addAttribute("meeting", meeting);
        model.addAttribute("meetingPath", "/cases/" + mc.caseId() + "/meetings/" + meeting.id());
        model.addAttribute("v", views);
        model.addAttribute("body", body);
        model.addAttribute("errors", errors);
        access.recordView(mc, "Views before a meeting: a lead's note");
        return "meetings/view-note";
    }

    // ---- shared

    private void page(MeetingCase mc, Meeting meeting, String[] typed, FormErrors errors, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("meetingPath", "/cases/" + mc.caseId() + "/meetings/" + meeting.id());
        model.addAttribute("times", meeting.times().stream()
                .map(t -> work.describe(t, org.springframework.context.i18n.LocaleContextHolder.getLocale())).toList());
        for (int i = 0; i < QUESTIONS.size(); i++) {
            model.addAttribute(QUESTIONS.get(i), typed[i]);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("youngPerson", mc.ctx().role() == CaseRole.CHILD_YOUNG_PERSON);
    }

    /** At least one answer; none longer than {@link #MAX_ANSWER}. What was typed is kept by the caller. */
    static FormErrors check(String[] typed) {
        FormErrors errors = new FormErrors();
        boolean any = false;
        for (int i = 0; i < typed.length; i++) {
            if (typed[i].length() > MAX_ANSWER) {
                errors.add(QUESTIONS.get(i), "views.error.tooLong", MAX_ANSWER, typed[i].length());
            }
            any |= !typed[i].isBlank();
        }
        if (!any) {
            errors.add("goingWell", "views.error.oneAnswer");
        }
        return errors;
    }

    private static String[] answers(OwnView v) {
        if (v == null) {
            return new String[] {"", "", "", ""};
        }
        return new String[] {nz(v.goingWell()), nz(v.hard()), nz(v.wanted()), nz(v.questions())};
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
