package org.coplan.meetings.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.coplan.meetings.domain.ActionStatus;
import org.coplan.meetings.domain.MeetingAction;
import org.coplan.meetings.domain.MeetingPolicy;
import org.coplan.meetings.domain.Outcome;
import org.coplan.meetings.domain.Refusal;
import org.coplan.meetings.internal.Actions.Action;
import org.coplan.meetings.internal.MeetingAccess;
import org.coplan.meetings.internal.MeetingAccess.MeetingCase;
import org.coplan.meetings.internal.MeetingReading;
import org.coplan.meetings.internal.MeetingWork;
import org.coplan.meetings.internal.MeetingWork.Invitee;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Actions: who does what by when, from a meeting or a decision, and marking them done or cancelled. */
@Controller
class ActionsController {

    static final int MAX_TEXT = 2_000;

    private final MeetingAccess access;
    private final MeetingWork work;
    private final MeetingReading reading;
    private final MessageSource messages;

    ActionsController(MeetingAccess access, MeetingWork work, MeetingReading reading, MessageSource messages) {
        this.access = access;
        this.work = work;
        this.reading = reading;
        this.messages = messages;
    }

    @GetMapping("/cases/{caseId}/actions/new")
    String showNew(@PathVariable UUID caseId, @RequestParam(required = false) UUID meeting, @RequestParam(required = false) UUID decision,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.RECORD);
        checkLinks(mc, meeting, decision);
        return newPage(mc, meeting, decision, "", null, "", "", "", new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/actions/new")
    String submitNew(
            @PathVariable UUID caseId, @RequestParam(required = false) UUID meeting, @RequestParam(required = false) UUID decision,
            @RequestParam(defaultValue = "") String description, @RequestParam(required = false) String owner,
            @RequestParam(defaultValue = "") String dueDay, @RequestParam(defaultValue = "") String dueMonth,
            @RequestParam(defaultValue = "") String dueYear, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.RECORD);
        checkLinks(mc, meeting, decision);
        FormErrors errors = new FormErrors();
        if (description.isBlank()) {
            errors.add("description", "action.error.descriptionRequired");
        } else if (description.length() > MAX_TEXT) {
            errors.add("description", "text.tooLong", MAX_TEXT);
        }
        UUID ownerId = MeetingPages.uuid(owner);
        Invitee who2 = work.invitees(mc.ctx()).stream().filter(i -> i.member().id().equals(ownerId)).findFirst().orElse(null);
        if (who2 == null) {
            errors.add("owner", owner == null ? "action.error.ownerRequired" : "meeting.error.notOnCase");
        }
        DateFields.Result due = DateFields.parse(dueDay, dueMonth, dueYear);
        if (!due.ok()) {
            errors.add("due", "action.due." + due.errorKey());
        }
        MeetingPages.refusals(errors, work.checkAction(mc, work.meetingOf(mc, meeting, decision), who2 == null ? null : who2.member().id(),
                due.ok() ? due.date() : null).reasons(), ActionsController::field);
        if (errors.any()) {
            return newPage(mc, meeting, decision, description, owner, dueDay, dueMonth, dueYear,
                    MeetingPages.inOrder(errors, List.of("description", "owner", "due")), model);
        }
        Action a = new Action(UUID.randomUUID(), caseId, meeting, decision, description.strip(), who2.member().id(),
                who2.person().id().value(), who2.person().displayName(), who2.member().role().name(), due.date(), ActionStatus.OPEN,
                null, null, null, mc.ctx().viewerName(), work.instant(), 0);
        Outcome<Action> outcome = work.addAction(mc, a);
        if (!outcome.isDone()) {
            MeetingPages.refusals(errors, outcome.reasons(), ActionsController::field);
            return newPage(mc, meeting, decision, description, owner, dueDay, dueMonth, dueYear, errors, model);
        }
        redirect.addFlashAttribute("done", "action.added");
        if (meeting != null) {
            return "redirect:/cases/" + caseId + "/meetings/" + meeting + "#actions";
        }
        if (decision != null) {
            return "redirect:/cases/" + caseId + "/decisions/" + decision;
        }
        return "redirect:/cases/" + caseId + "/meetings#actions";
    }

    private void checkLinks(MeetingCase mc, UUID meeting, UUID decision) {
        if (meeting != null && work.find(mc, meeting).isEmpty()) {
            throw new NotFound();
        }
        if (decision != null && reading.decision(mc, decision).isEmpty()) {
            throw new NotFound();
        }
    }

    /** Where a refusal is shown: beside the owner or the due date it is about, or at the top of the form. */
    private static String field(Refusal r) {
        return switch (r.reason()) {
            case OWNER_CANNOT_ACT -> "owner";
            case DUE_IN_THE_PAST -> "due";
            default -> "description";
        };
    }

    private String newPage(MeetingCase mc, UUID meeting, UUID decision, String description, String owner, String dueDay,
            String dueMonth, String dueYear, FormErrors errors, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        MeetingPages.common(mc, model);
        List<String[]> owners = new ArrayList<>();
        // an action's owner must be able to mark it done: not someone who may only view the record
        for (Invitee i : work.invitees(mc.ctx()).stream().filter(Invitee::mayAct).toList()) {
            owners.add(new String[] {i.member().id().toString(), messages.getMessage("meeting.attendeeOption",
                    new Object[] {i.person().displayName(), messages.getMessage("role." + i.member().role().name(), null, locale)}, locale)});
        }
        model.addAttribute("meetingId", meeting);
        model.addAttribute("decisionId", decision);
        model.addAttribute("description", description);
        model.addAttribute("owner", owner);
        model.addAttribute("owners", owners);
        model.addAttribute("dueDay", dueDay);
        model.addAttribute("dueMonth", dueMonth);
        model.addAttribute("dueYear", dueYear);
        model.addAttribute("errors", errors);
        List<Refusal> closed = work.meetingOf(mc, meeting, decision) == null ? List.of()
                : work.find(mc, work.meetingOf(mc, meeting, decision)).map(work::whyTheRecordIsClosed).orElse(List.of());
        model.addAttribute("recordClosed", closed.isEmpty() ? null : MeetingPages.sentence(closed.get(0), messages));
        access.recordView(mc, "Add an action");
        return "meetings/action-new";
    }

    @GetMapping("/cases/{caseId}/actions/{actionId}")
    String showAction(@PathVariable UUID caseId, @PathVariable UUID actionId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.VIEW);
        Action a = reading.action(mc, actionId).orElseThrow(NotFound::new);
        return actionPage(mc, a, a.status().name(), "", new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/actions/{actionId}")
    String submitStatus(
            @PathVariable UUID caseId, @PathVariable UUID actionId, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "") String cancelReason, @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.VIEW);
        Action a = reading.action(mc, actionId).orElseThrow(NotFound::new);
        if (!mayChange(mc, a)) {
            throw new NotFound();
        }
        FormErrors errors = new FormErrors();
        ActionStatus s = MeetingPages.parse(ActionStatus.class, status);
        if (s == null) {
            errors.add("status", "action.error.statusRequired");
        } else if (s == ActionStatus.CANCELLED && cancelReason.isBlank()) {
            errors.add("cancelReason", "action.error.cancelReason");
        }
        if (cancelReason.length() > MAX_TEXT) {
            errors.add("cancelReason", "text.tooLong", MAX_TEXT);
        }
        if (errors.any()) {
            return actionPage(mc, a, status, cancelReason, errors, model);
        }
        if (!work.changeAction(mc, a, s, s == ActionStatus.CANCELLED ? cancelReason : null, version)) {
            Action latest = reading.action(mc, actionId).orElseThrow(NotFound::new);
            return actionPage(mc, latest, status, cancelReason, new FormErrors().add("status", "action.error.changedElsewhere"), model);
        }
        redirect.addFlashAttribute("done", "action.statusSaved");
        return "redirect:/cases/" + caseId + "/actions/" + actionId;
    }

    private boolean mayChange(MeetingCase mc, Action a) {
        return MeetingPolicy.mayChangeAction(MeetingAccess.participant(mc.ctx()), a.ownerPersonId().equals(mc.ctx().viewerId().value()));
    }

    private String actionPage(MeetingCase mc, Action a, String status, String cancelReason, FormErrors errors, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        MeetingPages.common(mc, model);
        model.addAttribute("a", a);
        model.addAttribute("today", work.today());
        model.addAttribute("mayChange", mayChange(mc, a));
        model.addAttribute("status", status);
        model.addAttribute("cancelReason", cancelReason);
        model.addAttribute("statuses", MeetingPages.options(ActionStatus.class, "action.status.", messages, locale));
        model.addAttribute("errors", errors);
        access.recordView(mc, "Action");
        return "meetings/action";
    }
}
