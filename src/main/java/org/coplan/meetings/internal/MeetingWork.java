package org.coplan.meetings.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseAudience;
import org.coplan.cases.CaseChanged;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseMember;
import org.coplan.cases.ParticipationChoices;
import org.coplan.cases.UnavailableSlot;
import org.coplan.meetings.domain.ActionStatus;
import org.coplan.meetings.domain.Availability;
import org.coplan.meetings.domain.MeetingKind;
import org.coplan.meetings.domain.MeetingMode;
import org.coplan.meetings.domain.NotePart;
import org.coplan.meetings.domain.ProposedTime;
import org.coplan.meetings.domain.Reply;
import org.coplan.meetings.internal.Actions.Action;
import org.coplan.meetings.internal.Decisions.Decision;
import org.coplan.meetings.internal.MeetingAccess.MeetingCase;
import org.coplan.meetings.internal.Meetings.Attendee;
import org.coplan.meetings.internal.Meetings.Meeting;
import org.coplan.meetings.internal.Meetings.Note;
import org.coplan.meetings.internal.Meetings.View;
import org.coplan.notify.Email;
import org.coplan.notify.Emails;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.PersonId;
import org.coplan.process.ProcessSetup;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.deadlines.StatutoryDeadlines;
import org.coplan.shared.ClockConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything that changes meetings, decisions and actions. Callers have opened the case through {@link MeetingAccess}. */
@Service
@Transactional
public class MeetingWork {

    /** A meeting as the organiser asked for it, already checked. */
    public record Arrangement(
            MeetingKind kind, String title, MeetingMode mode, String place, List<ProposedTime> times, List<UUID> attendees,
            String shortNoticeReason, boolean familyAgreed, String clashReason) {}

    /** What arranging did: the meeting, and for a review meeting whether the timeline took the step. */
    public record Arranged(Meeting meeting, boolean reviewOnTimeline) {}

    public sealed interface NoteSave {
        record Saved(Note note) implements NoteSave {}

        /** Someone saved after the writer opened the page: both texts go back to them. */
        record Conflict(Note current) implements NoteSave {}
    }

    /**
     * An attendee as the organiser sees them: who, and what they said about taking part.
     *
     * @param mayAct false for a parent whose young person chose "view only": invited and told, but cannot reply
     */
    public record Invitee(CaseMember member, Person person, ParticipationChoices choices, Set<UnavailableSlot> unavailable,
            boolean mayAct) {}

    /** A team member who cannot be invited because they may not see the case, and why. */
    public record Missing(CaseMember member, Person person, CaseAudience.Why why) {}

    private final Meetings meetings;
    private final Decisions decisions;
    private final Actions actions;
    private final CaseAccess cases;
    private final People people;
    private final Emails emails;
    private final ProcessSetup process;
    private final StatutoryDeadlines rules;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;
    private final String serviceName;

    MeetingWork(
            Meetings meetings, Decisions decisions, Actions actions, CaseAccess cases, People people, Emails emails,
            ProcessSetup process, StatutoryDeadlines rules, MessageSource messages, Clock clock,
            @Value("${coplan.base-url}") String baseUrl, @Value("${coplan.service-name}") String serviceName) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.actions = actions;
        this.cases = cases;
        this.people = people;
        this.emails = emails;
        this.process = process;
        this.rules = rules;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.serviceName = serviceName;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant instant() {
        return clock.instant();
    }

    public java.time.LocalDateTime now() {
        return java.time.LocalDateTime.now(clock);
    }

    /** D17: the last day to send notice of a review meeting on this day (2 weeks before). */
    public LocalDate reviewNoticeBy(LocalDate meeting) {
        return rules.reviewNoticeBy(meeting);
    }

    /** D17: whether notice sent today gives at least 2 weeks before a review meeting on this day. */
    public boolean enoughReviewNotice(LocalDate meeting) {
        return rules.enoughReviewNotice(today(), meeting);
    }

    /**
     * The active members who can be invited: those the case's audience says may be told about it, each
     * with their participation choices and the times they cannot attend.
     */
    @Transactional(readOnly = true)
    public List<Invitee> invitees(CaseContext ctx) {
        List<CaseAudience.Told> told = cases.audience(ctx.caseId()).told();
        Map<PersonId, Person> found = people.findAll(told.stream().map(CaseAudience.Told::personId).toList());
        List<Invitee> out = new ArrayList<>();
        for (CaseAudience.Told t : told) {
            Person p = found.get(t.personId());
            if (p == null) {
                continue;
            }
            out.add(new Invitee(t.member(), p, cases.choicesOf(t.memberId()).orElse(null), cases.unavailableSlotsOf(t.memberId()),
                    t.mayAct()));
        }
        return out;
    }

    /** The team members who are not offered as invitees because they may not see the case, so the page can say why. */
    @Transactional(readOnly = true)
    public List<Missing> notInvitable(CaseContext ctx) {
        List<CaseAudience.Withheld> withheld = cases.audience(ctx.caseId()).withheld();
        Map<PersonId, Person> found = people.findAll(withheld.stream().map(w -> w.member().personId()).toList());
        return withheld.stream().filter(w -> found.containsKey(w.member().personId()))
                .map(w -> new Missing(w.member(), found.get(w.member().personId()), w.why()))
                .toList();
    }

    /** Proposed times that fall in a time an invited family member said they cannot attend. */
    @Transactional(readOnly = true)
    public List<Availability.Clash> clashes(List<ProposedTime> times, List<Invitee> invited) {
        Map<UUID, Set<UnavailableSlot>> unavailable = new LinkedHashMap<>();
        invited.forEach(i -> unavailable.put(i.member().id(), i.unavailable()));
        return Availability.clashes(times, unavailable);
    }

    public Arranged arrange(MeetingCase mc, Arrangement a) {
        CaseContext ctx = mc.ctx();
        Instant now = clock.instant();
        Map<UUID, Invitee> byMember = new HashMap<>();
        invitees(ctx).forEach(i -> byMember.put(i.member().id(), i));
        List<Attendee> attendees = new ArrayList<>();
        for (UUID memberId : a.attendees()) {
            Invitee i = byMember.get(memberId);
            if (i == null) {
                throw new IllegalArgumentException("Not an active member of the case: " + memberId);
            }
            attendees.add(new Attendee(null, memberId, i.person().id().value(), null, null, null));
        }
        Meeting meeting = new Meeting(UUID.randomUUID(), mc.caseId(), a.kind(), a.title(), a.mode(), a.place(),
                blankToNull(a.shortNoticeReason()), a.familyAgreed(), blankToNull(a.clashReason()), ctx.viewerId().value(),
                ctx.viewerName(), ctx.role().name(), now, null, null, false, List.copyOf(a.times()));
        meetings.insert(meeting, attendees);
        cases.recordChange(ctx, "Meeting arranged", a.kind().name() + ", " + a.times().size() + " proposed time(s), "
                + attendees.size() + " invited");
        boolean onTimeline = false;
        if (a.kind() == MeetingKind.ANNUAL_REVIEW) {
            ProcessEvent step = ProcessEvent.of(ProcessEventKind.REVIEW_MEETING_ARRANGED, today())
                    .withTarget(meeting.firstTime().starts().toLocalDate());
            if (meeting.shortNoticeReason() != null) {
                step = step.withReasons(meeting.shortNoticeReason());
            }
            onTimeline = process.record(ctx.viewerId(), ctx.caseId(), step).isEmpty();
        }
        for (UUID memberId : a.attendees()) {
            Invitee i = byMember.get(memberId);
            invite(meeting, i.person(), i.mayAct());
        }
        return new Arranged(meeting, onTimeline);
    }

    /** The invitation and its calendar file. Someone who may only view the record is told, and not asked to reply. */
    private void invite(Meeting meeting, Person to, boolean mayReply) {
        Locale locale = LocaleContextHolder.getLocale();
        String link = baseUrl + "/meetings/" + meeting.id();
        String mode = msg("meeting.email.mode." + meeting.mode().name(), locale, meeting.place());
        StringBuilder times = new StringBuilder();
        List<CalendarFile.Event> events = new ArrayList<>();
        int n = meeting.times().size();
        for (int i = 0; i < n; i++) {
            ProposedTime t = meeting.times().get(i);
            times.append("- ").append(describe(t, locale)).append('\n');
            String summary = n == 1 ? msg("meeting.ics.summary", locale, serviceName)
                    : msg("meeting.ics.summaryOf", locale, serviceName, i + 1, n);
            ZoneId zone = ClockConfiguration.ZONE;
            events.add(new CalendarFile.Event(meeting.id() + "-" + (i + 1) + "@coplan", t.starts().atZone(zone).toInstant(),
                    t.ends().atZone(zone).toInstant(), summary,
                    meeting.mode() == MeetingMode.IN_PERSON ? meeting.place() : msg("meeting.mode." + meeting.mode().name(), locale),
                    msg(mayReply ? "meeting.ics.description" : "meeting.ics.descriptionViewOnly", locale, mode, link), link));
        }
        String subject = msg("meeting.email.subject", locale, serviceName);
        String body = msg(mayReply ? "meeting.email.body" : "meeting.email.bodyViewOnly", locale, times.toString(), mode, link);
        byte[] ics = CalendarFile.write(events, clock.instant());
        emails.send(new Email(to.email(), subject, body, meeting.caseId(),
                List.of(new Email.Attachment("meeting.ics", "text/calendar; charset=UTF-8; method=PUBLISH", ics))));
    }

    /** A proposed time in words, such as "Monday 30 November 2026, 10:00 to 11:00". */
    public String describe(ProposedTime t, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm", locale);
        return msg("meeting.timeRange", locale, day.format(t.starts()), hm.format(t.starts()), hm.format(t.ends()));
    }

    public boolean reply(MeetingCase mc, Meeting meeting, Reply reply, String note) {
        boolean done = meetings.reply(meeting.id(), mc.ctx().viewerId().value(), reply, blankToNull(note), clock.instant());
        if (done) {
            cases.recordChange(mc.ctx(), "Meeting reply", reply.name());
        }
        return done;
    }

    public View addView(MeetingCase mc, Meeting meeting, CaseMember speaker, String speakerName, String words) {
        View v = new View(UUID.randomUUID(), meeting.id(), speaker.id(), speakerName, speaker.role().name(), words.strip(),
                mc.ctx().viewerName(), clock.instant());
        meetings.insertView(v, mc.ctx().viewerId().value());
        cases.recordChange(mc.ctx(), "Meeting record: a view in Explore", "said by " + speaker.role().name());
        return v;
    }

    public NoteSave saveNote(MeetingCase mc, Meeting meeting, NotePart part, String body, UUID basedOn) {
        UUID accountOf = part == NotePart.FAMILY_ACCOUNT ? mc.ctx().viewerId().value() : null;
        Note current = meetings.latest(meeting.id(), part, accountOf).orElse(null);
        boolean onCurrent = current == null ? basedOn == null : current.id().equals(basedOn);
        Note note = new Note(UUID.randomUUID(), meeting.id(), part, accountOf, body.strip(), mc.ctx().viewerId().value(),
                mc.ctx().viewerName(), mc.ctx().role().name(), clock.instant(), basedOn);
        if (!onCurrent || !meetings.insertNote(note)) {
            return new NoteSave.Conflict(meetings.latest(meeting.id(), part, accountOf).orElse(null));
        }
        cases.recordChange(mc.ctx(), "Meeting record: " + part.name(), null);
        return new NoteSave.Saved(note);
    }

    /**
     * Marks the record complete. For an annual review meeting, records that the meeting was held on the
     * timeline if the process accepts the step; returns whether it did.
     */
    public boolean complete(MeetingCase mc, Meeting meeting) {
        if (!meetings.complete(meeting.id(), mc.ctx().viewerName(), clock.instant())) {
            return false;
        }
        cases.recordChange(mc.ctx(), "Meeting record completed", null);
        if (meeting.kind() != MeetingKind.ANNUAL_REVIEW) {
            return false;
        }
        LocalDate held = meeting.firstTime().starts().toLocalDate();
        if (held.isAfter(today())) {
            held = today();
        }
        boolean accepted = process.record(mc.ctx().viewerId(), mc.ctx().caseId(),
                ProcessEvent.of(ProcessEventKind.REVIEW_MEETING_HELD, held)).isEmpty();
        if (accepted) {
            meetings.markReviewHeldRecorded(meeting.id());
        }
        return accepted;
    }

    public Decision recordDecision(MeetingCase mc, Decision d) {
        decisions.insert(d, mc.ctx().viewerId().value());
        cases.recordChange(mc.ctx(), "Decision recorded", d.holder().name() + ", " + d.positions().size() + " position(s), "
                + d.sections().size() + " plan section(s)");
        tellWhoSpoke(mc, d.meetingId(), "email.youSaid.what.decision");
        return d;
    }

    public Action addAction(MeetingCase mc, Action a) {
        actions.insert(a, mc.ctx().child().localAuthority().value(),
                mc.ctx().child().school() == null ? null : mc.ctx().child().school().value());
        cases.recordChange(mc.ctx(), "Action added", "owner " + a.ownerRole() + ", due " + a.dueOn());
        tellWhoSpoke(mc, meetingOf(mc, a), "email.youSaid.what.action");
        return a;
    }

    public boolean changeAction(MeetingCase mc, Action a, ActionStatus status, String cancelReason, int basedOnVersion) {
        boolean done = actions.changeStatus(a.id(), status, blankToNull(cancelReason), mc.ctx().viewerName(), clock.instant(),
                basedOnVersion);
        if (done) {
            cases.recordChange(mc.ctx(), "Action status", status.name());
            if (status != ActionStatus.OPEN) {
                tellWhoSpoke(mc, meetingOf(mc, a), "email.youSaid.what." + status.name());
            }
        }
        return done;
    }

    /** Keeps the caseload's copy of the case's authority and school on its actions in step when a case moves. */
    @EventListener
    public void onCaseChanged(CaseChanged changed) {
        cases.child(changed.caseId()).ifPresent(c -> actions.moveCase(c.id().value(), c.localAuthority().value(),
                c.school() == null ? null : c.school().value()));
    }

    public Optional<Meeting> find(MeetingCase mc, UUID meetingId) {
        return meetings.find(mc.caseId(), meetingId);
    }

    /** The meeting an action came from: its own, or that of the decision it carries out. */
    private UUID meetingOf(MeetingCase mc, Action a) {
        if (a.meetingId() != null || a.decisionId() == null) {
            return a.meetingId();
        }
        return decisions.find(mc.caseId(), a.decisionId()).map(Decision::meetingId).orElse(null);
    }

    /**
     * "You said, we did" moved: tells each family member whose view was recorded at the meeting, or
     * who wrote their own account of it, that something came of it. Not the person who did it, and
     * only people on the team now who may see the case and take email. The email names no child.
     */
    private void tellWhoSpoke(MeetingCase mc, UUID meetingId, String whatKey) {
        if (meetingId == null) {
            return;
        }
        java.util.Set<UUID> spoke = new java.util.HashSet<>();
        meetings.views(meetingId).forEach(v -> spoke.add(v.speakerMemberId()));
        java.util.Set<UUID> wrote = new java.util.HashSet<>();
        meetings.latestNotes(meetingId).stream().filter(n -> n.part() == NotePart.FAMILY_ACCOUNT).forEach(n -> wrote.add(n.accountOf()));
        Locale locale = LocaleContextHolder.getLocale();
        String link = baseUrl + "/cases/" + mc.caseId() + "/you-said-we-did";
        for (CaseAudience.Told t : cases.audience(mc.ctx().caseId()).family()) {
            CaseMember m = t.member();
            boolean said = spoke.contains(m.id()) || wrote.contains(m.personId().value());
            if (!said || m.personId().equals(mc.ctx().viewerId()) || !t.takesEmail()) {
                continue;
            }
            people.find(m.personId()).ifPresent(p -> emails.send(new Email(p.email(),
                    msg("email.youSaid.subject", locale, serviceName),
                    msg("email.youSaid.meetingBody", locale, p.displayName(), mc.ctx().viewerName(), msg(whatKey, locale), link),
                    mc.caseId())));
        }
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
