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
import org.coplan.cases.CaseNotices;
import org.coplan.cases.CaseAudience;
import org.coplan.cases.CaseChanged;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseMember;
import org.coplan.cases.ParticipationChoices;
import org.coplan.cases.UnavailableSlot;
import org.coplan.cases.CaseRole;
import org.coplan.meetings.domain.ActionDraft;
import org.coplan.meetings.domain.ActionStatus;
import org.coplan.meetings.domain.ArrangedMeeting;
import org.coplan.meetings.domain.Availability;
import org.coplan.meetings.domain.DecisionDraft;
import org.coplan.meetings.domain.MeetingStep;
import org.coplan.meetings.domain.Outcome;
import org.coplan.meetings.domain.Refusal;
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
import org.coplan.meetings.ActionAdded;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.PersonId;
import org.coplan.process.ProcessSetup;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.deadlines.StatutoryDeadlines;
import org.coplan.shared.ClockConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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
    public record Arranged(Meeting meeting, boolean reviewOnTimeline, List<UUID> addedMembers) {

        public Arranged(Meeting meeting, boolean reviewOnTimeline) {
            this(meeting, reviewOnTimeline, List.of());
        }
    }

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

    /**
     * Someone whose view can be written down in Explore. The child or young person is always one,
     * whether or not they are on the team (then {@code memberId} is null).
     *
     * @param key what the form sends for them: the member id, or {@link #CHILD} for a child not on the team
     */
    public record Speaker(String key, UUID memberId, String name, CaseRole role) {
        public static final String CHILD = "child";

        public boolean child() {
            return role == CaseRole.CHILD_YOUNG_PERSON;
        }
    }

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
    private final String mailFrom;

    private final ApplicationEventPublisher events;
    private final CaseNotices notices;
    private final FamilyVoice voice;
    private final AnnualReviews annualReviews;

    MeetingWork(
            Meetings meetings, Decisions decisions, Actions actions, CaseAccess cases, People people, Emails emails,
            ProcessSetup process, StatutoryDeadlines rules, MessageSource messages, Clock clock, ApplicationEventPublisher events,
            CaseNotices notices, FamilyVoice voice, AnnualReviews annualReviews,
            @Value("${coplan.base-url}") String baseUrl, @Value("${coplan.service-name}") String serviceName,
            @Value("${coplan.mail.from}") String mailFrom) {
        this.mailFrom = mailFrom;
        this.annualReviews = annualReviews;
        this.events = events;
        this.notices = notices;
        this.voice = voice;
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

    /** The timing of an arrangement as the rules see it, with the clashes for the people invited. */
    @Transactional(readOnly = true)
    public ArrangedMeeting.Timing timing(List<ProposedTime> times, String shortNoticeReason, boolean familyAgreed, String clashReason,
            List<Invitee> invited) {
        return new ArrangedMeeting.Timing(times, shortNoticeReason, familyAgreed, clashes(times, invited), clashReason);
    }

    /** Checks an arrangement without making it, so a form can show every problem at once. {@code kind} may be null. */
    public Outcome<MeetingStep.Arranged> checkArrangement(MeetingKind kind, ArrangedMeeting.Timing timing) {
        return ArrangedMeeting.arrange(kind, timing, now(), rules::reviewNoticeBy);
    }

    public Outcome<Arranged> arrange(MeetingCase mc, Arrangement a) {
        CaseContext ctx = mc.ctx();
        Instant now = clock.instant();
        Map<UUID, Invitee> byMember = new HashMap<>();
        invitees(ctx).forEach(i -> byMember.put(i.member().id(), i));
        List<Attendee> attendees = new ArrayList<>();
        // someone who chose to be involved in decisions is invited to every meeting, even if left out of the form
        List<UUID> asked = a.attendees();
        List<UUID> added = voice.mustBeInvited(ctx.caseId()).stream().filter(m -> !asked.contains(m)).toList();
        if (!added.isEmpty()) {
            List<UUID> all = new ArrayList<>(a.attendees());
            all.addAll(added);
            a = new Arrangement(a.kind(), a.title(), a.mode(), a.place(), a.times(), all, a.shortNoticeReason(), a.familyAgreed(),
                    a.clashReason());
        }
        for (UUID memberId : a.attendees()) {
            Invitee i = byMember.get(memberId);
            if (i == null) {
                throw new IllegalArgumentException("Not an active member of the case: " + memberId);
            }
            attendees.add(new Attendee(null, memberId, i.person().id().value(), null, null, null, null));
        }
        List<Invitee> invited = a.attendees().stream().map(byMember::get).toList();
        Outcome<MeetingStep.Arranged> outcome = checkArrangement(a.kind(),
                timing(a.times(), a.shortNoticeReason(), a.familyAgreed(), a.clashReason(), invited));
        if (!(outcome instanceof Outcome.Done<MeetingStep.Arranged> done)) {
            return new Outcome.Refused<>(outcome.reasons());
        }
        MeetingStep.Arranged step = done.event();
        Meeting meeting = new Meeting(UUID.randomUUID(), mc.caseId(), a.kind(), a.title(), a.mode(), a.place(),
                step.shortNoticeReason(), step.familyAgreed(), step.clashReason(), ctx.viewerId().value(),
                ctx.viewerName(), ctx.role().name(), now, null, null, false, List.copyOf(a.times()), 0, null, null, null, null, null);
        meetings.insert(meeting, attendees);
        cases.recordChange(ctx, "Meeting arranged", a.kind().name() + ", " + a.times().size() + " proposed time(s), "
                + attendees.size() + " invited");
        boolean onTimeline = false;
        if (a.kind() == MeetingKind.ANNUAL_REVIEW) {
            ProcessEvent step2 = ProcessEvent.of(ProcessEventKind.REVIEW_MEETING_ARRANGED, today())
                    .withTarget(meeting.firstTime().starts().toLocalDate());
            if (meeting.shortNoticeReason() != null) {
                step2 = step2.withReasons(meeting.shortNoticeReason());
            }
            onTimeline = process.record(ctx.viewerId(), ctx.caseId(), step2).isEmpty();
        }
        CaseAudience audience = cases.audience(ctx.caseId());
        for (UUID memberId : a.attendees()) {
            Invitee i = byMember.get(memberId);
            boolean askViews = audience.member(memberId).map(voice::asksForViews).orElse(false);
            invite(meeting, i.person(), i.mayAct(), askViews);
        }
        voice.meetingArranged(ctx, meeting, a.attendees());
        return Outcome.done(new Arranged(meeting, onTimeline, added));
    }

    /** The rules' view of a meeting, knowing whether anything is written in its record. */
    @Transactional(readOnly = true)
    public ArrangedMeeting rules(Meeting meeting) {
        return meeting.rules(meetings.recordStarted(meeting.id()));
    }

    /** Why nothing can be written in the meeting's record today (not before its day, not once cancelled); empty when it can. */
    public List<Refusal> whyTheRecordIsClosed(Meeting meeting) {
        return meeting.rules(false).whyTheRecordIsClosed(today());
    }

    /**
     * Moves the meeting to one new time, with the rules of arranging it, and sends everyone invited
     * an update of their calendar entry. The replies were to the old time: each person is asked again.
     */
    public Outcome<Meeting> move(MeetingCase mc, Meeting meeting, ProposedTime to, String shortNoticeReason, boolean familyAgreed,
            String clashReason) {
        List<Invitee> invited = invitedNow(mc, meeting);
        Outcome<MeetingStep.Moved> outcome = rules(meeting).moveTo(
                timing(List.of(to), shortNoticeReason, familyAgreed, clashReason, invited), now(), rules::reviewNoticeBy);
        if (!(outcome instanceof Outcome.Done<MeetingStep.Moved> done)) {
            return new Outcome.Refused<>(outcome.reasons());
        }
        MeetingStep.Moved step = done.event();
        if (!meetings.move(meeting.id(), meeting.sequence(), step.to(), step.shortNoticeReason(), step.familyAgreed(), step.clashReason(),
                mc.ctx().viewerName(), clock.instant())) {
            return Outcome.refused(Refusal.of(Refusal.Reason.CHANGED_MEANWHILE));
        }
        Meeting moved = meetings.find(mc.caseId(), meeting.id()).orElseThrow();
        cases.recordChange(mc.ctx(), "Meeting moved", "update " + step.sequence() + ", " + invited.size() + " told");
        Locale locale = LocaleContextHolder.getLocale();
        String from = step.from().stream().map(t -> "- " + describe(t, locale)).reduce((x, y) -> x + "\n" + y).orElse("");
        for (Invitee i : invited) {
            sendMoved(moved, step, i, from, locale);
        }
        return Outcome.done(moved);
    }

    /** Cancels the meeting and sends everyone invited the cancellation of their calendar entry. */
    public Outcome<Meeting> cancel(MeetingCase mc, Meeting meeting, String reason) {
        Outcome<MeetingStep.Cancelled> outcome = rules(meeting).cancel(reason);
        if (!(outcome instanceof Outcome.Done<MeetingStep.Cancelled> done)) {
            return new Outcome.Refused<>(outcome.reasons());
        }
        MeetingStep.Cancelled step = done.event();
        if (!meetings.cancel(meeting.id(), meeting.sequence(), step.reason(), mc.ctx().viewerName(), clock.instant())) {
            return Outcome.refused(Refusal.of(Refusal.Reason.CHANGED_MEANWHILE));
        }
        Meeting cancelled = meetings.find(mc.caseId(), meeting.id()).orElseThrow();
        List<Invitee> invited = invitedNow(mc, meeting);
        cases.recordChange(mc.ctx(), "Meeting cancelled", "update " + step.sequence() + ", " + invited.size() + " told");
        Locale locale = LocaleContextHolder.getLocale();
        for (Invitee i : invited) {
            sendCancelled(cancelled, step, i, locale);
        }
        return Outcome.done(cancelled);
    }

    /** The people invited to the meeting who may still see the case, so can be told of a change. */
    private List<Invitee> invitedNow(MeetingCase mc, Meeting meeting) {
        Map<UUID, Invitee> byMember = new HashMap<>();
        invitees(mc.ctx()).forEach(i -> byMember.put(i.member().id(), i));
        return meetings.attendees(meeting.id()).stream().map(a -> byMember.get(a.memberId())).filter(java.util.Objects::nonNull).toList();
    }

    private void sendMoved(Meeting meeting, MeetingStep.Moved step, Invitee to, String from, Locale locale) {
        String link = baseUrl + "/meetings/" + meeting.id();
        String mode = msg("meeting.email.mode." + meeting.mode().name(), locale, meeting.place());
        ZoneId zone = ClockConfiguration.ZONE;
        ProposedTime t = step.to();
        CalendarFile.Parties parties = new CalendarFile.Parties(mailFrom, serviceName, to.person().email());
        List<Email.Attachment> files = new ArrayList<>();
        files.add(new Email.Attachment("meeting.ics", "text/calendar; charset=UTF-8; method=REQUEST", CalendarFile.write(
                CalendarFile.Method.REQUEST, List.of(new CalendarFile.Event(uid(meeting, 0), step.sequence(), t.starts().atZone(zone).toInstant(),
                        t.ends().atZone(zone).toInstant(), msg("meeting.ics.summary", locale, serviceName), location(meeting, locale),
                        msg(to.mayAct() ? "meeting.ics.description" : "meeting.ics.descriptionViewOnly", locale, mode, link), link)),
                clock.instant(), parties)));
        if (step.from().size() > 1) {
            // the other proposed times are no longer on offer: their entries are taken out
            List<CalendarFile.Event> gone = new ArrayList<>();
            for (int i = 1; i < step.from().size(); i++) {
                gone.add(cancelledEvent(meeting, i, step.from().get(i), step.sequence(), link, locale));
            }
            files.add(new Email.Attachment("other-times-cancelled.ics", "text/calendar; charset=UTF-8; method=CANCEL",
                    CalendarFile.write(CalendarFile.Method.CANCEL, gone, clock.instant(), parties)));
        }
        String body = msg(to.mayAct() ? "meeting.email.movedBody" : "meeting.email.movedBodyViewOnly", locale,
                describe(t, locale), mode, from, link);
        emails.send(new Email(to.person().email(), msg("meeting.email.movedSubject", locale, serviceName), body, meeting.caseId(), files));
    }

    private void sendCancelled(Meeting meeting, MeetingStep.Cancelled step, Invitee to, Locale locale) {
        String link = baseUrl + "/meetings/" + meeting.id();
        List<CalendarFile.Event> events = new ArrayList<>();
        StringBuilder times = new StringBuilder();
        for (int i = 0; i < step.times().size(); i++) {
            events.add(cancelledEvent(meeting, i, step.times().get(i), step.sequence(), link, locale));
            times.append("- ").append(describe(step.times().get(i), locale)).append('\n');
        }
        byte[] ics = CalendarFile.write(CalendarFile.Method.CANCEL, events, clock.instant(),
                new CalendarFile.Parties(mailFrom, serviceName, to.person().email()));
        String body = msg(step.reason() == null ? "meeting.email.cancelledBody" : "meeting.email.cancelledBodyWithReason", locale,
                times.toString(), link);
        emails.send(new Email(to.person().email(), msg("meeting.email.cancelledSubject", locale, serviceName), body, meeting.caseId(),
                List.of(new Email.Attachment("meeting.ics", "text/calendar; charset=UTF-8; method=CANCEL", ics))));
    }

    private CalendarFile.Event cancelledEvent(Meeting meeting, int position, ProposedTime t, int sequence, String link, Locale locale) {
        ZoneId zone = ClockConfiguration.ZONE;
        return new CalendarFile.Event(uid(meeting, position), sequence, t.starts().atZone(zone).toInstant(), t.ends().atZone(zone).toInstant(),
                msg("meeting.ics.summary", locale, serviceName), location(meeting, locale), msg("meeting.ics.cancelledDescription", locale, link),
                link);
    }

    /** The calendar entry of a proposed time: the same for the first invitation and every update of it. */
    private static String uid(Meeting meeting, int position) {
        return meeting.id() + "-" + (position + 1) + "@coplan";
    }

    private String location(Meeting meeting, Locale locale) {
        return meeting.mode() == MeetingMode.IN_PERSON ? meeting.place() : msg("meeting.mode." + meeting.mode().name(), locale);
    }

    /** The invitation and its calendar file. Someone who may only view the record is told, and not asked to reply. */
    private void invite(Meeting meeting, Person to, boolean mayReply, boolean askViews) {
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
            events.add(new CalendarFile.Event(uid(meeting, i), meeting.sequence(), t.starts().atZone(zone).toInstant(),
                    t.ends().atZone(zone).toInstant(), summary, location(meeting, locale),
                    msg(mayReply ? "meeting.ics.description" : "meeting.ics.descriptionViewOnly", locale, mode, link), link));
        }
        String subject = msg("meeting.email.subject", locale, serviceName);
        String body = msg(mayReply ? "meeting.email.body" : "meeting.email.bodyViewOnly", locale, times.toString(), mode, link);
        if (askViews) {
            body += "\n\n" + msg("views.email.inInvitation", locale, link + "/my-views");
        }
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

    public Outcome<Boolean> reply(MeetingCase mc, Meeting meeting, Reply reply, String note) {
        Outcome<MeetingStep.Replied> outcome = meeting.rules(false).reply(reply);
        if (!outcome.isDone()) {
            return new Outcome.Refused<>(outcome.reasons());
        }
        boolean done = meetings.reply(meeting.id(), mc.ctx().viewerId().value(), reply, blankToNull(note), clock.instant());
        if (done) {
            cases.recordChange(mc.ctx(), "Meeting reply", reply.name());
            voice.replied(mc, meeting, reply == Reply.ATTENDING);
        }
        return Outcome.done(done);
    }

    /**
     * Who can be heard in Explore: the child or young person first (by name, on the team or not),
     * then parents and carers, then everyone else who may see the case.
     */
    @Transactional(readOnly = true)
    public List<Speaker> speakers(CaseContext ctx) {
        List<Invitee> invitees = invitees(ctx);
        List<Speaker> out = new ArrayList<>();
        invitees.stream().filter(i -> i.member().role() == CaseRole.CHILD_YOUNG_PERSON)
                .forEach(i -> out.add(new Speaker(i.member().id().toString(), i.member().id(), i.person().displayName(), i.member().role())));
        if (out.isEmpty()) {
            out.add(new Speaker(Speaker.CHILD, null, ctx.child().knownAs(), CaseRole.CHILD_YOUNG_PERSON));
        }
        invitees.stream().filter(i -> i.member().role() == CaseRole.PARENT_CARER)
                .forEach(i -> out.add(new Speaker(i.member().id().toString(), i.member().id(), i.person().displayName(), i.member().role())));
        invitees.stream().filter(i -> !i.member().role().isFamily())
                .forEach(i -> out.add(new Speaker(i.member().id().toString(), i.member().id(), i.person().displayName(), i.member().role())));
        return out;
    }

    public Outcome<View> addView(MeetingCase mc, Meeting meeting, CaseMember speaker, String speakerName, String words) {
        return addView(mc, meeting, new Speaker(speaker.id().toString(), speaker.id(), speakerName, speaker.role()), words);
    }

    /** Writes down what someone said in Explore, in their words; the record must be open. */
    public Outcome<View> addView(MeetingCase mc, Meeting meeting, Speaker speaker, String words) {
        Outcome<MeetingStep.RecordWritten> outcome = meeting.rules(false).writeRecord(today());
        if (!outcome.isDone()) {
            return new Outcome.Refused<>(outcome.reasons());
        }
        View v = new View(UUID.randomUUID(), meeting.id(), speaker.memberId(), speaker.name(), speaker.role().name(), words.strip(),
                mc.ctx().viewerName(), clock.instant());
        meetings.insertView(v, mc.ctx().viewerId().value());
        voice.viewSaid(mc.caseId(), meeting, speaker.memberId(), speaker.role().isFamily());
        cases.recordChange(mc.ctx(), "Meeting record: a view in Explore", "said by " + speaker.role().name());
        return Outcome.done(v);
    }

    public Outcome<NoteSave> saveNote(MeetingCase mc, Meeting meeting, NotePart part, String body, UUID basedOn) {
        Outcome<MeetingStep.RecordWritten> outcome = meeting.rules(false).writeRecord(today());
        if (!outcome.isDone()) {
            return new Outcome.Refused<>(outcome.reasons());
        }
        UUID accountOf = part == NotePart.FAMILY_ACCOUNT ? mc.ctx().viewerId().value() : null;
        Note current = meetings.latest(meeting.id(), part, accountOf).orElse(null);
        boolean onCurrent = current == null ? basedOn == null : current.id().equals(basedOn);
        Note note = new Note(UUID.randomUUID(), meeting.id(), part, accountOf, body.strip(), mc.ctx().viewerId().value(),
                mc.ctx().viewerName(), mc.ctx().role().name(), clock.instant(), basedOn);
        if (!onCurrent || !meetings.insertNote(note)) {
            return Outcome.done(new NoteSave.Conflict(meetings.latest(meeting.id(), part, accountOf).orElse(null)));
        }
        cases.recordChange(mc.ctx(), "Meeting record: " + part.name(), null);
        return Outcome.done(new NoteSave.Saved(note));
    }

    /**
     * Marks the record complete. For an annual review meeting, records that the meeting was held on the
     * timeline if the process accepts the step; the outcome says whether it did.
     */
    public Outcome<Boolean> complete(MeetingCase mc, Meeting meeting) {
        Outcome<MeetingStep.RecordCompleted> outcome = meeting.rules(false).completeRecord(today());
        if (!outcome.isDone()) {
            return new Outcome.Refused<>(outcome.reasons());
        }
        if (!meetings.complete(meeting.id(), mc.ctx().viewerName(), clock.instant())) {
            return Outcome.refused(Refusal.of(Refusal.Reason.RECORD_COMPLETE));
        }
        cases.recordChange(mc.ctx(), "Meeting record completed", null);
        // the review's evidence is kept as the meeting saw it, so a later correction does not change it
        annualReviews.keepEvidence(mc, meeting);
        if (meeting.kind() != MeetingKind.ANNUAL_REVIEW) {
            return Outcome.done(false);
        }
        LocalDate held = meeting.firstTime().starts().toLocalDate();
        if (held.isAfter(today())) {
            held = today();
        }
        boolean accepted = process.record(mc.ctx().viewerId(), mc.ctx().caseId(),
                ProcessEvent.of(ProcessEventKind.REVIEW_MEETING_HELD, held)).isEmpty();
        if (accepted) {
            meetings.markReviewHeldRecorded(meeting.id());
            events.publishEvent(new org.coplan.meetings.ReviewMeetingHeld(mc.ctx().caseId(), meeting.id(), held));
        }
        return Outcome.done(accepted);
    }

    /** The rules for a decision, without recording it, so a form can show every problem at once. */
    @Transactional(readOnly = true)
    public Outcome<MeetingStep.DecisionRecorded> checkDecision(MeetingCase mc, UUID meetingId, List<Decisions.PositionTaken> positions) {
        Optional<ArrangedMeeting> at = meetingId == null ? Optional.empty()
                : meetings.find(mc.caseId(), meetingId).map(m -> m.rules(false));
        return new DecisionDraft(positions.stream()
                .map(p -> new DecisionDraft.Stance(p.memberId(), p.memberName(), p.position(), p.reasons())).toList())
                .record(at, today());
    }

    /**
     * The rules for an action, without adding it. {@code meetingId} is the meeting it comes from, or
     * that of its decision; the owner and the due date may be null while the form is incomplete.
     */
    @Transactional(readOnly = true)
    public Outcome<MeetingStep.ActionAdded> checkAction(MeetingCase mc, UUID meetingId, UUID ownerMemberId, LocalDate dueOn) {
        Optional<ArrangedMeeting> at = meetingId == null ? Optional.empty()
                : meetings.find(mc.caseId(), meetingId).map(m -> m.rules(false));
        boolean ownerMayAct = invitees(mc.ctx()).stream().anyMatch(i -> i.mayAct() && i.member().id().equals(ownerMemberId));
        return new ActionDraft(ownerMemberId, ownerMayAct, dueOn).add(at, today());
    }

    /** The meeting a new action would come from: its own, or that of the decision it carries out. */
    @Transactional(readOnly = true)
    public UUID meetingOf(MeetingCase mc, UUID meetingId, UUID decisionId) {
        if (meetingId != null || decisionId == null) {
            return meetingId;
        }
        return decisions.find(mc.caseId(), decisionId).map(Decision::meetingId).orElse(null);
    }

    /** Records a decision: every disagreement with its reason, and one made at a meeting only once its record is open. */
    public Outcome<Decision> recordDecision(MeetingCase mc, Decision d) {
        Outcome<MeetingStep.DecisionRecorded> outcome = checkDecision(mc, d.meetingId(), d.positions());
        if (!outcome.isDone()) {
            return new Outcome.Refused<>(outcome.reasons());
        }
        d = new Decision(d.id(), d.caseId(), d.meetingId(), d.question(), d.options(), d.holder(), d.decision(), d.reasons(),
                d.recordedByName(), d.recordedByRole(), d.recordedAt(), d.sections(), voice.asTyped(mc.ctx(), d.positions()), d.reviewOn());
        decisions.insert(d, mc.ctx().viewerId().value(), mc.ctx().child().localAuthority().value(),
                mc.ctx().child().school() == null ? null : mc.ctx().child().school().value());
        cases.recordChange(mc.ctx(), "Decision recorded", d.holder().name() + ", " + d.positions().size() + " position(s), "
                + d.sections().size() + " plan section(s)");
        voice.decisionRecorded(mc.ctx(), d);
        tellWhoSpoke(mc, d.meetingId(), "email.youSaid.what.decision");
        return Outcome.done(d);
    }

    /**
     * Adds an action: its owner able to mark it done, not due before today, and one from a meeting
     * (or from a decision made at one) only once the meeting's record is open.
     */
    public Outcome<Action> addAction(MeetingCase mc, Action a) {
        UUID meetingId = meetingOf(mc, a);
        Outcome<MeetingStep.ActionAdded> outcome = checkAction(mc, meetingId, a.ownerMemberId(), a.dueOn());
        if (!outcome.isDone()) {
            return new Outcome.Refused<>(outcome.reasons());
        }
        actions.insert(a, mc.ctx().child().localAuthority().value(),
                mc.ctx().child().school() == null ? null : mc.ctx().child().school().value());
        cases.recordChange(mc.ctx(), "Action added", "owner " + a.ownerRole() + ", due " + a.dueOn());
        events.publishEvent(new ActionAdded(mc.ctx().caseId(), a.id(), a.ownerPersonId() == null ? null : new PersonId(a.ownerPersonId()),
                mc.ctx().viewerId(), mc.ctx().viewerName(), a.dueOn()));
        tellWhoSpoke(mc, meetingId, "email.youSaid.what.action");
        return Outcome.done(a);
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
        cases.child(changed.caseId()).ifPresent(c -> {
            actions.moveCase(c.id().value(), c.localAuthority().value(), c.school() == null ? null : c.school().value());
            decisions.moveCase(c.id().value(), c.localAuthority().value(), c.school() == null ? null : c.school().value());
        });
    }

    public Optional<Meeting> find(MeetingCase mc, UUID meetingId) {
        return meetings.find(mc.caseId(), meetingId);
    }

    /** The meeting an action came from: its own, or that of the decision it carries out. */
    private UUID meetingOf(MeetingCase mc, Action a) {
        return meetingOf(mc, a.meetingId(), a.decisionId());
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
        notices.tell(mc.ctx().caseId(), t -> t.role().isFamily() && !t.personId().equals(mc.ctx().viewerId())
                        && (spoke.contains(t.memberId()) || wrote.contains(t.personId().value())),
                "email.youSaid.subject", "email.youSaid.meetingBody",
                List.of(mc.ctx().viewerName(), msg(whatKey, java.util.Locale.UK)), "/cases/" + mc.caseId() + "/you-said-we-did");
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
