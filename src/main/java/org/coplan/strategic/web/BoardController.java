package org.coplan.strategic.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.coplan.meetings.BoardRecords;
import org.coplan.meetings.BoardRecords.BoardAction;
import org.coplan.meetings.BoardRecords.BoardDecision;
import org.coplan.meetings.BoardRecords.By;
import org.coplan.meetings.BoardRecords.Change;
import org.coplan.meetings.domain.Refusal;
import org.coplan.people.SignedInPerson;
import org.coplan.shared.web.DateFields;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.coplan.strategic.domain.BoardItemPlan;
import org.coplan.strategic.domain.ForumSeat;
import org.coplan.strategic.domain.ItemStatus;
import org.coplan.strategic.domain.Rung;
import org.coplan.strategic.domain.StatusMove;
import org.coplan.strategic.internal.BoardItems;
import org.coplan.strategic.internal.BoardItems.ItemView;
import org.coplan.strategic.internal.BoardMeetings;
import org.coplan.strategic.internal.BoardMeetings.Meeting;
import org.coplan.strategic.internal.BoardWork;
import org.coplan.strategic.internal.BoardWork.Candidate;
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
 * The co-production board, signed in: the programme of work with co-leads from both sides, each
 * item's history, board meetings with agenda, minutes, decisions and actions, and the action log.
 * Anyone with a seat in the area reads it; the forum's officers and the authority's officers change it.
 */
@Controller
class BoardController {

    static final int MAX_TEXT = 2_000;
    static final int MAX_MINUTES = 50_000;

    private final BoardWork work;
    private final BoardItems items;
    private final BoardMeetings meetings;
    private final BoardRecords records;

    private final int smallestShown;

    BoardController(BoardWork work, BoardItems items, BoardMeetings meetings, BoardRecords records,
            @org.springframework.beans.factory.annotation.Value("${coplan.measures.smallest-shown:5}") int smallestShown) {
        this.smallestShown = smallestShown;
        this.work = work;
        this.items = items;
        this.meetings = meetings;
        this.records = records;
    }

    /** The board of the reader's area, or of the forum given (as the forum's home page links it, for someone seated in two). */
    @GetMapping("/forum/board")
    String showBoard(@RequestParam(required = false) UUID forum, @AuthenticationPrincipal SignedInPerson who, Model model) {
        ForumSeat seat = forum == null ? work.readingSeat(who) : work.toRead(who, forum);
        UUID la = seat.localAuthorityId();
        LocalDateTime now = work.now();
        List<Meeting> all = meetings.forArea(la);
        model.addAttribute("seat", seat);
        model.addAttribute("items", items.items(la));
        model.addAttribute("upcoming", all.stream().filter(m -> !m.held(now)).toList());
        model.addAttribute("held", all.reversed().stream().filter(m -> m.held(now)).toList());
        model.addAttribute("dueForReview", records.decisionsDueForReview(la));
        model.addAttribute("smallestShown", smallestShown);
        return "strategic/board";
    }

    // ---- items ----

    @GetMapping("/forum/board/items/new")
    String showNewItem(@AuthenticationPrincipal SignedInPerson who, Model model) {
        ForumSeat seat = work.runningSeat(who);
        return newItemPage(seat, Map.of(), new FormErrors(), model);
    }

    @PostMapping("/forum/board/items/new")
    String submitNewItem(@RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) {
        ForumSeat seat = work.runningSeat(who);
        Map<String, String> typed = form.toSingleValueMap();
        FormErrors errors = new FormErrors();
        UUID forumLead = uuid(typed.get("forumLead"));
        UUID authorityLead = uuid(typed.get("authorityLead"));
        Optional<Candidate> fl = work.forumSide(seat.forumId()).stream().filter(c -> c.personId().equals(forumLead)).findFirst();
        Optional<Candidate> al = work.authoritySide(seat.localAuthorityId()).stream().filter(c -> c.personId().equals(authorityLead)).findFirst();
        DateFields.Result start = DateFields.parse(typed.get("startsOnDay"), typed.get("startsOnMonth"), typed.get("startsOnYear"));
        DateFields.Result target = DateFields.parse(typed.get("targetOnDay"), typed.get("targetOnMonth"), typed.get("targetOnYear"));
        BoardItemPlan plan = new BoardItemPlan(typed.get("title"), typed.get("summary"), rung(typed.get("rung")), forumLead, fl.isPresent(),
                authorityLead, al.isPresent(), start.date(), target.date());
        Map<String, String> problems = plan.problems();
        for (String field : List.of("title", "summary", "rung", "forumLead", "authorityLead")) {
            if (problems.containsKey(field)) {
                errors.add(field, problems.get(field));
            }
        }
        if (!start.ok()) {
            errors.add("startsOn", start.errorKey());
        }
        if (!target.ok()) {
            errors.add("targetOn", target.errorKey());
        } else if (problems.containsKey("targetOn")) {
            errors.add("targetOn", problems.get("targetOn"));
        }
        if (errors.any()) {
            return newItemPage(seat, typed, errors, model);
        }
        UUID id = items.add(seat.localAuthorityId(), seat.forumId(), plan, fl.get().name(), al.get().name(), who.displayName());
        redirect.addFlashAttribute("done", "board.item.added");
        return "redirect:/forum/board/items/" + id;
    }

    @GetMapping("/forum/board/items/{itemId}")
    String showItem(@PathVariable UUID itemId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        ItemView item = items.item(itemId).orElseThrow(NotFound::new);
        ForumSeat seat = work.toRead(who, item.item().forumId());
        return itemPage(seat, item, item.item().version(), "", "", "", new FormErrors(), false, model);
    }

    @PostMapping("/forum/board/items/{itemId}/status")
    String submitStatus(@PathVariable UUID itemId, @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String weDid,
            @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) {
        ItemView item = items.item(itemId).orElseThrow(NotFound::new);
        ForumSeat seat = work.toRun(who, item.item().forumId());
        FormErrors errors = new FormErrors();
        if (version != item.item().version()) {
            errors.add("status", "board.error.itemChanged");
            return itemPage(seat, item, item.item().version(), status, weDid, reason, errors, true, model);
        }
        ItemStatus to = parse(ItemStatus.class, status);
        new StatusMove(item.item().status(), to, weDid, reason).problem().ifPresent(p -> errors.add(p[0], p[1]));
        if (weDid.length() > MAX_TEXT) {
            errors.add("weDid", "text.tooLong", MAX_TEXT);
        }
        if (reason.length() > MAX_TEXT) {
            errors.add("reason", "text.tooLong", MAX_TEXT);
        }
        if (errors.any()) {
            return itemPage(seat, item, version, status, weDid, reason, errors, false, model);
        }
        if (!items.move(item, version, to, weDid, reason, who.displayName())) {
            ItemView latest = items.item(itemId).orElseThrow();
            errors.add("status", "board.error.itemChanged");
            return itemPage(seat, latest, latest.item().version(), status, weDid, reason, errors, true, model);
        }
        redirect.addFlashAttribute("done", "board.item.moved");
        return "redirect:/forum/board/items/" + itemId;
    }

    // ---- meetings ----

    @GetMapping("/forum/board/meetings/new")
    String showNewMeeting(@AuthenticationPrincipal SignedInPerson who, Model model) {
        ForumSeat seat = work.runningSeat(who);
        return newMeetingPage(seat, Map.of(), List.of(), new FormErrors(), model);
    }

    @PostMapping("/forum/board/meetings/new")
    String submitNewMeeting(@RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) {
        ForumSeat seat = work.runningSeat(who);
        Map<String, String> typed = form.toSingleValueMap();
        List<String> chosen = form.getOrDefault("items", List.of());
        FormErrors errors = new FormErrors();
        DateFields.Result day = DateFields.parse(typed.get("dayDay"), typed.get("dayMonth"), typed.get("dayYear"));
        if (!day.ok()) {
            errors.add("day", day.errorKey());
        }
        LocalTime time = time(typed.get("time"));
        if (time == null) {
            errors.add("time", blank(typed.get("time")) ? "board.error.timeRequired" : "board.error.timeNotReal");
        }
        String place = typed.getOrDefault("place", "");
        if (place.isBlank()) {
            errors.add("place", "board.error.placeRequired");
        } else if (place.length() > 500) {
            errors.add("place", "text.tooLong", 500);
        }
        Map<UUID, ItemView> area = items.byId(seat.localAuthorityId());
        List<UUID> agendaItems = new ArrayList<>();
        for (String c : chosen) {
            UUID id = uuid(c);
            if (id == null || !area.containsKey(id)) {
                errors.add("items", "board.error.itemNotFound");
            } else {
                agendaItems.add(id);
            }
        }
        String pointsTyped = typed.getOrDefault("points", "");
        List<String> points = Arrays.stream(pointsTyped.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (pointsTyped.length() > MAX_TEXT) {
            errors.add("points", "text.tooLong", MAX_TEXT);
        }
        if (agendaItems.isEmpty() && points.isEmpty() && !errors.has("items")) {
            errors.add("items", "board.error.agendaRequired");
        }
        if (errors.any()) {
            return newMeetingPage(seat, typed, chosen, errors, model);
        }
        UUID id = meetings.arrange(seat.localAuthorityId(), seat.forumId(), day.date().atTime(time), place, agendaItems, points,
                who.displayName());
        redirect.addFlashAttribute("done", "board.meeting.arranged");
        return "redirect:/forum/board/meetings/" + id;
    }

    @GetMapping("/forum/board/meetings/{meetingId}")
    String showMeeting(@PathVariable UUID meetingId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        Meeting m = meetings.find(meetingId).orElseThrow(NotFound::new);
        ForumSeat seat = work.toRead(who, m.forumId());
        return meetingPage(seat, m, Map.of(), new FormErrors(), null, model);
    }

    /** Every saved version of the minutes, for anyone who may read them. */
    @GetMapping("/forum/board/meetings/{meetingId}/minutes")
    String showMinutesHistory(@PathVariable UUID meetingId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        Meeting m = meetings.find(meetingId).orElseThrow(NotFound::new);
        work.toRead(who, m.forumId());
        model.addAttribute("meeting", m);
        model.addAttribute("revisions", meetings.minutesRevisions(meetingId));
        return "strategic/board-minutes";
    }

    @PostMapping("/forum/board/meetings/{meetingId}/minutes")
    String submitMinutes(@PathVariable UUID meetingId, @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "") String minutes, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) {
        Meeting m = meetings.find(meetingId).orElseThrow(NotFound::new);
        ForumSeat seat = work.toRun(who, m.forumId());
        FormErrors errors = new FormErrors();
        if (!m.held(work.now())) {
            errors.add("minutes", "board.error.notYet");
        } else if (minutes.length() > MAX_MINUTES) {
            errors.add("minutes", "text.tooLong", MAX_MINUTES);
        }
        if (errors.any()) {
            return meetingPage(seat, m, Map.of("minutes", minutes, "minutesVersion", String.valueOf(version)), errors, null, model);
        }
        if (!meetings.saveMinutes(meetingId, version, minutes, who.displayName())) {
            Meeting latest = meetings.find(meetingId).orElseThrow();
            errors.add("minutes", "board.error.minutesChanged", latest.minutesByName() == null ? "" : latest.minutesByName());
            return meetingPage(seat, latest, Map.of("minutes", minutes, "minutesVersion", String.valueOf(latest.minutesVersion())), errors,
                    latest, model);
        }
        redirect.addFlashAttribute("done", "board.meeting.minutesSaved");
        return "redirect:/forum/board/meetings/" + meetingId;
    }

    @PostMapping("/forum/board/meetings/{meetingId}/decisions")
    String submitDecision(@PathVariable UUID meetingId, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        HeldMeetingForm f = heldMeetingForm(meetingId, form, who, "question");
        Meeting m = f.meeting();
        ForumSeat seat = f.seat();
        Map<String, String> typed = f.typed();
        FormErrors errors = f.errors();
        required(errors, typed, "question", "board.error.questionRequired");
        required(errors, typed, "decision", "board.error.decisionRequired");
        required(errors, typed, "reasons", "board.error.reasonsRequired");
        LocalDate reviewOn = null;
        if (!blank(typed.get("reviewOnDay")) || !blank(typed.get("reviewOnMonth")) || !blank(typed.get("reviewOnYear"))) {
            reviewOn = date(typed, "reviewOn", errors, records::checkReviewDate);
        }
        UUID itemId = itemOf(seat, typed.get("decisionItem"), errors, "decisionItem");
        if (errors.any()) {
            return meetingPage(seat, m, typed, errors, null, model);
        }
        BoardDecision d = records.recordDecision(meetingId, m.localAuthorityId(), typed.get("question"), typed.get("decision"),
                typed.get("reasons"), reviewOn, by(who, seat)).orElseThrow();
        if (itemId != null) {
            items.link(d.id(), itemId);
        }
        redirect.addFlashAttribute("done", "board.meeting.decisionRecorded");
        return "redirect:/forum/board/meetings/" + meetingId;
    }

    @PostMapping("/forum/board/meetings/{meetingId}/actions")
    String submitAction(@PathVariable UUID meetingId, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        HeldMeetingForm f = heldMeetingForm(meetingId, form, who, "description");
        Meeting m = f.meeting();
        ForumSeat seat = f.seat();
        Map<String, String> typed = f.typed();
        FormErrors errors = f.errors();
        required(errors, typed, "description", "board.error.descriptionRequired");
        Optional<Candidate> owner = work.candidate(seat, uuid(typed.get("owner")));
        if (owner.isEmpty()) {
            errors.add("owner", "board.error.ownerRequired");
        }
        LocalDate dueOn = date(typed, "dueOn", errors, records::checkDueDate);
        UUID decisionId = uuid(typed.get("actionDecision"));
        if (decisionId != null && records.decisions(meetingId).stream().noneMatch(d -> d.id().equals(decisionId))) {
            errors.add("actionDecision", "board.error.decisionNotFound");
        }
        UUID itemId = itemOf(seat, typed.get("actionItem"), errors, "actionItem");
        if (errors.any()) {
            return meetingPage(seat, m, typed, errors, null, model);
        }
        Candidate o = owner.get();
        BoardAction a = records.addAction(meetingId, m.localAuthorityId(), decisionId, typed.get("description"), o.personId(), o.name(),
                o.side().name(), dueOn, by(who, seat)).orElseThrow();
        if (itemId != null) {
            items.link(a.id(), itemId);
        }
        redirect.addFlashAttribute("done", "board.meeting.actionAdded");
        return "redirect:/forum/board/meetings/" + meetingId;
    }

    /** A form posted to a board meeting by someone who runs the board; refused next to its first field until the meeting has been held. */
    private record HeldMeetingForm(Meeting meeting, ForumSeat seat, Map<String, String> typed, FormErrors errors) {}

    private HeldMeetingForm heldMeetingForm(UUID meetingId, MultiValueMap<String, String> form, SignedInPerson who, String firstField) {
        Meeting m = meetings.find(meetingId).orElseThrow(NotFound::new);
        ForumSeat seat = work.toRun(who, m.forumId());
        FormErrors errors = new FormErrors();
        if (!m.held(work.now())) {
            errors.add(firstField, "board.error.notYet");
        }
        return new HeldMeetingForm(m, seat, form.toSingleValueMap(), errors);
    }

    /** The date typed in the day, month and year fields named after {@code field}, or null with the reason next to it. */
    private static LocalDate date(Map<String, String> typed, String field, FormErrors errors, Function<LocalDate, List<Refusal>> check) {
        DateFields.Result r = DateFields.parse(typed.get(field + "Day"), typed.get(field + "Month"), typed.get(field + "Year"));
        if (!r.ok()) {
            errors.add(field, r.errorKey());
            return null;
        }
        List<Refusal> refused = check.apply(r.date());
        if (!refused.isEmpty()) {
            errors.add(field, refused.get(0).reason().messageKey());
            return null;
        }
        return r.date();
    }

    // ---- the action log ----

    /**
     * The action log of the reader's area, or of the forum given (as an owner's email links it), so
     * someone with a seat in two areas lands on the area the action is in.
     */
    @GetMapping("/forum/board/actions")
    String showActions(@RequestParam(required = false) UUID forum, @AuthenticationPrincipal SignedInPerson who, Model model) {
        ForumSeat seat = forum == null ? work.readingSeat(who) : work.toRead(who, forum);
        return actionsPage(seat, who, new FormErrors(), null, "", model);
    }

    @PostMapping("/forum/board/actions/{actionId}/done")
    String submitDone(@PathVariable UUID actionId, @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        return close(actionId, version, null, who, model, redirect);
    }

    @PostMapping("/forum/board/actions/{actionId}/cancel")
    String submitCancel(@PathVariable UUID actionId, @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) {
        return close(actionId, version, reason, who, model, redirect);
    }

    private String close(UUID actionId, int version, String cancelReason, SignedInPerson who, Model model, RedirectAttributes redirect) {
        BoardAction a = records.action(actionId).orElseThrow(NotFound::new);
        Meeting m = meetings.find(a.boardMeetingId()).orElseThrow(NotFound::new);
        ForumSeat seat = work.toRead(who, m.forumId());
        if (!seat.mayCloseBoardAction(who.id().value().equals(a.ownerPersonId()))) {
            throw new NotFound();
        }
        String field = "reason-" + actionId;
        if (cancelReason != null && cancelReason.length() > MAX_TEXT) {
            return actionsPage(seat, who, new FormErrors().add(field, "text.tooLong", MAX_TEXT), actionId, cancelReason, model);
        }
        By by = by(who, seat);
        Change c = cancelReason == null ? records.markDone(actionId, version, by) : records.cancel(actionId, version, cancelReason, by);
        switch (c) {
            case CHANGED -> {
                redirect.addFlashAttribute("done", cancelReason == null ? "board.action.doneSaved" : "board.action.cancelled");
                return "redirect:/forum/board/actions?forum=" + m.forumId();
            }
            case NEEDS_REASON -> {
                return actionsPage(seat, who, new FormErrors().add(field, "board.error.cancelReasonRequired"), actionId, "", model);
            }
            default -> {
                BoardAction now = records.action(actionId).orElseThrow();
                return actionsPage(seat, who, new FormErrors().add(field, "board.error.actionChanged",
                        now.statusChangedBy() == null ? "" : now.statusChangedBy()), actionId, cancelReason == null ? "" : cancelReason, model);
            }
        }
    }

    // ---- pages ----

    private String newItemPage(ForumSeat seat, Map<String, String> typed, FormErrors errors, Model model) {
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("rungs", Rung.values());
        model.addAttribute("forumSide", work.forumSide(seat.forumId()));
        model.addAttribute("authoritySide", work.authoritySide(seat.localAuthorityId()));
        return "strategic/board-item-new";
    }

    private String itemPage(ForumSeat seat, ItemView item, int version, String status, String weDid, String reason, FormErrors errors,
            boolean stale, Model model) {
        Map<UUID, UUID> links = meetings.itemOfRecords(seat.localAuthorityId());
        List<BoardDecision> decisions = records.areaDecisions(seat.localAuthorityId()).stream()
                .filter(d -> item.id().equals(links.get(d.id()))).toList();
        List<BoardAction> actions = records.areaActions(seat.localAuthorityId()).stream()
                .filter(a -> item.id().equals(links.get(a.id()))).toList();
        model.addAttribute("seat", seat);
        model.addAttribute("item", item);
        model.addAttribute("history", items.history(item.id()));
        model.addAttribute("meetings", meetings.withItem(item.id()));
        model.addAttribute("decisions", decisions);
        model.addAttribute("actions", actions);
        model.addAttribute("next", StatusMove.nextFrom(item.item().status()));
        model.addAttribute("version", version);
        model.addAttribute("status", status);
        model.addAttribute("weDid", weDid);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("stale", stale);
        model.addAttribute("today", work.now().toLocalDate());
        model.addAttribute("smallestShown", smallestShown);
        return "strategic/board-item";
    }

    private String newMeetingPage(ForumSeat seat, Map<String, String> typed, List<String> chosen, FormErrors errors, Model model) {
        model.addAttribute("typed", typed);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("items", items.items(seat.localAuthorityId()).stream().filter(i -> !i.item().status().ended()).toList());
        return "strategic/board-meeting-new";
    }

    private String meetingPage(ForumSeat seat, Meeting m, Map<String, String> typed, FormErrors errors, Meeting conflict, Model model) {
        model.addAttribute("seat", seat);
        model.addAttribute("meeting", m);
        model.addAttribute("held", m.held(work.now()));
        model.addAttribute("agenda", meetings.agenda(m.id()));
        model.addAttribute("itemsById", items.byId(seat.localAuthorityId()));
        model.addAttribute("decisions", records.decisions(m.id()));
        model.addAttribute("actions", records.actions(m.id()));
        model.addAttribute("typed", typed);
        model.addAttribute("minutes", typed.getOrDefault("minutes", m.minutes()));
        model.addAttribute("minutesVersion", typed.getOrDefault("minutesVersion", String.valueOf(m.minutesVersion())));
        model.addAttribute("conflict", conflict);
        model.addAttribute("errors", errors);
        model.addAttribute("forumSide", work.forumSide(seat.forumId()));
        model.addAttribute("authoritySide", work.authoritySide(seat.localAuthorityId()));
        model.addAttribute("openItems", items.items(seat.localAuthorityId()).stream().filter(i -> !i.item().status().ended()).toList());
        model.addAttribute("today", work.now().toLocalDate());
        return "strategic/board-meeting";
    }

    private String actionsPage(ForumSeat seat, SignedInPerson who, FormErrors errors, UUID failed, String reason, Model model) {
        model.addAttribute("seat", seat);
        model.addAttribute("me", who.id().value());
        model.addAttribute("actions", records.areaActions(seat.localAuthorityId()));
        model.addAttribute("meetingsById", meetings.forArea(seat.localAuthorityId()).stream()
                .collect(java.util.stream.Collectors.toMap(Meeting::id, x -> x)));
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        model.addAttribute("reason", reason);
        model.addAttribute("today", work.now().toLocalDate());
        return "strategic/board-actions";
    }

    // ---- small helpers ----

    private UUID itemOf(ForumSeat seat, String typed, FormErrors errors, String field) {
        if (blank(typed)) {
            return null;
        }
        UUID id = uuid(typed);
        if (id == null || !items.byId(seat.localAuthorityId()).containsKey(id)) {
            errors.add(field, "board.error.itemNotFound");
            return null;
        }
        return id;
    }

    private static By by(SignedInPerson who, ForumSeat seat) {
        return new By(who.id().value(), who.displayName(), seat.forumOfficer() ? "FORUM" : seat.authorityOfficer() ? "AUTHORITY" : "MEMBER");
    }

    private static void required(FormErrors errors, Map<String, String> typed, String field, String key) {
        String v = typed.getOrDefault(field, "");
        if (v.isBlank()) {
            errors.add(field, key);
        } else if (v.length() > MAX_TEXT) {
            errors.add(field, "text.tooLong", MAX_TEXT);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static UUID uuid(String s) {
        try {
            return blank(s) ? null : UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Rung rung(String s) {
        return parse(Rung.class, s);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String s) {
        try {
            return blank(s) ? null : Enum.valueOf(type, s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "14:30", "9:00", "9.00": a time of day, or null. */
    static LocalTime time(String s) {
        if (blank(s) || !s.strip().matches("\\d{1,2}[:.]\\d{2}")) {
            return null;
        }
        String[] p = s.strip().split("[:.]");
        int h = Integer.parseInt(p[0]), min = Integer.parseInt(p[1]);
        return h < 24 && min < 60 ? LocalTime.of(h, min) : null;
    }
}
