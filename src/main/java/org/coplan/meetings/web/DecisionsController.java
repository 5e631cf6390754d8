package org.coplan.meetings.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.meetings.domain.DecisionHolder;
import org.coplan.meetings.domain.MeetingAction;
import org.coplan.meetings.domain.Outcome;
import org.coplan.meetings.domain.Position;
import org.coplan.meetings.domain.Refusal;
import org.coplan.meetings.internal.Decisions.Decision;
import org.coplan.meetings.internal.Decisions.PositionTaken;
import org.coplan.meetings.internal.Decisions.SectionLink;
import org.coplan.meetings.internal.FamilyVoice;
import org.coplan.meetings.internal.MeetingAccess;
import org.coplan.meetings.internal.MeetingAccess.MeetingCase;
import org.coplan.meetings.internal.MeetingReading;
import org.coplan.meetings.internal.MeetingWork;
import org.coplan.meetings.internal.MeetingWork.Invitee;
import org.coplan.meetings.internal.Meetings.Attendee;
import org.coplan.meetings.internal.Meetings.Meeting;
import org.coplan.people.SignedInPerson;
import org.coplan.plans.PlanLookup;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.SectionCode;
import org.coplan.shared.web.DateFields;
import org.coplan.shared.web.FormErrors;
import org.coplan.meetings.domain.DecisionDraft;
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
 * Decisions: the question, the options, who holds the decision in law, each participant's position,
 * the decision and its reasons, what the family can do if they disagree, and the plan sections it changes.
 */
@Controller
class DecisionsController {

    static final int MAX_TEXT = 5_000;

    private final MeetingAccess access;
    private final MeetingWork work;
    private final MeetingReading reading;
    private final PlanLookup plans;
    private final MessageSource messages;
    private final FamilyVoice voice;

    DecisionsController(MeetingAccess access, MeetingWork work, MeetingReading reading, PlanLookup plans, MessageSource messages,
            FamilyVoice voice) {
        this.voice = voice;
        this.access = access;
        this.work = work;
        this.reading = reading;
        this.plans = plans;
        this.messages = messages;
    }

    @GetMapping("/cases/{caseId}/decisions/new")
    String showNew(@PathVariable UUID caseId, @RequestParam(required = false) UUID meeting, @AuthenticationPrincipal SignedInPerson who,
            Model model) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.RECORD);
        Meeting m = meeting == null ? null : work.find(mc, meeting).orElseThrow(NotFound::new);
        Map<String, String> typed = new HashMap<>();
        java.time.LocalDate review = DecisionDraft.suggestedReview(work.today());
        typed.put("reviewOnDay", String.valueOf(review.getDayOfMonth()));
        typed.put("reviewOnMonth", String.valueOf(review.getMonthValue()));
        typed.put("reviewOnYear", String.valueOf(review.getYear()));
        return newPage(mc, m, typed, List.of(), new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/decisions/new")
    String submitNew(
            @PathVariable UUID caseId, @RequestParam(required = false) UUID meeting,
            @RequestParam(required = false) List<String> sections, @RequestParam Map<String, String> typed,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.RECORD);
        Meeting m = meeting == null ? null : work.find(mc, meeting).orElseThrow(NotFound::new);
        List<String> chosen = sections == null ? List.of() : sections;
        FormErrors errors = new FormErrors();
        String question = typed.getOrDefault("question", "");
        String options = typed.getOrDefault("options", "");
        String decision = typed.getOrDefault("decision", "");
        String reasons = typed.getOrDefault("reasons", "");
        required(errors, "question", question, "decision.error.questionRequired");
        required(errors, "options", options, "decision.error.optionsRequired");
        DecisionHolder holder = MeetingPages.parse(DecisionHolder.class, typed.get("holder"));
        if (holder == null) {
            errors.add("holder", "decision.error.holderRequired");
        }
        List<PositionTaken> positions = new ArrayList<>();
        for (Invitee p : participants(mc, m)) {
            String key = p.member().id().toString();
            String value = typed.get("position-" + key);
            String why = typed.getOrDefault("why-" + key, "");
            if (value == null || value.isBlank()) {
                continue;
            }
            Position position = MeetingPages.parse(Position.class, value);
            if (position == null) {
                errors.add("position-" + key, "decision.error.positionInvalid");
            } else if (why.length() > MAX_TEXT) {
                errors.add("why-" + key, "text.tooLong", MAX_TEXT);
            } else {
                positions.add(new PositionTaken(p.member().id(), p.person().displayName(), p.member().role().name(), position,
                        why.isBlank() ? null : why.strip()));
            }
        }
        required(errors, "decision", decision, "decision.error.decisionRequired");
        required(errors, "reasons", reasons, "decision.error.reasonsRequired");
        DateFields.Result review = DateFields.parse(typed.get("reviewOnDay"), typed.get("reviewOnMonth"), typed.get("reviewOnYear"));
        if ("date.required".equals(review.errorKey())) {
            // left blank: every decision is looked at again, by default six months on
            review = new DateFields.Result(DecisionDraft.suggestedReview(work.today()), null);
        }
        if (!review.ok()) {
            errors.add("reviewOn", "decision.review." + review.errorKey());
        } else {
            MeetingPages.refusals(errors, DecisionDraft.reviewDate(review.date(), work.today()), r -> "reviewOn");
        }
        List<SectionLink> links = new ArrayList<>();
        for (String s : chosen) {
            SectionCode code = MeetingPages.parse(SectionCode.class, s);
            if (code == null) {
                errors.add("sections", "decision.error.sectionInvalid");
            } else {
                links.add(new SectionLink(code, plans.current(new CaseId(caseId), code.kind()).map(PlanLookup.PlanRef::planId).orElse(null)));
            }
        }
        MeetingPages.refusals(errors, work.checkDecision(mc, m == null ? null : m.id(), positions).reasons(), DecisionsController::field);
        if (errors.any()) {
            return newPage(mc, m, typed, chosen, MeetingPages.inOrder(errors, fields(mc, m)), model);
        }
        Decision d = new Decision(UUID.randomUUID(), caseId, m == null ? null : m.id(), question.strip(), options.strip(), holder,
                decision.strip(), reasons.strip(), mc.ctx().viewerName(), mc.ctx().role().name(), work.instant(), links, positions,
                review.date());
        Outcome<Decision> outcome = work.recordDecision(mc, d);
        if (!outcome.isDone()) {
            MeetingPages.refusals(errors, outcome.reasons(), DecisionsController::field);
            return newPage(mc, m, typed, chosen, errors, model);
        }
        redirect.addFlashAttribute("done", "decision.recorded");
        return "redirect:/cases/" + caseId + "/decisions/" + d.id();
    }

    /** Where a refusal is shown: beside the reason a disagreement needs, or at the top of the form. */
    private static String field(Refusal r) {
        return r.reason() == Refusal.Reason.DISAGREEMENT_NEEDS_A_REASON ? "why-" + r.about() : "question";
    }

    /** The form's fields in page order. */
    private List<String> fields(MeetingCase mc, Meeting m) {
        List<String> fields = new ArrayList<>(List.of("question", "options", "holder"));
        for (Invitee p : participants(mc, m)) {
            fields.add("position-" + p.member().id());
            fields.add("why-" + p.member().id());
        }
        fields.addAll(List.of("decision", "reasons", "reviewOn", "sections"));
        return fields;
    }

    private static void required(FormErrors errors, String field, String value, String key) {
        if (value.isBlank()) {
            errors.add(field, key);
        } else if (value.length() > MAX_TEXT) {
            errors.add(field, "text.tooLong", MAX_TEXT);
        }
    }

    /** Who can take a position: the people invited to the meeting, or everyone on the team. */
    private List<Invitee> participants(MeetingCase mc, Meeting m) {
        List<Invitee> all = work.invitees(mc.ctx());
        if (m == null) {
            return all;
        }
        var invited = reading.attendees(m).stream().map(Attendee::memberId).toList();
        return all.stream().filter(i -> invited.contains(i.member().id())).toList();
    }

    private String newPage(MeetingCase mc, Meeting m, Map<String, String> typed, List<String> sections, FormErrors errors, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        MeetingPages.common(mc, model);
        model.addAttribute("meeting", m);
        model.addAttribute("typed", typed);
        model.addAttribute("chosenSections", sections);
        model.addAttribute("errors", errors);
        model.addAttribute("holders", MeetingPages.options(DecisionHolder.class, "decision.holder.", messages, locale));
        model.addAttribute("positions", MeetingPages.options(Position.class, "decision.position.", messages, locale));
        model.addAttribute("participants", participants(mc, m));
        List<String[]> sectionOptions = new ArrayList<>();
        for (SectionCode s : SectionCode.of(PlanKind.EHC)) {
            sectionOptions.add(new String[] {s.name(), messages.getMessage("plan.section." + s.name(), null, locale)});
        }
        model.addAttribute("sectionOptions", sectionOptions);
        List<Refusal> closed = m == null ? List.of() : work.whyTheRecordIsClosed(m);
        model.addAttribute("recordClosed", closed.isEmpty() ? null : MeetingPages.sentence(closed.get(0), messages));
        access.recordView(mc, "Record a decision");
        return "meetings/decision-new";
    }

    @GetMapping("/cases/{caseId}/decisions/{decisionId}")
    String showDecision(@PathVariable UUID caseId, @PathVariable UUID decisionId, @AuthenticationPrincipal SignedInPerson who,
            Model model) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.VIEW);
        Decision d = reading.decision(mc, decisionId).orElseThrow(NotFound::new);
        return decisionPage(mc, d, null, "", new FormErrors(), model);
    }

    /** A team member gives their own position: agree, disagree (with their reasons) or abstain. */
    @PostMapping("/cases/{caseId}/decisions/{decisionId}/position")
    String submitPosition(@PathVariable UUID caseId, @PathVariable UUID decisionId, @RequestParam(required = false) String position,
            @RequestParam(defaultValue = "") String why, @RequestParam(defaultValue = "-1") int basedOn,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.REPLY);
        Decision d = reading.decision(mc, decisionId).orElseThrow(NotFound::new);
        UUID me = voice.memberOf(mc).orElseThrow(NotFound::new);
        FormErrors errors = new FormErrors();
        Position p = MeetingPages.parse(Position.class, position);
        if (p == null) {
            errors.add("position", "decision.error.ownPositionRequired");
        }
        if (why.length() > MAX_TEXT) {
            errors.add("why", "text.tooLong", MAX_TEXT);
        }
        if (p != null) {
            MeetingPages.refusals(errors, voice.checkPosition(me, mc.ctx().viewerName(), p, why).reasons(), r -> "why");
        }
        if (errors.any()) {
            return decisionPage(mc, d, position, why, errors, model);
        }
        Outcome<Boolean> outcome = voice.givePosition(mc, d, me, mc.ctx().role().name(), p, why, basedOn);
        if (!outcome.isDone()) {
            MeetingPages.refusals(errors, outcome.reasons(), r -> "position");
            return decisionPage(mc, reading.decision(mc, decisionId).orElseThrow(), position, why, errors, model);
        }
        redirect.addFlashAttribute("done", "decision.positionGiven");
        return "redirect:/cases/" + caseId + "/decisions/" + decisionId + "#positions";
    }

    /** A team member says the position entered for them is right. */
    @PostMapping("/cases/{caseId}/decisions/{decisionId}/position/confirm")
    String submitConfirmPosition(@PathVariable UUID caseId, @PathVariable UUID decisionId, @RequestParam(defaultValue = "-1") int basedOn,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.REPLY);
        Decision d = reading.decision(mc, decisionId).orElseThrow(NotFound::new);
        UUID me = voice.memberOf(mc).orElseThrow(NotFound::new);
        Outcome<Boolean> outcome = voice.confirmPosition(mc, d, me, basedOn);
        if (!outcome.isDone()) {
            FormErrors errors = new FormErrors();
            MeetingPages.refusals(errors, outcome.reasons(), r -> "position");
            return decisionPage(mc, d, null, "", errors, model);
        }
        redirect.addFlashAttribute("done", "decision.positionConfirmed");
        return "redirect:/cases/" + caseId + "/decisions/" + decisionId + "#positions";
    }

    private String decisionPage(MeetingCase mc, Decision d, String position, String why, FormErrors errors, Model model) {
        UUID caseId = mc.caseId();
        MeetingPages.common(mc, model);
        UUID me = voice.memberOf(mc).orElse(null);
        PositionTaken mine = me == null ? null : d.positionOf(me).orElse(null);
        model.addAttribute("canGivePosition", me != null && mc.can(MeetingAction.REPLY));
        model.addAttribute("mine", mine);
        model.addAttribute("position", position != null ? position : mine != null && !mine.awaitingConfirmation() ? mine.position().name() : null);
        model.addAttribute("why", position != null ? why : mine != null && mine.reasons() != null && !mine.awaitingConfirmation()
                ? mine.reasons() : why);
        model.addAttribute("myOptions", MeetingPages.options(Position.class, "decision.mine.", messages, LocaleContextHolder.getLocale()));
        model.addAttribute("errors", errors);
        Map<SectionCode, String> links = new HashMap<>();
        for (SectionLink s : d.sections()) {
            Optional<PlanLookup.PlanRef> ref = plans.current(new CaseId(caseId), s.section().kind());
            ref.filter(r -> s.planId() == null || r.planId().equals(s.planId())).ifPresent(r -> links.put(s.section(),
                    "/cases/" + caseId + "/plans/" + r.planId() + "/versions/" + r.currentVersion() + "/sections/" + s.section().slug()));
        }
        model.addAttribute("d", d);
        model.addAttribute("sectionLinks", links);
        model.addAttribute("meeting", d.meetingId() == null ? null : work.find(mc, d.meetingId()).orElse(null));
        model.addAttribute("actions", reading.actions(mc).stream().filter(a -> d.id().equals(a.decisionId())).toList());
        model.addAttribute("today", work.today());
        access.recordView(mc, "Decision");
        return "meetings/decision";
    }
}
