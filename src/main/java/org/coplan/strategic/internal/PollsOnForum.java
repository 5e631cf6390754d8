package org.coplan.strategic.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coplan.people.SignedInPerson;
import org.coplan.strategic.domain.ForumSeat;
import org.coplan.strategic.domain.PollState;
import org.coplan.strategic.internal.ForumMembers.ForumMember;
import org.coplan.strategic.internal.Polls.Poll;
import org.springframework.stereotype.Component;

/**
 * Polls and consultations on the forum's home page (to answer, closed; for officers: drafts, open
 * ones with their answer counts, outcomes due for review, and the way to open one), on the area's
 * public page, and on the ladder of participation.
 */
@Component
class PollsOnForum implements ForumPanels, PublicSections, LadderActivities {

    private final Polls polls;
    private final ForumMembers members;

    PollsOnForum(Polls polls, ForumMembers members) {
        this.polls = polls;
        this.members = members;
    }

    @Override
    public Optional<Panel> panel(SignedInPerson who, ForumSeat seat) {
        if (!seat.any()) {
            return Optional.empty();
        }
        Instant now = polls.now();
        List<Line> lines = new ArrayList<>();
        List<Poll> all = polls.pollsOf(seat.forumId());
        // the person's membership and answers are read once, not once a poll: the list grows over the years
        Optional<ForumMember> membership = members.memberOf(who.id(), seat.forumId());
        Set<UUID> answered = polls.answeredBy(who, seat.forumId());
        if (seat.member() || seat.forumOfficer()) {
            for (Poll p : all) {
                if (p.state(now) == PollState.OPEN && seat.mayAnswerPoll(Polls.inAudience(membership, p)) && !answered.contains(p.id())) {
                    lines.add(new Line("poll.panel.toAnswer", List.of(p.title(), Polls.when(p.closesAt())), "/forum/polls/" + p.id()));
                }
            }
        }
        if (seat.mayRunPolls()) {
            for (Poll p : all) {
                PollState state = p.state(now);
                if (state == PollState.DRAFT) {
                    lines.add(new Line("poll.panel.draft", List.of(p.title()), "/forum/polls/" + p.id()));
                } else if (state == PollState.OPEN) {
                    lines.add(new Line("poll.panel.open", List.of(p.title(), polls.answerCount(p.id()), Polls.when(p.closesAt())),
                            "/forum/polls/" + p.id()));
                } else if (!p.hasOutcome()) {
                    lines.add(new Line("poll.panel.needsOutcome", List.of(p.title()), "/forum/polls/" + p.id() + "/outcome"));
                }
            }
            for (Poll p : polls.dueForReview(seat.forumId())) {
                lines.add(new Line("poll.panel.reviewDue", List.of(p.title(), Polls.day(p.reviewOn())), "/forum/polls/" + p.id() + "/results"));
            }
        }
        for (Poll p : all) {
            if (p.state(now) == PollState.CLOSED && seat.maySeePoll(Polls.inAudience(membership, p))) {
                lines.add(new Line("poll.panel.closed", List.of(p.title(), Polls.when(p.closedAt())), "/forum/polls/" + p.id() + "/results"));
            }
        }
        if (seat.mayRunPolls()) {
            lines.add(new Line("poll.panel.new", List.of(), "/forum/polls/new?forum=" + seat.forumId()));
            lines.add(new Line("poll.panel.newConsultation", List.of(), "/forum/polls/new?forum=" + seat.forumId() + "&consultation=true"));
        }
        return Optional.of(new Panel(10, "poll.panel.heading", lines, "poll.panel.none"));
    }

    @Override
    public Section section(UUID localAuthorityId) {
        return new Section(10, "poll.public.sectionTitle", "poll.public.sectionDescription", "/area/" + localAuthorityId + "/polls");
    }

    @Override
    public List<LadderActivity> activities(UUID localAuthorityId) {
        Instant now = polls.now();
        return polls.openedInArea(localAuthorityId).stream()
                .map(p -> new LadderActivity(p.consultation() ? "poll.kind.consultation" : "poll.kind.poll", p.title(), p.rung(),
                        LocalDate.ofInstant(p.openedAt(), org.coplan.shared.ClockConfiguration.ZONE),
                        p.state(now) == PollState.CLOSED ? "/area/" + localAuthorityId + "/polls/" + p.id() : null))
                .toList();
    }
}
