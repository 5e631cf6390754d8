package org.coplan.meetings.web;

import java.util.UUID;
import java.util.List;
import java.util.Locale;
import org.coplan.meetings.domain.MeetingAction;
import org.coplan.meetings.domain.NotePart;
import org.coplan.meetings.domain.Outcome;
import org.coplan.meetings.domain.Refusal;
import org.coplan.meetings.internal.MeetingAccess;
import org.coplan.meetings.internal.MeetingAccess.MeetingCase;
import org.coplan.meetings.internal.MeetingReading;
import org.coplan.meetings.internal.MeetingWork;
import org.coplan.meetings.internal.MeetingWork.NoteSave;
import org.coplan.meetings.internal.MeetingWork.Speaker;
import org.coplan.meetings.internal.Meetings.Meeting;
import org.coplan.meetings.internal.Meetings.Note;
import org.coplan.meetings.internal.Meetings.View;
import org.coplan.people.SignedInPerson;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The structured conversation record of a meeting: views in Explore (each in the speaker's words),
 * the Focus, Plan and Review notes, each family member's own account, and completing the record.
 */
@Controller
class RecordController {

    static final int MAX_TEXT = 20_000;
    static final String MEETING = "/cases/{caseId}/meetings/{meetingId}";

    private final MeetingAccess access;
    private final MeetingWork work;
    private final MeetingReading reading;
    private final MessageSource messages;

    RecordController(MeetingAccess access, MeetingWork work, MeetingReading reading, MessageSource messages) {
        this.access = access;
        this.work = work;
        this.reading = reading;
        this.messages = messages;
    }

    // ---- Explore: a view, attributed

    @GetMapping(MEETING + "/views")
    String showAddView(@PathVariable UUID caseId, @PathVariable UUID meetingId, @AuthenticationPrincipal SignedInPerson who,
            Model model) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.RECORD);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        return viewPage(mc, meeting, null, "", new FormErrors(), model);
    }

    @PostMapping(MEETING + "/views")
    String submitView(
            @PathVariable UUID caseId, @PathVariable UUID meetingId, @RequestParam(required = false) String speaker,
            @RequestParam(defaultValue = "") String words, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.RECORD);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        FormErrors errors = new FormErrors();
        Speaker said = work.speakers(mc.ctx()).stream().filter(s -> s.key().equals(speaker)).findFirst().orElse(null);
        if (said == null) {
            errors.add("speaker", "meeting.error.speakerRequired");
        }
        if (words.isBlank()) {
            errors.add("words", "meeting.error.wordsRequired");
        } else if (words.length() > MAX_TEXT) {
            errors.add("words", "text.tooLong", MAX_TEXT);
        }
        if (errors.any()) {
            MeetingPages.refusals(errors, work.whyTheRecordIsClosed(meeting), r -> "words");
            return viewPage(mc, meeting, speaker, words, errors, model);
        }
        Outcome<View> outcome = work.addView(mc, meeting, said, words);
        if (!outcome.isDone()) {
            MeetingPages.refusals(errors, outcome.reasons(), r -> "words");
            return viewPage(mc, meeting, speaker, words, errors, model);
        }
        redirect.addFlashAttribute("done", "meeting.viewAdded");
        return "redirect:/cases/" + caseId + "/meetings/" + meetingId + "#explore";
    }

    private String viewPage(MeetingCase mc, Meeting meeting, String speaker, String words, FormErrors errors, Model model) {
        MeetingPages.common(mc, model);
        Locale locale = LocaleContextHolder.getLocale();
        // the child first, then parents and carers, as Explore starts with their views
        var options = new java.util.ArrayList<String[]>();
        for (Speaker s : work.speakers(mc.ctx())) {
            String label = !s.child() ? s.name() : messages.getMessage(
                    mc.ctx().child().isYoungPerson(work.today()) ? "meeting.speaker.youngPerson" : "meeting.speaker.child",
                    new Object[] {s.name()}, locale);
            options.add(new String[] {s.key(), label});
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("meetingPath", "/cases/" + mc.caseId() + "/meetings/" + meeting.id());
        model.addAttribute("speakers", options);
        model.addAttribute("speaker", speaker);
        model.addAttribute("words", words);
        model.addAttribute("errors", errors);
        closed(meeting, model);
        access.recordView(mc, "Meeting record: add a view");
        return "meetings/view-new";
    }

    /** Why the record cannot be written today, for a page to say instead of showing its form. */
    private void closed(Meeting meeting, Model model) {
        List<Refusal> closed = work.whyTheRecordIsClosed(meeting);
        model.addAttribute("recordClosed", closed.isEmpty() ? null : MeetingPages.sentence(closed.get(0), messages));
    }

    // ---- Focus, Plan, Review

    @GetMapping(MEETING + "/notes/{part}")
    String showNotes(@PathVariable UUID caseId, @PathVariable UUID meetingId, @PathVariable String part,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.RECORD);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        NotePart p = official(part);
        Note current = reading.latestNote(meeting, p, null).orElse(null);
        return notePage(mc, meeting, p, current == null ? "" : current.body(), current == null ? null : current.id(), null,
                new FormErrors(), model);
    }

    @PostMapping(MEETING + "/notes/{part}")
    String submitNotes(
            @PathVariable UUID caseId, @PathVariable UUID meetingId, @PathVariable String part,
            @RequestParam(defaultValue = "") String body, @RequestParam(required = false) UUID basedOn,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.RECORD);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        return save(mc, meeting, official(part), body, basedOn, model, redirect);
    }

    // ---- the family's own account

    @GetMapping(MEETING + "/account")
    String showAccount(@PathVariable UUID caseId, @PathVariable UUID meetingId, @AuthenticationPrincipal SignedInPerson who,
            Model model) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.WRITE_FAMILY_ACCOUNT);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        Note current = reading.latestNote(meeting, NotePart.FAMILY_ACCOUNT, who.id().value()).orElse(null);
        return notePage(mc, meeting, NotePart.FAMILY_ACCOUNT, current == null ? "" : current.body(),
                current == null ? null : current.id(), null, new FormErrors(), model);
    }

    @PostMapping(MEETING + "/account")
    String submitAccount(
            @PathVariable UUID caseId, @PathVariable UUID meetingId, @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) UUID basedOn, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.WRITE_FAMILY_ACCOUNT);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        return save(mc, meeting, NotePart.FAMILY_ACCOUNT, body, basedOn, model, redirect);
    }

    private String save(MeetingCase mc, Meeting meeting, NotePart part, String body, UUID basedOn, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        if (body.isBlank()) {
            errors.add("body", "meeting.error.notesRequired");
        } else if (body.length() > MAX_TEXT) {
            errors.add("body", "text.tooLong", MAX_TEXT);
        }
        if (errors.any()) {
            MeetingPages.refusals(errors, work.whyTheRecordIsClosed(meeting), r -> "body");
            return notePage(mc, meeting, part, body, basedOn, null, errors, model);
        }
        Outcome<NoteSave> outcome = work.saveNote(mc, meeting, part, body, basedOn);
        if (!(outcome instanceof Outcome.Done<NoteSave> done)) {
            MeetingPages.refusals(errors, outcome.reasons(), r -> "body");
            return notePage(mc, meeting, part, body, basedOn, null, errors, model);
        }
        if (done.event() instanceof NoteSave.Conflict conflict) {
            return notePage(mc, meeting, part, body, conflict.current() == null ? null : conflict.current().id(), conflict.current(),
                    errors, model);
        }
        redirect.addFlashAttribute("done", "meeting.notesSaved");
        return "redirect:/cases/" + mc.caseId() + "/meetings/" + meeting.id() + "#" + part.slug();
    }

    private String notePage(
            MeetingCase mc, Meeting meeting, NotePart part, String body, UUID basedOn, Note conflict, FormErrors errors, Model model) {
        MeetingPages.common(mc, model);
        String meetingPath = "/cases/" + mc.caseId() + "/meetings/" + meeting.id();
        model.addAttribute("meeting", meeting);
        model.addAttribute("meetingPath", meetingPath);
        model.addAttribute("part", part);
        model.addAttribute("action", part == NotePart.FAMILY_ACCOUNT ? meetingPath + "/account" : meetingPath + "/notes/" + part.slug());
        model.addAttribute("body", body);
        model.addAttribute("basedOn", basedOn);
        model.addAttribute("conflict", conflict);
        model.addAttribute("errors", errors);
        closed(meeting, model);
        access.recordView(mc, "Meeting record: write " + part.name());
        return "meetings/notes";
    }

    // ---- completing the record

    @PostMapping(MEETING + "/complete")
    String submitComplete(@PathVariable UUID caseId, @PathVariable UUID meetingId, @AuthenticationPrincipal SignedInPerson who,
            RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.RECORD);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        if (meeting.completed()) {
            redirect.addFlashAttribute("done", "meeting.alreadyComplete");
            return "redirect:/cases/" + caseId + "/meetings/" + meetingId;
        }
        Outcome<Boolean> outcome = work.complete(mc, meeting);
        if (!(outcome instanceof Outcome.Done<Boolean> done)) {
            // shown on the meeting page, where the button is
            redirect.addFlashAttribute("refused", MeetingPages.sentence(outcome.reasons().get(0), messages));
            return "redirect:/cases/" + caseId + "/meetings/" + meetingId + "#record";
        }
        redirect.addFlashAttribute("done", meeting.kind() != org.coplan.meetings.domain.MeetingKind.ANNUAL_REVIEW
                ? "meeting.completed" : done.event() ? "meeting.completedOnTimeline" : "meeting.completedNotOnTimeline");
        return "redirect:/cases/" + caseId + "/meetings/" + meetingId;
    }

    private static NotePart official(String slug) {
        NotePart p = NotePart.officialFromSlug(slug);
        if (p == null) {
            throw new NotFound();
        }
        return p;
    }
}
