package org.coplan.meetings.web;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseNextStep;
import org.coplan.meetings.domain.MeetingAction;
import org.coplan.meetings.domain.MeetingPolicy;
import org.coplan.meetings.internal.MeetingAccess;
import org.coplan.meetings.internal.MeetingAccess.MeetingCase;
import org.coplan.meetings.internal.MeetingReading;
import org.coplan.meetings.internal.MeetingWork;
import org.coplan.meetings.internal.Meetings.Meeting;
import org.coplan.people.PersonId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The next meeting on the case for "What happens next", with its organiser as the person to contact. */
@Component
@Order(2)
class NextMeetingOnCase implements CaseNextStep {

    private final MeetingReading reading;
    private final MeetingWork work;

    NextMeetingOnCase(MeetingReading reading, MeetingWork work) {
        this.reading = reading;
        this.work = work;
    }

    @Override
    public Optional<Step> nextFor(CaseContext ctx) {
        Set<MeetingAction> allowed = MeetingPolicy.allowed(MeetingAccess.participant(ctx));
        if (!allowed.contains(MeetingAction.VIEW)) {
            return Optional.empty();
        }
        LocalDateTime now = work.now();
        Optional<Meeting> next = reading.meetings(new MeetingCase(ctx, allowed)).stream()
                .filter(m -> !m.cancelled() && !m.completed() && !m.times().isEmpty())
                .filter(m -> m.firstTime().starts().isAfter(now))
                .min(Comparator.comparing(m -> m.firstTime().starts()));
        return next.map(m -> new Step(m.firstTime().starts().toLocalDate(), false, "next.meeting",
                List.of(m.title(), m.firstTime().starts().toLocalTime().toString()), Optional.of(new PersonId(m.organiserId())),
                "next.who.ORGANISER", false, "/cases/" + ctx.caseId().value() + "/meetings/" + m.id(), "next.seeMeeting"));
    }
}
