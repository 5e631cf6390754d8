package org.coplan.meetings.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coplan.cases.CaseAudience;
import org.coplan.cases.CaseMember;
import org.coplan.meetings.domain.ActionStatus;
import org.coplan.meetings.domain.ArrangedMeeting;
import org.coplan.meetings.domain.Outcome;
import org.coplan.meetings.domain.Refusal;
import org.coplan.meetings.domain.Availability;
import org.coplan.meetings.domain.MeetingAction;
import org.coplan.meetings.domain.MeetingKind;
import org.coplan.meetings.domain.MeetingMode;
import org.coplan.meetings.domain.NotePart;
import org.coplan.meetings.domain.ProposedTime;
import org.coplan.meetings.domain.Reply;
import org.coplan.meetings.internal.Actions.Action;
import org.coplan.meetings.internal.MeetingAccess;
import org.coplan.meetings.internal.MeetingAccess.MeetingCase;
import org.coplan.meetings.internal.MeetingReading;
import org.coplan.meetings.internal.FamilyVoice;
import org.coplan.meetings.internal.OwnViewRevisions;
import org.coplan.meetings.internal.OwnViewRevisions.OwnView;
import org.coplan.meetings.internal.MeetingWork;
import org.coplan.meetings.internal.MeetingWork.Invitee;
import org.coplan.meetings.internal.Meetings;
import org.coplan.meetings.internal.Meetings.Attendee;
import org.coplan.meetings.internal.Meetings.Meeting;
import org.coplan.meetings.internal.Meetings.Note;
import org.coplan.people.SignedInPerson;
import org.coplan.shared.web.DateFields;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A case's meetings: the overview with decisions and actions, arranging a meeting, one meeting's page, and replies. */
@Controller
class MeetingsController {

    static final int MAX_SHORT = 200;
    static final int MAX_TEXT = 2_000;

    private final MeetingAccess access;
    private final MeetingWork work;
    private final MeetingReading reading;
    private final MessageSource messages;
    private final FamilyVoice voice;
    private final org.coplan.meetings.internal.AnnualReviews reviews;

    MeetingsController(MeetingAccess access, MeetingWork work, MeetingReading reading, MessageSource messages, FamilyVoice voice,
            org.coplan.meetings.internal.AnnualReviews reviews) {
        this.reviews = reviews;
        this.voice = voice;
        this.access = access;
        this.work = work;
        this.reading = reading;
        this.messages = messages;
    }

    // ---- the overview

    @GetMapping("/cases/{caseId}/meetings")
    String showMeetings(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.VIEW);
        MeetingPages.common(mc, model);
        LocalDate today = work.today();
        List<Action> all = reading.actions(mc);
        model.addAttribute("meetings", reading.meetings(mc));
        model.addAttribute("decisions", reading.decisions(mc));
        model.addAttribute("overdue", all.stream().filter(a -> a.overdue(today)).toList());
        model.addAttribute("open", all.stream().filter(a -> a.status() == ActionStatus.OPEN && !a.overdue(today)).toList());
        model.addAttribute("closed", all.stream().filter(a -> a.status() != ActionStatus.OPEN).toList());
        model.addAttribute("times", timesInWords(reading.meetings(mc)));
        access.recordView(mc, "Meetings, decisions and actions");
        return "meetings/meetings";
    }

    /** The address in invitations and calendar files, which names no case: opens the meeting on its case. */
    @GetMapping("/meetings/{meetingId}")
    String showInvitationLink(@PathVariable UUID meetingId, @AuthenticationPrincipal SignedInPerson who) {
        UUID caseId = access.caseOfMeeting(who.id(), meetingId);
        return "redirect:/cases/" + caseId + "/meetings/" + meetingId;
    }

    // ---- arranging

    @GetMapping("/cases/{caseId}/meetings/new")
    String showArrange(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.ARRANGE);
        ArrangeForm form = new ArrangeForm();
        form.start.set(0, "");
        form.length.set(0, "60");
        return arrangePage(mc, form, new FormErrors(), List.of(), List.of(), model);
    }

    @PostMapping("/cases/{caseId}/meetings/new")
    String submitArrange(
            @PathVariable UUID caseId, @ModelAttribute ArrangeForm form, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.ARRANGE);
        FormErrors errors = new FormErrors();
        if (form.title.isBlank()) {
            errors.add("title", "meeting.error.titleRequired");
        } else if (form.title.length() > MAX_SHORT) {
            errors.add("title", "text.tooLong", MAX_SHORT);
        }
        MeetingKind kind = MeetingPages.parse(MeetingKind.class, form.kind);
        if (kind == null) {
            errors.add("kind", "meeting.error.kindRequired");
        }
        List<Integer> rows = new ArrayList<>();
        List<ProposedTime> times = readTimes(form, errors, rows);
        MeetingMode mode = MeetingPages.parse(MeetingMode.class, form.mode);
        if (mode == null) {
            errors.add("mode", "meeting.error.modeRequired");
        }
        if (form.place.isBlank()) {
            errors.add("place", "meeting.error.placeRequired");
        } else if (form.place.length() > MAX_SHORT) {
            errors.add("place", "text.tooLong", MAX_SHORT);
        }
        List<Invitee> invitees = work.invitees(mc.ctx());
        Map<UUID, Invitee> byMember = new HashMap<>();
        invitees.forEach(i -> byMember.put(i.member().id(), i));
        List<UUID> attendees = new ArrayList<>();
        for (String v : form.attendees) {
            UUID id = MeetingPages.uuid(v);
            if (id == null || !byMember.containsKey(id)) {
                errors.add("attendees", "meeting.error.notOnCase");
            } else if (!attendees.contains(id)) {
                attendees.add(id);
            }
        }
        // someone who chose to be involved in decisions is invited to every meeting: the form cannot leave them out
        for (UUID must : voice.mustBeInvited(mc.ctx().caseId())) {
            if (!attendees.contains(must)) {
                attendees.add(must);
            }
        }
        if (attendees.isEmpty()) {
            errors.add("attendees", "meeting.error.attendeesRequired");
        }
        if (form.shortNoticeReason.length() > MAX_TEXT) {
            errors.add("shortNoticeReason", "text.tooLong", MAX_TEXT);
        }
        if (form.clashReason.length() > MAX_TEXT) {
            errors.add("clashReason", "text.tooLong", MAX_TEXT);
        }
        List<Invitee> invited = attendees.stream().map(byMember::get).toList();
        boolean familyAgreed = "yes".equals(form.familyAgreed);
        ArrangedMeeting.Timing timing = work.timing(times, form.shortNoticeReason, familyAgreed, form.clashReason, invited);
        MeetingPages.refusals(errors, work.checkArrangement(kind, timing).reasons(), r -> arrangeField(r, rows));
        if (errors.any()) {
            return arrangePage(mc, form, MeetingPages.inOrder(errors, ARRANGE_FIELDS), clashWords(timing.clashes(), times, byMember),
                    times, model);
        }
        Outcome<MeetingWork.Arranged> outcome = work.arrange(mc, new MeetingWork.Arrangement(kind, form.title.strip(), mode,
                form.place.strip(), times, attendees, form.shortNoticeReason, familyAgreed, form.clashReason));
        if (!(outcome instanceof Outcome.Done<MeetingWork.Arranged> done)) {
            MeetingPages.refusals(errors, outcome.reasons(), r -> arrangeField(r, rows));
            return arrangePage(mc, form, errors, clashWords(timing.clashes(), times, byMember), times, model);
        }
        MeetingWork.Arranged arranged = done.event();
        redirect.addFlashAttribute("done", kind != MeetingKind.ANNUAL_REVIEW ? "meeting.arranged"
                : arranged.reviewOnTimeline() ? "meeting.arrangedOnTimeline" : "meeting.arrangedNotOnTimeline");
        return "redirect:/cases/" + caseId + "/meetings/" + arranged.meeting().id();
    }

    /** The fields of the arrange form in page order, so the error summary lists problems as the page shows them. */
    private static final List<String> ARRANGE_FIELDS = List.of("title", "kind", "time1", "time1Start", "time1Length", "time2",
            "time2Start", "time2Length", "time3", "time3Start", "time3Length", "mode", "place", "attendees", "shortNoticeReason",
            "familyAgreed", "clashReason");

    /** Where a refusal of the timing is shown: beside the proposed time it is about, or the field that can answer it. */
    private static String arrangeField(Refusal r, List<Integer> rows) {
        return switch (r.reason()) {
            case TIME_IN_THE_PAST, SAME_TIME -> "time" + (rows.get((Integer) r.about()) + 1);
            case SHORT_NOTICE_NEEDS_A_REASON -> "shortNoticeReason";
            case SHORT_NOTICE_NEEDS_THE_FAMILYS_AGREEMENT -> "familyAgreed";
            case CLASH_NEEDS_A_REASON -> "clashReason";
            default -> "time1";
        };
    }

    /** The proposed times that were typed in full; {@code rows} gets the row of the form each came from. */
    private List<ProposedTime> readTimes(ArrangeForm form, FormErrors errors, List<Integer> rows) {
        List<ProposedTime> times = new ArrayList<>();
        for (int i = 0; i < ArrangeForm.TIMES; i++) {
            String field = "time" + (i + 1);
            if (i > 0 && form.rowBlank(i)) {
                continue;
            }
            DateFields.Result date = DateFields.parse(form.day.get(i), form.month.get(i), form.year.get(i));
            if (!date.ok()) {
                errors.add(field, "meeting.time." + date.errorKey());
                continue;
            }
            LocalTime start = time(form.start.get(i));
            if (start == null) {
                errors.add(field + "Start", "meeting.error.startTime");
                continue;
            }
            Integer minutes = minutes(form.length.get(i));
            if (minutes == null) {
                errors.add(field + "Length", "meeting.error.length");
                continue;
            }
            times.add(new ProposedTime(date.date().atTime(start), minutes));
            rows.add(i);
        }
        return times;
    }

    static LocalTime time(String typed) {
        String t = typed == null ? "" : typed.strip().replace('.', ':');
        if (!t.matches("\\d{1,2}:\\d{2}")) {
            return null;
        }
        try {
            String[] hm = t.split(":");
            return LocalTime.of(Integer.parseInt(hm[0]), Integer.parseInt(hm[1]));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static Integer minutes(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (!t.matches("\\d{1,3}")) {
            return null;
        }
        int m = Integer.parseInt(t);
        return m < 5 || m > 600 ? null : m;
    }

    private List<String> clashWords(List<Availability.Clash> clashes, List<ProposedTime> times, Map<UUID, Invitee> byMember) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> words = new ArrayList<>();
        for (Availability.Clash c : clashes) {
            String slot = messages.getMessage("meeting.unavailable.slot", new Object[] {
                    messages.getMessage("meeting.weekday." + c.slot().day().name(), null, locale),
                    messages.getMessage("meeting.part." + c.slot().part().name(), null, locale)}, locale);
            words.add(messages.getMessage("meeting.clash", new Object[] {byMember.get(c.memberId()).person().displayName(), slot,
                    c.time() + 1, work.describe(times.get(c.time()), locale)}, locale));
        }
        return words;
    }

    private String arrangePage(
            MeetingCase mc, ArrangeForm form, FormErrors errors, List<String> clashes, List<ProposedTime> times, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        MeetingPages.common(mc, model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("clashes", clashes);
        model.addAttribute("kinds", MeetingPages.options(MeetingKind.class, "meeting.kind.", messages, locale));
        model.addAttribute("modes", MeetingPages.options(MeetingMode.class, "meeting.mode.", messages, locale));
        List<Invitee> invitees = work.invitees(mc.ctx());
        model.addAttribute("invitees", invitees);
        List<String[]> attendeeOptions = new ArrayList<>();
        List<UUID> always = voice.mustBeInvited(mc.ctx().caseId());
        for (Invitee i : invitees) {
            String label = messages.getMessage("meeting.attendeeOption",
                    new Object[] {i.person().displayName(), messages.getMessage("role." + i.member().role().name(), null, locale)}, locale);
            if (always.contains(i.member().id())) {
                label = messages.getMessage("views.alwaysInvited", new Object[] {label}, locale);
                if (!form.attendees.contains(i.member().id().toString())) {
                    List<String> ticked = new ArrayList<>(form.attendees);
                    ticked.add(i.member().id().toString());
                    form.attendees = ticked;
                }
            }
            attendeeOptions.add(new String[] {i.member().id().toString(), label});
        }
        model.addAttribute("attendeeOptions", attendeeOptions);
        model.addAttribute("notListed", work.notInvitable(mc.ctx()).stream().map(m -> messages.getMessage(
                m.why() == CaseAudience.Why.YOUNG_PERSON_SAID_PARENTS_CANNOT_SEE ? "meeting.notListed.parentsCannotSee"
                        : "meeting.notListed.noAccess",
                new Object[] {m.person().displayName(), mc.ctx().child().knownAs()}, locale)).toList());
        model.addAttribute("slotWords", slotWords(invitees, locale));
        model.addAttribute("yes", List.<String[]>of(new String[] {"yes", messages.getMessage("meeting.familyAgreedLabel", null, locale)}));
        model.addAttribute("noticeDays", 14);
        access.recordView(mc, "Arrange a meeting");
        return "meetings/arrange";
    }

    private Map<UUID, String> slotWords(List<Invitee> invitees, Locale locale) {
        Map<UUID, String> words = new LinkedHashMap<>();
        for (Invitee i : invitees) {
            List<String> slots = i.unavailable().stream().map(s -> messages.getMessage("meeting.unavailable.slot", new Object[] {
                    messages.getMessage("meeting.weekday." + s.day().name(), null, locale),
                    messages.getMessage("meeting.part." + s.part().name(), null, locale)}, locale)).toList();
            words.put(i.member().id(), String.join(", ", slots));
        }
        return words;
    }

    // ---- one meeting

    @GetMapping("/cases/{caseId}/meetings/{meetingId}")
    String showMeeting(@PathVariable UUID caseId, @PathVariable UUID meetingId, @AuthenticationPrincipal SignedInPerson who,
            Model model) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.VIEW);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        return meetingPage(mc, meeting, null, "", new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/meetings/{meetingId}/reply")
    String submitReply(
            @PathVariable UUID caseId, @PathVariable UUID meetingId, @RequestParam(required = false) String reply,
            @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.REPLY);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        boolean invited = reading.attendees(meeting).stream().anyMatch(a -> a.personId().equals(who.id().value()));
        if (!invited) {
            throw new NotFound();
        }
        FormErrors errors = new FormErrors();
        Reply answer = MeetingPages.parse(Reply.class, reply);
        if (answer == null) {
            errors.add("reply", "meeting.error.replyRequired");
        }
        if (note.length() > MAX_TEXT) {
            errors.add("note", "text.tooLong", MAX_TEXT);
        }
        if (errors.any()) {
            return meetingPage(mc, meeting, reply, note, errors, model);
        }
        Outcome<Boolean> outcome = work.reply(mc, meeting, answer, note);
        if (!outcome.isDone()) {
            MeetingPages.refusals(errors, outcome.reasons(), r -> "reply");
            return meetingPage(mc, meeting, reply, note, errors, model);
        }
        redirect.addFlashAttribute("done", "meeting.replied");
        return "redirect:/cases/" + caseId + "/meetings/" + meetingId;
    }

    private String meetingPage(MeetingCase mc, Meeting meeting, String reply, String note, FormErrors errors, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        MeetingPages.common(mc, model);
        UUID me = mc.ctx().viewerId().value();
        List<Attendee> attendees = reading.attendees(meeting);
        Map<UUID, CaseMember> members = new HashMap<>();
        Map<UUID, Invitee> invitees = new HashMap<>();
        for (Invitee i : work.invitees(mc.ctx())) {
            members.put(i.member().id(), i.member());
            invitees.put(i.member().id(), i);
        }
        Attendee mine = attendees.stream().filter(a -> a.personId().equals(me)).findFirst().orElse(null);
        List<Note> notes = reading.latestNotes(meeting);
        Map<String, Note> official = new HashMap<>();
        notes.stream().filter(n -> n.part().official()).forEach(n -> official.put(n.part().name(), n));
        model.addAttribute("meeting", meeting);
        model.addAttribute("meetingPath", "/cases/" + mc.caseId() + "/meetings/" + meeting.id());
        model.addAttribute("times", meeting.times().stream().map(t -> work.describe(t, locale)).toList());
        model.addAttribute("attendees", attendees);
        model.addAttribute("invitees", invitees);
        model.addAttribute("mine", mine);
        model.addAttribute("reply", reply != null ? reply : mine != null && mine.reply() != null ? mine.reply().name() : null);
        model.addAttribute("note", reply != null ? note : mine != null && mine.replyNote() != null ? mine.replyNote() : "");
        model.addAttribute("replies", MeetingPages.options(Reply.class, "meeting.reply.", messages, locale));
        model.addAttribute("errors", errors);
        model.addAttribute("views", familyFirst(reading.views(meeting)));
        // views before the meeting come first in Explore, the child or young person's first, verbatim
        List<OwnView> own = new ArrayList<>(voice.views(meeting));
        own.sort(java.util.Comparator.comparingInt(v -> v.memberRole().equals("CHILD_YOUNG_PERSON") ? 0 : 1));
        model.addAttribute("ownViews", own);
        Map<UUID, List<OwnViewRevisions.LeadNote>> leadNotes = new HashMap<>();
        voice.leadNotes(meeting).forEach(n -> leadNotes.computeIfAbsent(n.memberId(), k -> new ArrayList<>()).add(n));
        model.addAttribute("leadNotes", leadNotes);
        model.addAttribute("questions", List.of("goingWell", "hard", "wanted", "questions"));
        UUID myMember = mc.ctx().role().isFamily() && mc.can(MeetingAction.WRITE_FAMILY_ACCOUNT) ? voice.memberOf(mc).orElse(null) : null;
        OwnView myOwn = myMember == null ? null : voice.viewsOf(meeting, myMember).orElse(null);
        model.addAttribute("myOwnView", myOwn);
        model.addAttribute("canWriteOwnViews", myMember != null && voice.whyOwnViewsClosed(meeting, myMember).isEmpty());
        model.addAttribute("official", official);
        model.addAttribute("parts", List.of(NotePart.FOCUS, NotePart.PLAN, NotePart.REVIEW));
        model.addAttribute("accounts", notes.stream().filter(n -> n.part() == NotePart.FAMILY_ACCOUNT).toList());
        model.addAttribute("myAccount", notes.stream().filter(n -> n.part() == NotePart.FAMILY_ACCOUNT && me.equals(n.accountOf()))
                .findFirst().orElse(null));
        model.addAttribute("decisions", reading.decisions(mc).stream().filter(d -> meeting.id().equals(d.meetingId())).toList());
        model.addAttribute("actions", reading.actions(mc).stream().filter(a -> meeting.id().equals(a.meetingId())).toList());
        model.addAttribute("today", work.today());
        List<Refusal> closed = work.whyTheRecordIsClosed(meeting);
        model.addAttribute("recordOpen", closed.isEmpty());
        model.addAttribute("recordClosed", closed.isEmpty() ? null : MeetingPages.sentence(closed.get(0), messages));
        model.addAttribute("mayChange", mc.can(MeetingAction.ARRANGE) && work.rules(meeting).whyItCannotChange().isEmpty());
        // an annual review opens with the evidence since the last review, after the views gathered beforehand
        boolean review = meeting.kind() == MeetingKind.ANNUAL_REVIEW;
        model.addAttribute("isReview", review);
        if (review) {
            var proposals = reviews.proposals(meeting);
            model.addAttribute("evidence", reviews.evidence(mc, meeting).orElse(null));
            model.addAttribute("proposalSet", proposals);
            model.addAttribute("proposalChanges", proposals.proposals().stream()
                    .filter(org.coplan.meetings.internal.AnnualReviews::changes).count());
            model.addAttribute("mayPropose", reviews.mayPropose(mc, meeting));
        }
        access.recordView(mc, "Meeting");
        return "meetings/meeting";
    }

    // ---- moving and cancelling

    @GetMapping("/cases/{caseId}/meetings/{meetingId}/move")
    String showMove(@PathVariable UUID caseId, @PathVariable UUID meetingId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.ARRANGE);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        ProposedTime first = meeting.firstTime();
        MoveForm form = new MoveForm();
        form.start = first.starts().toLocalTime().toString();
        form.length = String.valueOf(first.minutes());
        return movePage(mc, meeting, form, new FormErrors(), List.of(), model);
    }

    @PostMapping("/cases/{caseId}/meetings/{meetingId}/move")
    String submitMove(@PathVariable UUID caseId, @PathVariable UUID meetingId, @ModelAttribute MoveForm form,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.ARRANGE);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        FormErrors errors = new FormErrors();
        DateFields.Result date = DateFields.parse(form.whenDay, form.whenMonth, form.whenYear);
        if (!date.ok()) {
            errors.add("when", "meeting.move." + date.errorKey());
        }
        LocalTime start = time(form.start);
        if (start == null) {
            errors.add("start", "meeting.error.startTime");
        }
        Integer minutes = minutes(form.length);
        if (minutes == null) {
            errors.add("length", "meeting.error.length");
        }
        if (form.shortNoticeReason.length() > MAX_TEXT) {
            errors.add("shortNoticeReason", "text.tooLong", MAX_TEXT);
        }
        if (form.clashReason.length() > MAX_TEXT) {
            errors.add("clashReason", "text.tooLong", MAX_TEXT);
        }
        if (errors.any()) {
            return movePage(mc, meeting, form, errors, List.of(), model);
        }
        ProposedTime to = new ProposedTime(date.date().atTime(start), minutes);
        Outcome<Meeting> outcome = work.move(mc, meeting, to, form.shortNoticeReason, "yes".equals(form.familyAgreed), form.clashReason);
        if (!(outcome instanceof Outcome.Done<Meeting>)) {
            MeetingPages.refusals(errors, outcome.reasons(), MeetingsController::moveField);
            return movePage(mc, meeting, form, MeetingPages.inOrder(errors, MOVE_FIELDS), List.of(to), model);
        }
        redirect.addFlashAttribute("done", "meeting.moved");
        return "redirect:/cases/" + caseId + "/meetings/" + meetingId;
    }

    private static final List<String> MOVE_FIELDS = List.of("when", "start", "length", "shortNoticeReason", "familyAgreed", "clashReason");

    private static String moveField(Refusal r) {
        return switch (r.reason()) {
            case SHORT_NOTICE_NEEDS_A_REASON -> "shortNoticeReason";
            case SHORT_NOTICE_NEEDS_THE_FAMILYS_AGREEMENT -> "familyAgreed";
            case CLASH_NEEDS_A_REASON -> "clashReason";
            default -> "when";
        };
    }

    private String movePage(MeetingCase mc, Meeting meeting, MoveForm form, FormErrors errors, List<ProposedTime> to, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        MeetingPages.common(mc, model);
        List<Refusal> cannot = work.rules(meeting).whyItCannotChange();
        Map<UUID, Invitee> byMember = new HashMap<>();
        work.invitees(mc.ctx()).forEach(i -> byMember.put(i.member().id(), i));
        List<Invitee> invited = reading.attendees(meeting).stream().map(a -> byMember.get(a.memberId()))
                .filter(java.util.Objects::nonNull).toList();
        List<Availability.Clash> clashes = to.isEmpty() ? List.of() : work.clashes(to, invited);
        model.addAttribute("meeting", meeting);
        model.addAttribute("meetingPath", "/cases/" + mc.caseId() + "/meetings/" + meeting.id());
        model.addAttribute("times", meeting.times().stream().map(t -> work.describe(t, locale)).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("cannot", cannot.isEmpty() ? null : MeetingPages.sentence(cannot.get(0), messages));
        model.addAttribute("clashes", clashWords(clashes, to, byMember));
        model.addAttribute("yes", List.<String[]>of(new String[] {"yes", messages.getMessage("meeting.familyAgreedLabel", null, locale)}));
        access.recordView(mc, "Move a meeting");
        return "meetings/move";
    }

    @GetMapping("/cases/{caseId}/meetings/{meetingId}/cancel")
    String showCancel(@PathVariable UUID caseId, @PathVariable UUID meetingId, @AuthenticationPrincipal SignedInPerson who,
            Model model) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.ARRANGE);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        return cancelPage(mc, meeting, "", new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/meetings/{meetingId}/cancel")
    String submitCancel(@PathVariable UUID caseId, @PathVariable UUID meetingId, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.ARRANGE);
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        FormErrors errors = new FormErrors();
        if (reason.length() > MAX_TEXT) {
            return cancelPage(mc, meeting, reason, errors.add("reason", "text.tooLong", MAX_TEXT), model);
        }
        Outcome<Meeting> outcome = work.cancel(mc, meeting, reason);
        if (!outcome.isDone()) {
            MeetingPages.refusals(errors, outcome.reasons(), r -> "reason");
            return cancelPage(mc, meeting, reason, errors, model);
        }
        redirect.addFlashAttribute("done", "meeting.cancelled");
        return "redirect:/cases/" + caseId + "/meetings/" + meetingId;
    }

    private String cancelPage(MeetingCase mc, Meeting meeting, String reason, FormErrors errors, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        MeetingPages.common(mc, model);
        List<Refusal> cannot = work.rules(meeting).whyItCannotChange();
        model.addAttribute("meeting", meeting);
        model.addAttribute("meetingPath", "/cases/" + mc.caseId() + "/meetings/" + meeting.id());
        model.addAttribute("times", meeting.times().stream().map(t -> work.describe(t, locale)).toList());
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("cannot", cannot.isEmpty() ? null : MeetingPages.sentence(cannot.get(0), messages));
        access.recordView(mc, "Cancel a meeting");
        return "meetings/cancel";
    }

    /** The child's and family's views first, then everyone else's, each group in the order they were said. */
    static List<Meetings.View> familyFirst(List<Meetings.View> views) {
        List<Meetings.View> out = new ArrayList<>();
        views.stream().filter(v -> v.speakerRole().equals("CHILD_YOUNG_PERSON")).forEach(out::add);
        views.stream().filter(v -> v.speakerRole().equals("PARENT_CARER")).forEach(out::add);
        views.stream().filter(v -> !out.contains(v)).forEach(out::add);
        return out;
    }

    private Map<UUID, List<String>> timesInWords(List<Meeting> list) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<UUID, List<String>> out = new HashMap<>();
        list.forEach(m -> out.put(m.id(), m.times().stream().map(t -> work.describe(t, locale)).toList()));
        return out;
    }
}
