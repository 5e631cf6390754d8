package org.coplan.strategic.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coplan.meetings.BoardRecords;
import org.coplan.meetings.BoardRecords.BoardAction;
import org.coplan.people.SignedInPerson;
import org.coplan.strategic.domain.ForumSeat;
import org.coplan.strategic.domain.ItemStatus;
import org.springframework.stereotype.Component;

/**
 * The co-production board's panel on the forum's home page: how many items are in progress, the
 * next meeting, the actions this person owns (open and overdue), and for officers the ways to add an
 * item and arrange a meeting.
 */
@Component
class BoardOnForumHome implements ForumPanels {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final BoardItems items;
    private final BoardMeetings meetings;
    private final BoardRecords records;
    private final BoardWork work;

    BoardOnForumHome(BoardItems items, BoardMeetings meetings, BoardRecords records, BoardWork work) {
        this.items = items;
        this.meetings = meetings;
        this.records = records;
        this.work = work;
    }

    @Override
    public Optional<Panel> panel(SignedInPerson who, ForumSeat seat) {
        if (!seat.mayReadBoard()) {
            return Optional.empty();
        }
        LocalDateTime now = work.now();
        LocalDate today = now.toLocalDate();
        List<Line> lines = new ArrayList<>();
        // each link names this forum, so someone with a seat in two areas lands on the one they chose
        String board = "/forum/board?forum=" + seat.forumId();
        String actionLog = "/forum/board/actions?forum=" + seat.forumId();
        long inProgress = items.items(seat.localAuthorityId()).stream().filter(i -> i.item().status() == ItemStatus.IN_PROGRESS).count();
        lines.add(new Line("board.panel.inProgress", List.of(inProgress), board));
        meetings.forArea(seat.localAuthorityId()).stream().filter(m -> !m.held(now)).findFirst()
                .ifPresentOrElse(m -> lines.add(new Line("board.panel.nextMeeting", List.of(WHEN.format(m.startsAt())),
                        "/forum/board/meetings/" + m.id())), () -> lines.add(new Line("board.panel.noMeeting", List.of(), null)));
        List<BoardAction> mine = records.openActions(seat.localAuthorityId()).stream()
                .filter(a -> who.id().value().equals(a.ownerPersonId())).toList();
        long overdue = mine.stream().filter(a -> a.overdue(today)).count();
        if (!mine.isEmpty()) {
            lines.add(new Line("board.panel.myActions", List.of(mine.size(), overdue), actionLog));
        }
        if (seat.mayRunBoard()) {
            int due = records.decisionsDueForReview(seat.localAuthorityId()).size();
            if (due > 0) {
                lines.add(new Line("board.panel.reviewsDue", List.of(due), board + "#reviews"));
            }
            lines.add(new Line("board.panel.addItem", List.of(), "/forum/board/items/new"));
            lines.add(new Line("board.panel.arrange", List.of(), "/forum/board/meetings/new"));
        }
        lines.add(new Line("board.panel.actionLog", List.of(), actionLog));
        lines.add(new Line("board.panel.open", List.of(), board));
        return Optional.of(new Panel(20, "board.panel.heading", lines, "board.panel.empty"));
    }
}
