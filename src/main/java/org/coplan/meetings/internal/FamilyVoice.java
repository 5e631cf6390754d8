package org.coplan.meetings.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseAudience;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseNotices;
import org.coplan.cases.Involvement;
import org.coplan.cases.ParticipationChoices;
import org.coplan.meetings.domain.DecisionDraft;
import org.coplan.meetings.domain.MeetingStep;
import org.coplan.meetings.domain.Outcome;
import org.coplan.meetings.domain.OwnViews;
import org.coplan.meetings.domain.Position;
import org.coplan.meetings.domain.Refusal;
import org.coplan.meetings.internal.Decisions.Decision;
import org.coplan.meetings.internal.Decisions.PositionTaken;
import org.coplan.meetings.internal.InvolvementsReached.Subject;
import org.coplan.meetings.internal.MeetingAccess.MeetingCase;
import org.coplan.meetings.internal.Meetings.Meeting;
import org.coplan.meetings.internal.OwnViewRevisions.LeadNote;
import org.coplan.meetings.internal.OwnViewRevisions.OwnView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's own voice on meetings and decisions: their views before a meeting in their own words,
 * their own positions on decisions, and what their chosen level of involvement means for what they are
 * sent and asked (kept informed: told of every decision; asked for views: also sent the views form
 * before every meeting; involved in decisions: also invited to every meeting and asked for their
 * position on every decision). Records the level each family member reached on each meeting and decision.
 */
@Service
@Transactional
public class FamilyVoice {

    /** The four questions of the views form, as typed. Blank answers are kept as null. */
    public record Answers(String goingWell, String hard, String wanted, String questions) {
        public Answers {
            goingWell = MeetingWork.blankToNull(goingWell);
            hard = MeetingWork.blankToNull(hard);
            wanted = MeetingWork.blankToNull(wanted);
            questions = MeetingWork.blankToNull(questions);
        }

        public boolean empty() {
            return goingWell == null && hard == null && wanted == null && questions == null;
        }
    }

    /** What saving views came to: saved, or someone saved meanwhile (the typed answers go back with the current ones). */
    public sealed interface ViewsSave {
        record Saved(OwnView view) implements ViewsSave {}

        record Conflict(OwnView current) implements ViewsSave {}
    }

    private final OwnViewRevisions views;
    private final Decisions decisions;
    private final Meetings meetings;
    private final InvolvementsReached reached;
    private final CaseAccess cases;
    private final CaseNotices notices;
    private final Clock clock;

    FamilyVoice(OwnViewRevisions views, Decisions decisions, Meetings meetings, InvolvementsReached reached, CaseAccess cases,
            CaseNotices notices, Clock clock) {
        this.views = views;
        this.decisions = decisions;
        this.meetings = meetings;
        this.reached = reached;
        this.cases = cases;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * The level a family member chose. Someone who has not chosen yet is asked for their views: the law
     * asks for the views of the child and their parents whatever else they choose.
     */
    @Transactional(readOnly = true)
    public Involvement chosen(UUID memberId) {
        return cases.choicesOf(memberId).map(ParticipationChoices::involvement).orElse(Involvement.ASKED_FOR_VIEWS);
    }

    private static boolean atLeast(Involvement chosen, Involvement level) {
        return chosen.ordinal() >= level.ordinal();
    }

    /** The family members who chose to be involved in decisions (or more) and may act: every meeting invites them. */
    @Transactional(readOnly = true)
    public List<UUID> mustBeInvited(CaseId caseId) {
        return cases.audience(caseId).family().stream().filter(CaseAudience.Told::mayAct)
                .filter(t -> atLeast(chosen(t.memberId()), Involvement.INVOLVED_IN_DECISIONS)).map(CaseAudience.Told::memberId).toList();
    }

    /** Whether a team member is asked for their views before every meeting: family who chose that or more and may add to the record. */
    @Transactional(readOnly = true)
    public boolean asksForViews(CaseAudience.Told t) {
        return t.role().isFamily() && t.mayAct() && atLeast(chosen(t.memberId()), Involvement.ASKED_FOR_VIEWS);
    }

    /**
     * A meeting was arranged: each family member who chose "asked for views" or more (and may add to the
     * record) is sent the views form; for those invited, the invitation carries it. Everyone invited or
     * sent the form was told of the meeting.
     */
    public void meetingArranged(CaseContext ctx, Meeting meeting, List<UUID> invited) {
        for (CaseAudience.Told t : cases.audience(ctx.caseId()).family()) {
            boolean told = invited.contains(t.memberId());
            if (!told && asksForViews(t)) {
                told |= notices.tell(ctx.caseId(), t.personId(), "views.email.subject", "views.email.body", List.of(ctx.viewerName()),
                        "/meetings/" + meeting.id() + "/my-views");
            }
            if (told) {
                reached.raise(ctx.caseId().value(), Subject.MEETING, meeting.id(), t.memberId(), Involvement.KEPT_INFORMED, clock.instant());
            }
        }
    }

    /** An invited family member said they will come: they take part in the meeting. */
    public void replied(MeetingCase mc, Meeting meeting, boolean attending) {
        if (!attending || !mc.ctx().role().isFamily()) {
            return;
        }
        memberOf(mc).ifPresent(m -> reached.raise(mc.caseId(), Subject.MEETING, meeting.id(), m, Involvement.INVOLVED_IN_DECISIONS,
                clock.instant()));
    }

    /** A view said at the meeting was written down for a family member: they gave their views. */
    public void viewSaid(UUID caseId, Meeting meeting, UUID memberId, boolean family) {
        if (memberId != null && family) {
            reached.raise(caseId, Subject.MEETING, meeting.id(), memberId, Involvement.ASKED_FOR_VIEWS, clock.instant());
        }
    }

    /**
     * A decision was recorded. Every family member who may see the case is told of it (kept informed);
     * those who chose "involved in decisions" or more, and have not given their own position, are asked
     * for it. Views given at its meeting count as views on it; a position counts once it is their own.
     */
    public void decisionRecorded(CaseContext ctx, Decision d) {
        Set<UUID> gaveViews = new HashSet<>();
        if (d.meetingId() != null) {
            views.latest(d.meetingId()).stream().filter(v -> !v.awaitingConfirmation()).forEach(v -> gaveViews.add(v.memberId()));
            meetings.views(d.meetingId()).forEach(v -> gaveViews.add(v.speakerMemberId()));
        }
        String path = "/cases/" + ctx.caseId().value() + "/decisions/" + d.id();
        for (CaseAudience.Told t : cases.audience(ctx.caseId()).family()) {
            if (t.personId().equals(ctx.viewerId())) {
                continue;
            }
            Optional<PositionTaken> position = d.positionOf(t.memberId());
            boolean ask = t.mayAct() && atLeast(chosen(t.memberId()), Involvement.INVOLVED_IN_DECISIONS)
                    && position.map(PositionTaken::awaitingConfirmation).orElse(true);
            boolean told = notices.tell(ctx.caseId(), t.personId(), "decision.email.subject",
                    ask ? "decision.email.askBody" : "decision.email.toldBody", List.of(ctx.viewerName()), path);
            if (told) {
                reached.raise(ctx.caseId().value(), Subject.DECISION, d.id(), t.memberId(), Involvement.KEPT_INFORMED, clock.instant());
            }
            if (gaveViews.contains(t.memberId())) {
                reached.raise(ctx.caseId().value(), Subject.DECISION, d.id(), t.memberId(), Involvement.ASKED_FOR_VIEWS, clock.instant());
            }
        }
    }

    // ---- views before a meeting

    @Transactional(readOnly = true)
    public List<OwnView> views(Meeting meeting) {
        return views.latest(meeting.id());
    }

    @Transactional(readOnly = true)
    public Optional<OwnView> viewsOf(Meeting meeting, UUID memberId) {
        return views.latest(meeting.id(), memberId);
    }

    @Transactional(readOnly = true)
    public List<LeadNote> leadNotes(Meeting meeting) {
        return views.notes(meeting.id());
    }

    /** The signed-in family member's place on the team, if they have one. */
    @Transactional(readOnly = true)
    public Optional<UUID> memberOf(MeetingCase mc) {
        return cases.audience(mc.ctx().caseId()).person(mc.ctx().viewerId()).map(CaseAudience.Told::memberId);
    }

    private static OwnViews.Latest latest(Optional<OwnView> v) {
        return v.isEmpty() ? OwnViews.Latest.NONE : v.get().onBehalf() ? OwnViews.Latest.ON_THEIR_BEHALF : OwnViews.Latest.IN_THEIR_OWN_HAND;
    }

    /** Why the person cannot write their views now; empty when they can. */
    @Transactional(readOnly = true)
    public List<Refusal> whyOwnViewsClosed(Meeting meeting, UUID memberId) {
        return OwnViews.write(meeting.rules(false), LocalDateTime.now(clock), latest(views.latest(meeting.id(), memberId))).reasons();
    }

    /** The signed-in family member writes or changes their own views, based on revision {@code basedOn} (null: their first). */
    public Outcome<ViewsSave> writeOwn(MeetingCase mc, Meeting meeting, UUID memberId, Answers a, UUID basedOn) {
        Optional<OwnView> current = views.latest(meeting.id(), memberId);
        Outcome<MeetingStep.ViewsWritten> outcome = OwnViews.write(meeting.rules(false), LocalDateTime.now(clock), latest(current));
        if (!outcome.isDone()) {
            return new Outcome.Refused<>(outcome.reasons());
        }
        Outcome<ViewsSave> saved = save(mc, meeting, memberId, mc.ctx().viewerName(), mc.ctx().role().name(), a, basedOn, current, false);
        if (saved.isDone() && saved.event() instanceof ViewsSave.Saved) {
            reached.raise(mc.caseId(), Subject.MEETING, meeting.id(), memberId, Involvement.ASKED_FOR_VIEWS, clock.instant());
            cases.recordChange(mc.ctx(), "Views before a meeting", "in their own words");
        }
        return saved;
    }

    /** A case lead records a family member's views on their behalf; the person is told, to confirm or correct them. */
    public Outcome<ViewsSave> recordOnBehalf(MeetingCase mc, Meeting meeting, UUID memberId, String memberName, Answers a,
            UUID basedOn) {
        CaseAudience.Told member = cases.audience(mc.ctx().caseId()).member(memberId)
                .filter(t -> t.role().isFamily() && t.mayAct())
                .orElseThrow(() -> new IllegalArgumentException("Not a family member who may add to the record: " + memberId));
        Optional<OwnView> current = views.latest(meeting.id(), member.memberId());
        Outcome<MeetingStep.ViewsWritten> outcome = OwnViews.recordOnBehalf(meeting.rules(false), latest(current));
        if (!outcome.isDone()) {
            return new Outcome.Refused<>(outcome.reasons());
        }
        Outcome<ViewsSave> saved = save(mc, meeting, member.memberId(), memberName, member.role().name(), a, basedOn, current, true);
        if (saved.isDone() && saved.event() instanceof ViewsSave.Saved) {
            cases.recordChange(mc.ctx(), "Views before a meeting", "recorded on behalf of " + member.role().name());
            notices.tell(mc.ctx().caseId(), member.personId(), "views.email.confirmSubject", "views.email.confirmBody",
                    List.of(mc.ctx().viewerName()), "/meetings/" + meeting.id() + "/my-views");
        }
        return saved;
    }

    private Outcome<ViewsSave> save(MeetingCase mc, Meeting meeting, UUID memberId, String name, String role, Answers a, UUID basedOn,
            Optional<OwnView> current, boolean onBehalf) {
        boolean onCurrent = current.map(v -> v.id().equals(basedOn)).orElse(basedOn == null);
        OwnView v = new OwnView(UUID.randomUUID(), meeting.id(), memberId, name, role, a.goingWell(), a.hard(), a.wanted(), a.questions(),
                mc.ctx().viewerId().value(), mc.ctx().viewerName(), onBehalf, clock.instant(), basedOn, null);
        if (!onCurrent || !views.insert(v)) {
            return Outcome.done(new ViewsSave.Conflict(views.latest(meeting.id(), memberId).orElse(null)));
        }
        return Outcome.done(new ViewsSave.Saved(v));
    }

    /** The family member says the views recorded for them are right. */
    public Outcome<Boolean> confirmOwn(MeetingCase mc, Meeting meeting, UUID memberId, UUID revision) {
        Optional<OwnView> current = views.latest(meeting.id(), memberId);
        Outcome<MeetingStep.ViewsWritten> outcome = OwnViews.confirm(meeting.rules(false), latest(current));
        if (!outcome.isDone() || !current.get().id().equals(revision) || !views.confirm(revision, clock.instant())) {
            return Outcome.refused(Refusal.of(Refusal.Reason.CHANGED_MEANWHILE));
        }
        reached.raise(mc.caseId(), Subject.MEETING, meeting.id(), memberId, Involvement.ASKED_FOR_VIEWS, clock.instant());
        cases.recordChange(mc.ctx(), "Views before a meeting", "confirmed views recorded on their behalf");
        return Outcome.done(true);
    }

    /** A case lead's note beside a family member's views; the views themselves are not touched. */
    public void addLeadNote(MeetingCase mc, Meeting meeting, UUID memberId, String body) {
        views.insertNote(new LeadNote(UUID.randomUUID(), meeting.id(), memberId, body.strip(), mc.ctx().viewerName(), clock.instant()),
                mc.ctx().viewerId().value());
        cases.recordChange(mc.ctx(), "Views before a meeting", "a lead's note beside them");
    }

    // ---- positions on decisions

    /** The rules for a position: a disagreement gives its reasons. */
    public Outcome<MeetingStep.DecisionRecorded> checkPosition(UUID memberId, String name, Position position, String reasons) {
        return new DecisionDraft(List.of(new DecisionDraft.Stance(memberId, name, position, reasons))).record(Optional.empty(),
                java.time.LocalDate.now(clock));
    }

    /** A team member gives their own position on a decision, replacing version {@code basedOn} (-1: none). */
    public Outcome<Boolean> givePosition(MeetingCase mc, Decision d, UUID memberId, String memberRole, Position position, String reasons,
            int basedOn) {
        Outcome<MeetingStep.DecisionRecorded> outcome = checkPosition(memberId, mc.ctx().viewerName(), position, reasons);
        if (!outcome.isDone()) {
            return new Outcome.Refused<>(outcome.reasons());
        }
        PositionTaken p = new PositionTaken(memberId, mc.ctx().viewerName(), memberRole, position, MeetingWork.blankToNull(reasons));
        if (!decisions.givePosition(d.id(), p, clock.instant(), basedOn)) {
            return Outcome.refused(Refusal.of(Refusal.Reason.CHANGED_MEANWHILE));
        }
        positionCounts(mc, d, memberId);
        cases.recordChange(mc.ctx(), "Decision: own position", position.name());
        return Outcome.done(true);
    }

    /** A team member confirms the position entered for them. */
    public Outcome<Boolean> confirmPosition(MeetingCase mc, Decision d, UUID memberId, int basedOn) {
        if (!decisions.confirmPosition(d.id(), memberId, clock.instant(), basedOn)) {
            return Outcome.refused(Refusal.of(Refusal.Reason.CHANGED_MEANWHILE));
        }
        positionCounts(mc, d, memberId);
        cases.recordChange(mc.ctx(), "Decision: position confirmed", null);
        return Outcome.done(true);
    }

    private void positionCounts(MeetingCase mc, Decision d, UUID memberId) {
        if (mc.ctx().role().isFamily()) {
            reached.raise(mc.caseId(), Subject.DECISION, d.id(), memberId, Involvement.INVOLVED_IN_DECISIONS, clock.instant());
        }
    }

    /** Positions as the recorder typed them: on the person's behalf, unless the recorder typed their own. */
    public List<PositionTaken> asTyped(CaseContext ctx, List<PositionTaken> typed) {
        Optional<UUID> own = cases.audience(ctx.caseId()).person(ctx.viewerId()).map(CaseAudience.Told::memberId);
        List<PositionTaken> out = new ArrayList<>();
        for (PositionTaken p : typed) {
            out.add(own.filter(p.memberId()::equals).isPresent() ? p.inOwnHand() : p);
        }
        return out;
    }
}
