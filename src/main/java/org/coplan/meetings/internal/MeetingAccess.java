package org.coplan.meetings.internal;

import java.util.Set;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.meetings.domain.MeetingAction;
import org.coplan.meetings.domain.MeetingPolicy;
import org.coplan.meetings.domain.MeetingPolicy.Participant;
import org.coplan.people.PersonId;
import org.coplan.shared.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens a case's meetings for a person: the case's access policy first, then the meeting policy. */
@Service
@Transactional(readOnly = true)
public class MeetingAccess {

    /** A case as one person may see its meetings, with what they may do. */
    public record MeetingCase(CaseContext ctx, Set<MeetingAction> actions) {
        public boolean can(MeetingAction action) {
            return actions.contains(action);
        }

        public UUID caseId() {
            return ctx.caseId().value();
        }
    }

    private final CaseAccess cases;
    private final Meetings meetings;

    MeetingAccess(CaseAccess cases, Meetings meetings) {
        this.cases = cases;
        this.meetings = meetings;
    }

    /** The case if the person may take this action on its meetings; otherwise "not found". */
    public MeetingCase open(PersonId person, UUID caseId, MeetingAction action) {
        CaseContext ctx = cases.open(person, new CaseId(caseId), CaseAction.VIEW_CASE);
        MeetingCase mc = new MeetingCase(ctx, MeetingPolicy.allowed(participant(ctx)));
        if (!mc.can(action)) {
            throw new NotFound();
        }
        return mc;
    }

    /** The case a meeting belongs to, or "not found": for the case-free address in invitations. */
    public UUID caseOfMeeting(PersonId person, UUID meetingId) {
        UUID caseId = meetings.caseOf(meetingId).orElseThrow(NotFound::new);
        cases.open(person, new CaseId(caseId), CaseAction.VIEW_CASE);
        return caseId;
    }

    @Transactional
    public void recordView(MeetingCase mc, String what) {
        cases.recordView(mc.ctx(), what);
    }

    public static Participant participant(CaseContext ctx) {
        return new Participant(ctx.role(), ctx.mayAct());
    }
}
