package org.coplan.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseMember;
import org.coplan.meetings.domain.ActionStatus;
import org.coplan.meetings.domain.DecisionHolder;
import org.coplan.meetings.domain.MeetingAction;
import org.coplan.meetings.domain.MeetingKind;
import org.coplan.meetings.domain.MeetingMode;
import org.coplan.meetings.domain.ProposedTime;
import org.coplan.meetings.internal.Actions.Action;
import org.coplan.meetings.internal.Decisions.Decision;
import org.coplan.meetings.internal.MeetingAccess;
import org.coplan.meetings.internal.MeetingAccess.MeetingCase;
import org.coplan.meetings.internal.MeetingWork;
import org.coplan.people.Person;
import org.springframework.boot.test.context.TestComponent;

/** A meeting with every active member who may see the case invited, a decision and an action, made as a case lead. */
@TestComponent
public class MeetingFixtures {

    public record Made(UUID meeting, UUID decision, UUID action) {}

    private final MeetingAccess access;
    private final MeetingWork work;
    private final CaseAccess cases;

    private final SettableClock clock;

    private final org.coplan.meetings.internal.FamilyVoice voice;

    MeetingFixtures(MeetingAccess access, MeetingWork work, CaseAccess cases, SettableClock clock,
            org.coplan.meetings.internal.FamilyVoice voice) {
        this.voice = voice;
        this.access = access;
        this.work = work;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * An action on its own (no meeting), owned by the lead, who must be on the case team, due on
     * {@code dueOn} and then left open or marked done or cancelled. Returns its id. An action due
     * before today is added on its due day (the clock is put back for it), as no action is added
     * already late.
     */
    public UUID action(Person lead, CaseId caseId, LocalDate dueOn, ActionStatus status) {
        Instant now = clock.instant();
        if (dueOn.isBefore(work.today())) {
            clock.set(dueOn.atTime(9, 0).atZone(clock.getZone()).toInstant());
        }
        try {
            return addAction(lead, caseId, dueOn, status);
        } finally {
            clock.set(now);
        }
    }

    private UUID addAction(Person lead, CaseId caseId, LocalDate dueOn, ActionStatus status) {
        MeetingCase mc = access.open(lead.id(), caseId.value(), MeetingAction.RECORD);
        CaseMember owner = cases.activeMembers(caseId).stream().filter(m -> m.personId().equals(lead.id())).findFirst().orElseThrow();
        Action a = new Action(UUID.randomUUID(), caseId.value(), null, null, "Send the report " + dueOn, owner.id(), lead.id().value(),
                lead.displayName(), owner.role().name(), dueOn, ActionStatus.OPEN, null, null, null, lead.displayName(), Instant.now(), 0);
        work.addAction(mc, a).event();
        if (status != ActionStatus.OPEN) {
            work.changeAction(mc, a, status, status == ActionStatus.CANCELLED ? "No longer needed." : null, 0);
        }
        return a.id();
    }

    /**
     * Views recorded by the lead on behalf of the first family member of the case who may add to the
     * record, before the meeting. Returns that member's id.
     */
    public UUID viewsOnBehalf(Person lead, CaseId caseId, UUID meetingId) {
        MeetingCase mc = access.open(lead.id(), caseId.value(), MeetingAction.RECORD);
        var member = cases.audience(caseId).family().stream().filter(org.coplan.cases.CaseAudience.Told::mayAct).findFirst().orElseThrow();
        var meeting = work.find(mc, meetingId).orElseThrow();
        voice.recordOnBehalf(mc, meeting, member.memberId(), "Family Member", new org.coplan.meetings.internal.FamilyVoice.Answers("Art club", null,
                null, null), null).event();
        return member.memberId();
    }

    /**
     * An annual review meeting later today (at short notice, which the family agreed), so its record
     * and proposals are open, with everyone who may see the case invited. Returns its id.
     */
    public UUID annualReview(Person lead, CaseId caseId) {
        MeetingCase mc = access.open(lead.id(), caseId.value(), MeetingAction.ARRANGE);
        return work.arrange(mc, new MeetingWork.Arrangement(MeetingKind.ANNUAL_REVIEW, "Annual review", MeetingMode.IN_PERSON,
                "School hall", List.of(new ProposedTime(work.now().plusMinutes(1).withSecond(0).withNano(0), 60)),
                cases.audience(caseId).told().stream().map(org.coplan.cases.CaseAudience.Told::memberId).toList(),
                "The family asked for an early review", true, null)).event().meeting().id();
    }

    /**
     * A planning meeting later today, so its record is open, with everyone invited.
     *
     * @param actionOwner who owns the action (must be on the case), or null for no decision or action
     */
    public Made build(Person lead, CaseId caseId, Person actionOwner) {
        MeetingCase mc = access.open(lead.id(), caseId.value(), MeetingAction.ARRANGE);
        List<CaseMember> members = cases.activeMembers(caseId);
        var arranged = work.arrange(mc, new MeetingWork.Arrangement(MeetingKind.PLANNING, "Planning", MeetingMode.ONLINE,
                "https://meet.example/abc", List.of(new ProposedTime(work.now().plusMinutes(1).withSecond(0).withNano(0), 60)),
                cases.audience(caseId).told().stream().map(org.coplan.cases.CaseAudience.Told::memberId).toList(), null, false, null))
                .event();
        UUID meeting = arranged.meeting().id();
        if (actionOwner == null) {
            return new Made(meeting, null, null);
        }
        Decision d = new Decision(UUID.randomUUID(), caseId.value(), meeting, "Which therapy?", "A\nB", DecisionHolder.LOCAL_AUTHORITY,
                "A", "Advice said so", lead.displayName(), mc.ctx().role().name(), Instant.now(), List.of(), List.of(),
                work.today().plusMonths(6));
        work.recordDecision(mc, d).event();
        CaseMember owner = members.stream().filter(m -> m.personId().equals(actionOwner.id())).findFirst().orElseThrow();
        Action a = new Action(UUID.randomUUID(), caseId.value(), meeting, d.id(), "Book sessions", owner.id(), actionOwner.id().value(),
                actionOwner.displayName(), owner.role().name(), LocalDate.of(2027, 2, 1), ActionStatus.OPEN, null, null, null,
                lead.displayName(), Instant.now(), 0);
        work.addAction(mc, a).event();
        return new Made(meeting, d.id(), a.id());
    }
}
