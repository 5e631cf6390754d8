package org.coplan.strategic;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.coplan.meetings.MeetingSetup;
import org.coplan.people.Organisation;
import org.coplan.people.Person;
import org.coplan.strategic.domain.BoardItemPlan;
import org.coplan.strategic.domain.ItemStatus;
import org.coplan.strategic.domain.Rung;
import org.coplan.strategic.internal.BoardItems;
import org.coplan.strategic.internal.BoardMeetings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a co-production board for demo data: a programme of work co-led by the forum and the
 * council, a meeting already held with its record, and one to come. Nobody is told; pages never use it.
 */
@Service
@Transactional
public class BoardSetup {

    private final BoardItems items;
    private final BoardMeetings meetings;
    private final MeetingSetup records;
    private final Clock clock;

    BoardSetup(BoardItems items, BoardMeetings meetings, MeetingSetup records, Clock clock) {
        this.items = items;
        this.meetings = meetings;
        this.records = records;
        this.clock = clock;
    }

    /** The demo area's board, with {@code forumLead} and {@code authorityLead} as co-leads of every item. */
    public void demoBoard(Organisation la, Organisation forum, Person forumLead, Person authorityLead) {
        UUID laId = la.id().value();
        UUID forumId = forum.id().value();
        LocalDate today = LocalDate.now(clock);
        UUID phones = item(laId, forumId, forumLead, authorityLead, "The local offer on a phone",
                "Parents told the forum they cannot find short breaks or therapies on the local offer from a phone. We will rewrite the "
                        + "twenty most-used pages with parents and test them on phones.",
                Rung.CO_PRODUCING, today.minusMonths(4), today.plusMonths(2));
        UUID letters = item(laId, forumId, forumLead, authorityLead, "Letters families can understand",
                "Letters about assessments use words families do not know. Parents and officers will rewrite the six standard letters.",
                Rung.CO_DESIGNING, today.minusMonths(6), today.minusWeeks(2));
        UUID transport = item(laId, forumId, forumLead, authorityLead, "Transport to college",
                "Young people over 16 lose their transport when they start college. We will agree a clear policy with families.",
                Rung.ENGAGING, today.plusWeeks(2), today.plusMonths(8));
        UUID annual = item(laId, forumId, forumLead, authorityLead, "Annual reviews on time",
                "Too many annual reviews are late. The council will report each term how many were on time, and the forum will check the "
                        + "figures with families.", Rung.CONSULTING, today.minusMonths(1), today.plusMonths(10));
        move(phones, ItemStatus.AGREED, null, authorityLead);
        move(phones, ItemStatus.IN_PROGRESS, null, forumLead);
        move(letters, ItemStatus.AGREED, null, forumLead);
        move(letters, ItemStatus.IN_PROGRESS, null, authorityLead);
        move(letters, ItemStatus.DONE, "You said the letters were hard to follow. We rewrote all six with parents of the forum: each now "
                + "starts with what happens next and who to call, and is tested with families before it is sent.", authorityLead);
        move(annual, ItemStatus.AGREED, null, authorityLead);

        LocalDate heldOn = today.minusWeeks(3);
        Instant heldAt = heldOn.atTime(LocalTime.of(16, 0)).atZone(ZoneId.of("Europe/London")).toInstant();
        UUID held = meetings.arrange(laId, forumId, heldOn.atTime(LocalTime.of(14, 0)), "Committee Room 2, County Hall", List.of(phones, annual),
                List.of("Forum survey results", "Any other business"), authorityLead.displayName());
        meetings.saveMinutes(held, 0, "Present: the forum's officers and the council's SEN team.\n\nThe forum shared what 40 parents said about "
                + "the local offer. The council showed which pages are most used. We agreed to start with short breaks and therapies.\n\n"
                + "Annual reviews: the council shared this term's figures. The forum asked for the figures by school.", forumLead.displayName());
        UUID pages = records.boardDecision(held, laId, authorityLead, "AUTHORITY", "Which local offer pages should be rewritten first?",
                "Short breaks and therapies, then the twenty most-used pages.",
                "Parents said these are the pages they need most and find hardest to use on a phone.", heldAt, today.plusMonths(3));
        UUID figures = records.boardDecision(held, laId, forumLead, "FORUM", "How will the board check annual reviews are on time?",
                "The council reports each term how many annual reviews were on time, by school; the forum checks them with families.",
                "Families and the council want the same figures, and a figure by school shows where to help.", heldAt, today.plusMonths(6));
        items.link(pages, phones);
        items.link(figures, annual);
        records.boardAction(held, laId, pages, forumLead, "FORUM", authorityLead, "Invite six parents to test the short breaks page",
                heldOn.plusWeeks(1), heldAt, heldAt.plusSeconds(5 * 24 * 3600));
        records.boardAction(held, laId, figures, authorityLead, "AUTHORITY", authorityLead,
                "Send the forum this term's annual review figures by school", today.minusDays(3), heldAt, null);
        records.boardAction(held, laId, pages, authorityLead, "AUTHORITY", forumLead, "List the twenty most-used local offer pages",
                today.plusWeeks(2), heldAt, null);

        meetings.arrange(laId, forumId, today.plusWeeks(3).atTime(LocalTime.of(14, 0)), "Online: the link is in the calendar invitation",
                List.of(phones, transport), List.of("Update on the letters", "Any other business"), authorityLead.displayName());
    }

    private UUID item(UUID la, UUID forum, Person forumLead, Person authorityLead, String title, String summary, Rung rung, LocalDate start,
            LocalDate target) {
        return items.add(la, forum, new BoardItemPlan(title, summary, rung, forumLead.id().value(), true, authorityLead.id().value(), true,
                start, target), forumLead.displayName(), authorityLead.displayName(), authorityLead.displayName());
    }

    private void move(UUID itemId, ItemStatus to, String weDid, Person by) {
        BoardItems.ItemView item = items.item(itemId).orElseThrow();
        items.move(item, item.item().version(), to, weDid, null, by.displayName());
    }
}
