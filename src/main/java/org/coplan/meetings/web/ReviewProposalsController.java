package org.coplan.meetings.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coplan.meetings.domain.MeetingAction;
import org.coplan.meetings.domain.MeetingKind;
import org.coplan.meetings.domain.ProposalCheck;
import org.coplan.meetings.internal.AnnualReviews;
import org.coplan.meetings.internal.AnnualReviews.Saved;
import org.coplan.meetings.internal.MeetingAccess;
import org.coplan.meetings.internal.MeetingAccess.MeetingCase;
import org.coplan.meetings.internal.MeetingWork;
import org.coplan.meetings.internal.Meetings.Meeting;
import org.coplan.meetings.internal.Reviews.Proposal;
import org.coplan.meetings.internal.Reviews.ProposalSet;
import org.coplan.people.SignedInPerson;
import org.coplan.plans.PlanAmendments;
import org.coplan.plans.PlannedProvision;
import org.coplan.plans.domain.AmendmentProposal;
import org.coplan.plans.domain.AmendmentProposal.Change;
import org.coplan.plans.domain.AmendmentProposal.ItemKind;
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
 * The proposals an annual review makes to change the plan in force: everyone on the case reads
 * them; the lead who writes the plan keeps, changes or stops each item, proposes new ones, and
 * starts the amendment draft from them in one step.
 */
@Controller
class ReviewProposalsController {

    static final String PROPOSALS = "/cases/{caseId}/meetings/{meetingId}/proposals";

    /** One item in force on the form, as stored or as typed. */
    public record FormRow(int n, String lineage, String kind, String label, String section, boolean inForce, String choice,
            String words, String byWhen, String sessions, String per, String minutes, String groupSize) {}

    private final MeetingAccess access;
    private final MeetingWork work;
    private final AnnualReviews reviews;
    private final MessageSource messages;

    ReviewProposalsController(MeetingAccess access, MeetingWork work, AnnualReviews reviews, MessageSource messages) {
        this.access = access;
        this.work = work;
        this.reviews = reviews;
        this.messages = messages;
    }

    @GetMapping(PROPOSALS)
    String showProposals(@PathVariable UUID caseId, @PathVariable UUID meetingId, @AuthenticationPrincipal SignedInPerson who,
            Model model) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.VIEW);
        Meeting meeting = review(mc, meetingId);
        ProposalSet set = reviews.proposals(meeting);
        return page(mc, meeting, set, stored(mc, set), new FormErrors(), String.valueOf(set.version()), model);
    }

    @PostMapping(PROPOSALS)
    String submitProposals(@PathVariable UUID caseId, @PathVariable UUID meetingId, @RequestParam Map<String, String> typed,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.RECORD);
        Meeting meeting = review(mc, meetingId);
        requireProposer(mc, meeting);
        ProposalSet set = reviews.proposals(meeting);
        List<FormRow> rows = typedRows(mc, typed);
        FormErrors errors = new FormErrors();
        Integer basedOn = number(typed.get("version"));
        Map<UUID, ItemKind> inForce = new HashMap<>();
        reviews.inForce(mc).ifPresent(f -> {
            f.outcomes().forEach(o -> inForce.put(o.lineage(), ItemKind.OUTCOME));
            f.provision().forEach(i -> inForce.put(i.lineage(), ItemKind.PROVISION));
        });
        ProposalCheck.Checked checked = ProposalCheck.rows(rows.stream().map(r -> new ProposalCheck.Row(r.n(), r.lineage(), r.choice(),
                r.words(), r.byWhen(), r.sessions(), r.per(), r.minutes(), r.groupSize())).toList(), inForce);
        checked.problems().forEach(p -> errors.add(p.field(), p.key(), p.args().toArray()));
        if (errors.any()) {
            return page(mc, meeting, set, rows, errors, typed.get("version"), model);
        }
        Saved saved = basedOn == null ? Saved.CHANGED_MEANWHILE : reviews.saveItems(mc, meeting, basedOn, checked.proposals());
        if (saved != Saved.SAVED) {
            errors.add("proposals-form", saved == Saved.CLOSED ? "reviewev.error.closed" : "reviewev.error.changedMeanwhile");
            // what is saved now shows above, what was typed stays in the form, which now saves over what is shown
            ProposalSet now = reviews.proposals(meeting);
            return page(mc, meeting, now, rows, errors, String.valueOf(now.version()), model);
        }
        redirect.addFlashAttribute("done", "reviewev.saved");
        return "redirect:/cases/" + caseId + "/meetings/" + meetingId + "/proposals";
    }

    @GetMapping(PROPOSALS + "/new")
    String showNew(@PathVariable UUID caseId, @PathVariable UUID meetingId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.RECORD);
        Meeting meeting = review(mc, meetingId);
        requireProposer(mc, meeting);
        ProposalSet set = reviews.proposals(meeting);
        Map<String, String> typed = new HashMap<>();
        typed.put("version", String.valueOf(set.version()));
        return newPage(mc, meeting, set, typed, List.of(), new FormErrors(), model);
    }

    @PostMapping(PROPOSALS + "/new")
    String submitNew(@PathVariable UUID caseId, @PathVariable UUID meetingId, @RequestParam Map<String, String> typed,
            @RequestParam(required = false) List<String> outcomes, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.RECORD);
        Meeting meeting = review(mc, meetingId);
        requireProposer(mc, meeting);
        ProposalSet set = reviews.proposals(meeting);
        List<String> ticked = outcomes == null ? List.of() : outcomes;
        PlannedProvision.InForce inForce = reviews.inForce(mc).orElseThrow(NotFound::new);
        ProposalCheck.Checked checked = ProposalCheck.newItem(new ProposalCheck.New(typed.get("kind"), typed.get("section"),
                typed.get("words"), typed.get("byWhen"), typed.get("sessions"), typed.get("per"), typed.get("minutes"),
                typed.get("groupSize"), ticked), reviews.sections(inForce.kind()),
                inForce.outcomes().stream().map(PlannedProvision.Outcome::lineage).toList());
        FormErrors errors = new FormErrors();
        checked.problems().forEach(p -> errors.add(p.field(), p.key(), p.args().toArray()));
        if (errors.any()) {
            return newPage(mc, meeting, set, typed, ticked, MeetingPages.inOrder(errors, NEW_FIELDS), model);
        }
        Integer basedOn = number(typed.get("version"));
        Saved saved = basedOn == null ? Saved.CHANGED_MEANWHILE : reviews.addNew(mc, meeting, basedOn, checked.proposals().get(0));
        if (saved != Saved.SAVED) {
            errors.add("kind", saved == Saved.CLOSED ? "reviewev.error.closed" : "reviewev.error.changedMeanwhile");
            Map<String, String> again = new HashMap<>(typed);
            again.put("version", String.valueOf(reviews.proposals(meeting).version()));
            return newPage(mc, meeting, set, again, ticked, errors, model);
        }
        redirect.addFlashAttribute("done", "reviewev.added");
        return "redirect:/cases/" + caseId + "/meetings/" + meetingId + "/proposals";
    }

    private static final List<String> NEW_FIELDS = List.of("kind", "section", "words", "byWhen", "sessions", "per", "minutes",
            "groupSize", "outcomes");

    @PostMapping(PROPOSALS + "/{proposalId}/remove")
    String submitRemove(@PathVariable UUID caseId, @PathVariable UUID meetingId, @PathVariable UUID proposalId,
            @RequestParam(required = false) String version, @AuthenticationPrincipal SignedInPerson who, RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.RECORD);
        Meeting meeting = review(mc, meetingId);
        requireProposer(mc, meeting);
        Integer basedOn = number(version);
        Saved saved = basedOn == null ? Saved.CHANGED_MEANWHILE : reviews.removeNew(mc, meeting, basedOn, proposalId);
        redirect.addFlashAttribute(saved == Saved.SAVED ? "done" : "refusedKey",
                saved == Saved.SAVED ? "reviewev.removed" : saved == Saved.CLOSED ? "reviewev.error.closed" : "reviewev.error.changedMeanwhile");
        return "redirect:/cases/" + caseId + "/meetings/" + meetingId + "/proposals";
    }

    @PostMapping(PROPOSALS + "/draft")
    String submitDraft(@PathVariable UUID caseId, @PathVariable UUID meetingId, @RequestParam(required = false) String version,
            @AuthenticationPrincipal SignedInPerson who, RedirectAttributes redirect) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.RECORD);
        Meeting meeting = review(mc, meetingId);
        requireProposer(mc, meeting);
        String path = "/cases/" + caseId + "/meetings/" + meetingId;
        Integer basedOn = number(version);
        AnnualReviews.Drafting drafting = basedOn == null ? new AnnualReviews.Drafting.NotSaved(Saved.CHANGED_MEANWHILE)
                : reviews.startDraft(mc, meeting, basedOn, path);
        switch (drafting) {
            case AnnualReviews.Drafting.NotSaved n -> redirect.addFlashAttribute("refusedKey",
                    n.why() == Saved.CLOSED ? "reviewev.error.closed" : "reviewev.error.changedMeanwhile");
            case AnnualReviews.Drafting.Answered a -> {
                switch (a.result()) {
                    case PlanAmendments.Result.Drafted d -> {
                        redirect.addFlashAttribute("done", "reviewev.drafted");
                        return "redirect:/cases/" + caseId + "/plans/" + d.planId() + "/versions/" + d.number();
                    }
                    case PlanAmendments.Result.DraftAlreadyOpen open -> {
                        redirect.addFlashAttribute("refusedKey", "reviewev.error.draftOpen");
                        redirect.addFlashAttribute("refusedLink", "/cases/" + caseId + "/plans/" + open.planId() + "/versions/" + open.number());
                        redirect.addFlashAttribute("refusedArg", open.number());
                    }
                    case PlanAmendments.Result.NoPlanInForce none -> redirect.addFlashAttribute("refusedKey", "reviewev.error.noPlan");
                    case PlanAmendments.Result.NotInForce gone -> redirect.addFlashAttribute("refusedKey", "reviewev.error.itemsGone");
                }
            }
        }
        return "redirect:" + path + "/proposals#draft";
    }

    // ---- pages

    private String page(MeetingCase mc, Meeting meeting, ProposalSet set, List<FormRow> rows, FormErrors errors, String version,
            Model model) {
        MeetingPages.common(mc, model);
        Locale locale = LocaleContextHolder.getLocale();
        String meetingPath = "/cases/" + mc.caseId() + "/meetings/" + meeting.id();
        var inForce = reviews.inForce(mc).orElse(null);
        model.addAttribute("meeting", meeting);
        model.addAttribute("meetingPath", meetingPath);
        model.addAttribute("set", set);
        model.addAttribute("summary", summary(set, inForce, locale));
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors);
        model.addAttribute("version", version);
        model.addAttribute("inForce", inForce);
        model.addAttribute("mayPropose", reviews.mayPropose(mc, meeting));
        var closed = reviews.whyClosed(meeting, set);
        model.addAttribute("closed", closed.map(c -> messages.getMessage(c.key(), new Object[] {c.arg()}, locale)).orElse(null));
        model.addAttribute("openDraft", reviews.openDraft(mc).orElse(null));
        model.addAttribute("choices", MeetingPages.options(Change.class, "reviewev.choice.", messages, locale).stream()
                .filter(o -> !o[0].equals("ADD")).toList());
        model.addAttribute("pers", MeetingPages.options(AmendmentProposal.Per.class, "reviewev.per.", messages, locale));
        model.addAttribute("draftPath", set.drafted() ? "/cases/" + mc.caseId() + "/plans/" + set.draftPlanId() + "/versions/"
                + set.draftVersion() : null);
        access.recordView(mc, "Annual review proposals");
        return "meetings/proposals";
    }

    private String newPage(MeetingCase mc, Meeting meeting, ProposalSet set, Map<String, String> typed, List<String> ticked,
            FormErrors errors, Model model) {
        MeetingPages.common(mc, model);
        Locale locale = LocaleContextHolder.getLocale();
        PlannedProvision.InForce inForce = reviews.inForce(mc).orElseThrow(NotFound::new);
        model.addAttribute("meeting", meeting);
        model.addAttribute("proposalsPath", "/cases/" + mc.caseId() + "/meetings/" + meeting.id() + "/proposals");
        model.addAttribute("typed", typed);
        model.addAttribute("ticked", ticked);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", MeetingPages.options(ItemKind.class, "reviewev.kind.", messages, locale));
        model.addAttribute("sections", reviews.sections(inForce.kind()).get(ItemKind.PROVISION).stream()
                .map(s -> new String[] {s.name(), messages.getMessage("plan.section." + s.name(), null, locale)})
                .toList());
        model.addAttribute("pers", MeetingPages.options(AmendmentProposal.Per.class, "reviewev.per.", messages, locale));
        model.addAttribute("outcomeOptions", inForce.outcomes().stream()
                .map(o -> new String[] {o.lineage().toString(), o.description()}).toList());
        model.addAttribute("closed", reviews.whyClosed(meeting, set)
                .map(c -> messages.getMessage(c.key(), new Object[] {c.arg()}, locale)).orElse(null));
        access.recordView(mc, "Annual review: propose a new item");
        return "meetings/proposal-new";
    }

    /** The proposals in words, for everyone on the case: what each one changes. */
    private List<String[]> summary(ProposalSet set, PlannedProvision.InForce inForce, Locale locale) {
        List<String[]> out = new ArrayList<>();
        for (Proposal p : set.proposals()) {
            String what = p.change() == Change.ADD ? messages.getMessage("reviewev.summary.ADD." + p.kind().name(), null, locale)
                    : messages.getMessage("reviewev.summary." + p.change().name(), null, locale);
            String words = p.change() == Change.CHANGE || p.change() == Change.ADD ? p.words() : p.was();
            String detail = amount(p, locale);
            String was = p.change() == Change.CHANGE && p.was() != null ? messages.getMessage("reviewev.summary.was", new Object[] {p.was()},
                    locale) : null;
            out.add(new String[] {what, words, detail, was, p.change() == Change.ADD && set.drafted() == false ? p.id().toString() : null});
        }
        return out;
    }

    private String amount(Proposal p, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (p.byWhen() != null) {
            parts.add(messages.getMessage("reviewev.summary.byWhen", new Object[] {p.byWhen()}, locale));
        }
        if (p.sessions() != null && p.per() != null && p.minutes() != null) {
            parts.add(messages.getMessage("reviewev.amount.per." + p.per(), new Object[] {p.sessions()}, locale) + ", "
                    + messages.getMessage("reviewev.amount.minutes", new Object[] {p.minutes()}, locale));
        }
        if (p.groupSize() != null) {
            parts.add(p.groupSize() == 1 ? messages.getMessage("reviewev.amount.oneToOne", null, locale)
                    : messages.getMessage("reviewev.amount.group", new Object[] {p.groupSize()}, locale));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** The form's rows from the stored proposals: each item in force, outcomes first, with its proposal or "keep". */
    private List<FormRow> stored(MeetingCase mc, ProposalSet set) {
        List<FormRow> rows = new ArrayList<>();
        reviews.inForce(mc).ifPresent(f -> {
            for (PlannedProvision.Outcome o : f.outcomes()) {
                Proposal p = set.about(o.lineage()).orElse(null);
                rows.add(new FormRow(rows.size(), o.lineage().toString(), ItemKind.OUTCOME.name(), o.description(), o.section(), true,
                        p == null ? Change.KEEP.name() : p.change().name(), p != null && p.words() != null ? p.words() : o.description(),
                        p != null && p.byWhen() != null ? p.byWhen() : nz(o.byWhen()), "", "", "", ""));
            }
            for (PlannedProvision.Item i : f.provision()) {
                Proposal p = set.about(i.lineage()).orElse(null);
                var a = i.amount();
                rows.add(new FormRow(rows.size(), i.lineage().toString(), ItemKind.PROVISION.name(), i.description(), i.section(), true,
                        p == null ? Change.KEEP.name() : p.change().name(), p != null && p.words() != null ? p.words() : i.description(), "",
                        p != null && p.sessions() != null ? p.sessions().toString() : a == null ? "" : String.valueOf(a.sessions()),
                        p != null && p.per() != null ? p.per() : a == null ? "" : a.per().name(),
                        p != null && p.minutes() != null ? p.minutes().toString() : a == null ? "" : String.valueOf(a.minutes()),
                        p != null && p.groupSize() != null ? p.groupSize().toString()
                                : a == null || a.groupSize() == null ? "" : String.valueOf(a.groupSize())));
            }
        });
        return rows;
    }

    /** The form's rows as typed, labelled from the plan in force; a row whose item is no longer in force says so. */
    private List<FormRow> typedRows(MeetingCase mc, Map<String, String> typed) {
        Map<String, String[]> labels = new HashMap<>();
        reviews.inForce(mc).ifPresent(f -> {
            f.outcomes().forEach(o -> labels.put(o.lineage().toString(), new String[] {ItemKind.OUTCOME.name(), o.description(), o.section()}));
            f.provision().forEach(i -> labels.put(i.lineage().toString(), new String[] {ItemKind.PROVISION.name(), i.description(), i.section()}));
        });
        Integer count = number(typed.get("rows"));
        List<FormRow> rows = new ArrayList<>();
        for (int n = 0; n < (count == null ? 0 : Math.min(count, 500)); n++) {
            String lineage = typed.getOrDefault("lineage-" + n, "");
            String[] label = labels.get(lineage);
            rows.add(new FormRow(n, lineage, label == null ? typed.getOrDefault("kind-" + n, ItemKind.PROVISION.name()) : label[0],
                    label == null ? messages.getMessage("reviewev.noLongerInForce", null, LocaleContextHolder.getLocale()) : label[1],
                    label == null ? "" : label[2], label != null, typed.get("choice-" + n), typed.getOrDefault("words-" + n, ""),
                    typed.getOrDefault("byWhen-" + n, ""), typed.getOrDefault("sessions-" + n, ""), typed.getOrDefault("per-" + n, ""),
                    typed.getOrDefault("minutes-" + n, ""), typed.getOrDefault("groupSize-" + n, "")));
        }
        return rows;
    }

    private Meeting review(MeetingCase mc, UUID meetingId) {
        Meeting meeting = work.find(mc, meetingId).orElseThrow(NotFound::new);
        if (meeting.kind() != MeetingKind.ANNUAL_REVIEW) {
            throw new NotFound();
        }
        return meeting;
    }

    private void requireProposer(MeetingCase mc, Meeting meeting) {
        if (!reviews.mayPropose(mc, meeting)) {
            throw new NotFound();
        }
    }

    private static Integer number(String typed) {
        String t = typed == null ? "" : typed.strip();
        return t.matches("\\d{1,9}") ? Integer.parseInt(t) : null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
