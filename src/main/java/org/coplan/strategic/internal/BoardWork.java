package org.coplan.strategic.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coplan.people.OrganisationId;
import org.coplan.people.People;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffMember;
import org.coplan.people.StaffRole;
import org.coplan.shared.web.NotFound;
import org.coplan.strategic.domain.ForumSeat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may open which board page, asked of the {@link ForumSeat} (never decided here), and who can be
 * chosen as a co-lead or an action's owner: the forum's officers and members on one side, the local
 * authority's staff on the other.
 */
@Service
@Transactional(readOnly = true)
public class BoardWork {

    /** Someone who can be chosen, and on which side they sit. */
    public record Candidate(UUID personId, String name, Side side) {}

    public enum Side {
        FORUM,
        AUTHORITY
    }

    private final ForumMembers members;
    private final People people;
    private final Clock clock;

    public BoardWork(ForumMembers members, People people, Clock clock) {
        this.members = members;
        this.people = people;
        this.clock = clock;
    }

    /** The seat whose board the person reads at {@code /forum/board}: their first with a seat at a board; not found without. */
    public ForumSeat readingSeat(SignedInPerson who) {
        return members.seats(who).stream().filter(ForumSeat::mayReadBoard).findFirst().orElseThrow(NotFound::new);
    }

    /** The person's seat at this forum's board, if they may read it; not found otherwise. */
    public ForumSeat toRead(SignedInPerson who, UUID forumId) {
        ForumSeat seat = members.seat(who, forumId);
        if (!seat.mayReadBoard()) {
            throw new NotFound();
        }
        return seat;
    }

    /** The person's seat at this forum's board, if they may run it; not found otherwise. */
    public ForumSeat toRun(SignedInPerson who, UUID forumId) {
        ForumSeat seat = members.seat(who, forumId);
        if (!seat.mayRunBoard()) {
            throw new NotFound();
        }
        return seat;
    }

    /** The seat of the reader of {@code /forum/board} if they may run it; not found otherwise. */
    public ForumSeat runningSeat(SignedInPerson who) {
        ForumSeat seat = members.seats(who).stream().filter(ForumSeat::mayRunBoard).findFirst().orElseThrow(NotFound::new);
        return seat;
    }

    /** The forum side: its officers, then its verified members, by name, each once. */
    public List<Candidate> forumSide(UUID forumId) {
        Map<UUID, Candidate> found = new LinkedHashMap<>();
        for (StaffMember s : people.staffOf(new OrganisationId(forumId))) {
            if (s.role() == StaffRole.FORUM_OFFICER) {
                found.putIfAbsent(s.person().id().value(), new Candidate(s.person().id().value(), s.person().displayName(), Side.FORUM));
            }
        }
        for (ForumMembers.ForumMember m : members.members(forumId, Optional.empty())) {
            found.putIfAbsent(m.personId(), new Candidate(m.personId(), m.name(), Side.FORUM));
        }
        return new ArrayList<>(found.values());
    }

    /** The authority side: its staff, by name, each once. */
    public List<Candidate> authoritySide(UUID localAuthorityId) {
        Map<UUID, Candidate> found = new LinkedHashMap<>();
        for (StaffMember s : people.staffOf(new OrganisationId(localAuthorityId))) {
            found.putIfAbsent(s.person().id().value(), new Candidate(s.person().id().value(), s.person().displayName(), Side.AUTHORITY));
        }
        return new ArrayList<>(found.values());
    }

    /** Either side's candidate with this id. */
    public Optional<Candidate> candidate(ForumSeat seat, UUID personId) {
        if (personId == null) {
            return Optional.empty();
        }
        List<Candidate> all = new ArrayList<>(forumSide(seat.forumId()));
        all.addAll(authoritySide(seat.localAuthorityId()));
        return all.stream().filter(c -> c.personId().equals(personId)).findFirst();
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
