package org.coplan.strategic.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.coplan.meetings.BoardActionAdded;
import org.coplan.notify.Notice;
import org.coplan.notify.Notices;
import org.coplan.notify.Route;
import org.coplan.people.People;
import org.coplan.people.PersonId;
import org.coplan.people.SignedInPerson;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the owner of a new board action that it is theirs and by when, unless they gave it to
 * themselves, and only while they have a seat at the board (the same rule as who may read it): the
 * email gives who and when and a link to the action log of the meeting's area (an owner may have a
 * seat in more than one). A module listener, as meetings' actions are told.
 */
@Component
class TellingBoardActionOwners {

    private final BoardMeetings meetings;
    private final ForumMembers members;
    private final People people;
    private final Notices notices;

    TellingBoardActionOwners(BoardMeetings meetings, ForumMembers members, People people, Notices notices) {
        this.meetings = meetings;
        this.members = members;
        this.people = people;
        this.notices = notices;
    }

    @ApplicationModuleListener
    void added(BoardActionAdded added) {
        if (added.ownerPersonId() == null || added.ownerPersonId().equals(added.addedById())) {
            return;
        }
        BoardMeetings.Meeting meeting = meetings.find(added.boardMeetingId()).orElse(null);
        var owner = people.find(new PersonId(added.ownerPersonId())).orElse(null);
        if (meeting == null || owner == null) {
            return;
        }
        SignedInPerson as = new SignedInPerson(owner.id(), owner.email(), owner.displayName(), List.of(), null, false);
        if (!members.seat(as, meeting.forumId()).mayReadBoard()) {
            return;
        }
        notices.tell(new Notice(owner.email(), owner.displayName(), "board.email.actionSubject", "board.email.actionBody",
                List.of(added.addedByName(), added.dueOn().format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK))),
                "/forum/board/actions?forum=" + meeting.forumId() + "#action-" + added.actionId(), null), new Route.ByEmail());
    }
}
