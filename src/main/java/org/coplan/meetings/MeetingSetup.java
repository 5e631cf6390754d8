package org.coplan.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.ChildCase;
import org.coplan.cases.CaseMember;
import org.coplan.cases.CaseRole;
import org.coplan.meetings.domain.ActionStatus;
import org.coplan.meetings.domain.DecisionHolder;
import org.coplan.meetings.domain.MeetingKind;
import org.coplan.meetings.domain.MeetingMode;
import org.coplan.meetings.domain.NotePart;
import org.coplan.meetings.domain.ProposedTime;
import org.coplan.meetings.internal.Actions;
import org.coplan.meetings.internal.Decisions;
import org.coplan.meetings.internal.Meetings;
import org.coplan.people.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes meetings that have already happened, with their record, decisions and actions, for demo
 * data: no invitations are sent and no access is checked. Pages never use it.
 */
@Service
@Transactional
public class MeetingSetup {

    private final Meetings meetings;
    private final Decisions decisions;
    private final Actions actions;
    private final CaseAccess cases;
    private final Clock clock;

    private final org.coplan.meetings.internal.OwnViewRevisions ownViews;

    /** A planning meeting still to come, arranged now, with these members invited; no invitations are sent. */
    public UUID upcomingMeeting(CaseId caseId, Person organiser, CaseRole organiserRole, String title, String place, LocalDateTime at,
            List<CaseMember> invited) {
        return upcoming(MeetingKind.PLANNING, caseId, organiser, organiserRole, title, place, at, invited);
    }

    /** An annual review meeting still to come, arranged now, with these members invited; no invitations are sent. */
    public UUID upcomingAnnualReview(CaseId caseId, Person organiser, CaseRole organiserRole, String title, String place, LocalDateTime at,
            List<CaseMember> invited) {
        return upcoming(MeetingKind.ANNUAL_REVIEW, caseId, organiser, organiserRole, title, place, at, invited);
    }

    private UUID upcoming(MeetingKind kind, CaseId caseId, Person organiser, CaseRole organiserRole, String title, String place,
            LocalDateTime at, List<CaseMember> invited) {
        Meetings.Meeting m = new Meetings.Meeting(UUID.randomUUID(), caseId.value(), kind, title, MeetingMode.IN_PERSON,
                place, null, false, null, organiser.id().value(), organiser.displayName(), organiserRole.name(), clock.instant(), null,
                null, false, List.of(new ProposedTime(at, 60)), 0, null, null, null, null, null);
        meetings.insert(m, invited.stream().map(i -> new Meetings.Attendee(m.id(), i.id(), i.personId().value(), null, null, null, null)).toList());
        return m.id();
    }

    /** A family member's views before a meeting, in their own words (or, with {@code recordedBy}, recorded for them). */
    public void ownViews(UUID meetingId, CaseMember member, Person memberPerson, Person recordedBy, String goingWell, String hard,
            String wanted, String questions) {
        Person writer = recordedBy == null ? memberPerson : recordedBy;
        ownViews.insert(new org.coplan.meetings.internal.OwnViewRevisions.OwnView(UUID.randomUUID(), meetingId, member.id(),
                memberPerson.displayName(), member.role().name(), goingWell, hard, wanted, questions, writer.id().value(),
                writer.displayName(), recordedBy != null, clock.instant(), null, null));
    }

    MeetingSetup(Meetings meetings, Decisions decisions, Actions actions, CaseAccess cases, Clock clock,
            org.coplan.meetings.internal.OwnViewRevisions ownViews) {
        this.ownViews = ownViews;
        this.cases = cases;
        this.meetings = meetings;
        this.decisions = decisions;
        this.actions = actions;
        this.clock = clock;
    }

    /** A structured conversation held at this time, with these members invited; its record is marked complete. */
    public UUID heldConversation(CaseId caseId, Person organiser, CaseRole organiserRole, String title, String place,
            LocalDateTime at, List<CaseMember> invited) {
        Instant arranged = at.minusWeeks(3).atZone(clock.getZone()).toInstant();
        Meetings.Meeting m = new Meetings.Meeting(UUID.randomUUID(), caseId.value(), MeetingKind.STRUCTURED_CONVERSATION, title,
                MeetingMode.IN_PERSON, place, null, false, null, organiser.id().value(), organiser.displayName(),
                organiserRole.name(), arranged, at.plusHours(2).atZone(clock.getZone()).toInstant(), organiser.displayName(),
                false, List.of(new ProposedTime(at, 60)), 0, null, null, null, null, null);
        meetings.insert(m, invited.stream().map(i -> new Meetings.Attendee(m.id(), i.id(), i.personId().value(), null, null, null, null)).toList());
        meetings.complete(m.id(), organiser.displayName(), m.completedAt());
        return m.id();
    }

    /** Explore: what someone said, in their words, recorded by the organiser. */
    public void view(UUID meetingId, CaseMember speaker, Person speakerPerson, Person recordedBy, String words, Instant at) {
        meetings.insertView(new Meetings.View(UUID.randomUUID(), meetingId, speaker.id(), speakerPerson.displayName(), speaker.role().name(),
                words, recordedBy.displayName(), at), recordedBy.id().value());
    }

    /** A first revision of Focus, Plan or Review. */
    public void note(UUID meetingId, NotePart part, Person author, CaseRole authorRole, String body, Instant at) {
        meetings.insertNote(new Meetings.Note(UUID.randomUUID(), meetingId, part, null, body, author.id().value(), author.displayName(),
                authorRole.name(), at, null));
    }

    public UUID decision(CaseId caseId, UUID meetingId, Person recordedBy, CaseRole recorderRole, String question, String options,
            DecisionHolder holder, String decision, String reasons, Instant at) {
        Decisions.Decision d = new Decisions.Decision(UUID.randomUUID(), caseId.value(), meetingId, question, options, holder, decision,
                reasons, recordedBy.displayName(), recorderRole.name(), at, List.of(), List.of(),
                at.atZone(org.coplan.shared.ClockConfiguration.ZONE).toLocalDate().plusMonths(6));
        ChildCase child = cases.child(caseId).orElseThrow();
        decisions.insert(d, recordedBy.id().value(), child.localAuthority().value(), child.school() == null ? null : child.school().value());
        return d.id();
    }

    /** An action, open or (with {@code doneAt}) done by its owner then. */
    public void action(CaseId caseId, UUID meetingId, UUID decisionId, CaseMember owner, Person ownerPerson, Person createdBy,
            String description, LocalDate dueOn, Instant at, Instant doneAt) {
        Actions.Action a = new Actions.Action(UUID.randomUUID(), caseId.value(), meetingId, decisionId, description, owner.id(),
                ownerPerson.id().value(), ownerPerson.displayName(), owner.role().name(), dueOn, ActionStatus.OPEN, null, null, null,
                createdBy.displayName(), at, 0);
        ChildCase child = cases.child(caseId).orElseThrow();
        actions.insert(a, child.localAuthority().value(), child.school() == null ? null : child.school().value());
        if (doneAt != null) {
            actions.changeStatus(a.id(), ActionStatus.DONE, null, ownerPerson.displayName(), doneAt, a.version());
        }
    }

    /** A decision of a co-production board meeting already held, recorded then, with a review date (or null). */
    public UUID boardDecision(UUID boardMeetingId, UUID localAuthorityId, Person recordedBy, String role, String question, String decision,
            String reasons, Instant at, LocalDate reviewOn) {
        Decisions.Decision d = new Decisions.Decision(UUID.randomUUID(), null, null, question, "", null, decision, reasons,
                recordedBy.displayName(), role, at, List.of(), List.of(), reviewOn);
        decisions.insertForBoard(boardMeetingId, d, recordedBy.id().value(), localAuthorityId);
        return d.id();
    }

    /** An action of a co-production board meeting already held, open or (with {@code doneAt}) done by its owner then; nobody is told. */
    public UUID boardAction(UUID boardMeetingId, UUID localAuthorityId, UUID decisionId, Person owner, String ownerSide, Person createdBy,
            String description, LocalDate dueOn, Instant at, Instant doneAt) {
        Actions.Action a = new Actions.Action(UUID.randomUUID(), null, null, decisionId, description, null, owner.id().value(),
                owner.displayName(), ownerSide, dueOn, ActionStatus.OPEN, null, null, null, createdBy.displayName(), at, 0);
        actions.insertForBoard(boardMeetingId, a, localAuthorityId);
        if (doneAt != null) {
            actions.changeStatus(a.id(), ActionStatus.DONE, null, owner.displayName(), doneAt, a.version());
        }
        return a.id();
    }
}
