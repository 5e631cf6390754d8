package org.coplan.strategic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.coplan.people.Person;
import org.coplan.strategic.ForumWorld.Viewer;
import org.coplan.strategic.domain.Rung;
import org.coplan.strategic.internal.Programme;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * The co-production board through the real HTTP stack: items with a co-lead from each side, status
 * moves with a stale version refused and "we did" required, a meeting whose decisions and actions are
 * stored by the meetings module with the board's scope, the action's owner emailed, and public pages
 * that name no member and hide small counts of families.
 */
class BoardTest extends IntegrationTest {


    @Autowired
    JdbcClient jdbc;

    @Autowired
    Programme programme;

    @Autowired
    org.coplan.meetings.internal.Actions caseActions;

    @Autowired
    org.coplan.meetings.internal.Decisions caseDecisions;

    ForumWorld world;
    Person officer;
    Person manager;
    Person member;
    LocalDate today;

    @BeforeEach
    void setUp() {
        world = ForumWorld.make(fixtures, jdbc);
        officer = world.person(Viewer.FORUM_OFFICER);
        manager = world.person(Viewer.SEN_MANAGER);
        member = world.person(Viewer.FORUM_MEMBER);
        today = LocalDate.now(clock);
    }

    static String text(MockHttpServletResponse r) throws Exception {
        return HtmlUtils.htmlUnescape(r.getContentAsString()).replaceAll("\\s+", " ");
    }

    private String[] itemForm(String title, String forumLead, String authorityLead, LocalDate start, LocalDate target) {
        return new String[] {"title", title, "summary", "Families find the local offer hard to use on a phone.", "rung", "CO_PRODUCING",
                "forumLead", forumLead, "authorityLead", authorityLead,
                "startsOnDay", "" + start.getDayOfMonth(), "startsOnMonth", "" + start.getMonthValue(), "startsOnYear", "" + start.getYear(),
                "targetOnDay", "" + target.getDayOfMonth(), "targetOnMonth", "" + target.getMonthValue(), "targetOnYear", "" + target.getYear()};
    }

    private UUID addItem(String title) throws Exception {
        MockHttpServletResponse r = postAs(manager, "/forum/board/items/new",
                itemForm(title, member.id().value().toString(), manager.id().value().toString(), today, today.plusMonths(3)));
        assertThat(r.getStatus()).isEqualTo(302);
        return UUID.fromString(r.getRedirectedUrl().replace("/forum/board/items/", ""));
    }

    @Test
    void someoneSeatedInTwoAreasOpensEachAreasBoardFromTheForumsHomePage() throws Exception {
        addItem("Short breaks everyone can find");
        Person both = ForumWorld.member(fixtures, jdbc, world.otherForum(), "Bo Both", "MEMBER");
        ForumWorld.joinAlso(fixtures, jdbc, world.forum(), both);
        String home = getAs(both, "/forum").getContentAsString();
        assertThat(home).contains("/forum/board?forum=" + world.forum().id().value())
                .contains("/forum/board?forum=" + world.otherForum().id().value())
                .contains("/forum/board/actions?forum=" + world.forum().id().value());
        assertThat(text(getAs(both, "/forum/board?forum=" + world.forum().id().value()))).contains("Short breaks everyone can find");
        assertThat(text(getAs(both, "/forum/board?forum=" + world.otherForum().id().value()))).doesNotContain("Short breaks everyone can find");
        assertThat(getAs(member, "/forum/board?forum=" + world.otherForum().id().value()).getStatus()).as("no seat there").isEqualTo(404);
    }

    @Test
    void anItemNeedsACoLeadFromEachSideAndATargetAfterItsStart() throws Exception {
        String page = text(postAs(manager, "/forum/board/items/new",
                itemForm("Local offer on phones", "", manager.id().value().toString(), today, today.minusDays(1))));
        assertThat(page).contains("Choose a co-lead from the parent carer forum").contains("The target date must be after the start date")
                .contains("value=\"Local offer on phones\"");
        // a council officer offered as the forum's co-lead is refused
        page = text(postAs(manager, "/forum/board/items/new",
                itemForm("Local offer on phones", manager.id().value().toString(), member.id().value().toString(), today, today.plusDays(30))));
        assertThat(page).contains("Choose a co-lead who is an officer or member of the parent carer forum")
                .contains("Choose a co-lead who works for the council");
        assertThat(jdbc.sql("select count(*) from programme_item where local_authority_id = ?").param(world.la().id().value())
                .query(Long.class).single()).isZero();

        UUID id = addItem("Local offer on phones");
        String board = text(getAs(officer, "/forum/board"));
        assertThat(board).contains("Local offer on phones").contains(member.displayName() + " (parent carer forum) and "
                + manager.displayName() + " (council)").contains("Proposed").contains("Co-producing");
        assertThat(text(getAs(member, "/forum/board/items/" + id))).contains("Added by " + manager.displayName());
    }

    @Test
    void aStaleStatusChangeIsRefusedAndDoneNeedsWhatWeDid() throws Exception {
        UUID id = addItem("Short breaks review");
        assertThat(postAs(officer, "/forum/board/items/" + id + "/status", "version", "0", "status", "AGREED").getStatus()).isEqualTo(302);
        // the SEN manager's page was read before the officer's change
        String refused = text(postAs(manager, "/forum/board/items/" + id + "/status", "version", "0", "status", "IN_PROGRESS"));
        assertThat(refused).contains("Someone changed this item while you were on this page. Nothing was saved.")
                .contains("Last changed by " + officer.displayName());
        assertThat(jdbc.sql("select status from programme_item where id = ?").param(id).query(String.class).single()).isEqualTo("AGREED");

        String noWeDid = text(postAs(manager, "/forum/board/items/" + id + "/status", "version", "1", "status", "DONE", "weDid", " "));
        assertThat(noWeDid).contains("Say what was done");
        assertThat(postAs(manager, "/forum/board/items/" + id + "/status", "version", "1", "status", "DONE", "weDid",
                "We added a short breaks page with prices.").getStatus()).isEqualTo(302);
        String item = text(getAs(member, "/forum/board/items/" + id));
        assertThat(item).contains("Moved from Agreed to Done by " + manager.displayName()).contains("We added a short breaks page with prices.");
        // a member reads but does not change
        assertThat(postAs(member, "/forum/board/items/" + id + "/status", "version", "2", "status", "STOPPED", "reason", "x").getStatus())
                .isEqualTo(404);
    }

    @Test
    void aMeetingsDecisionsAndActionsAreKeptByTheMeetingsModuleAndTheOwnerIsTold() throws Exception {
        UUID item = addItem("Transport to college");
        MockHttpServletResponse arranged = postAs(manager, "/forum/board/meetings/new", "dayDay", "" + today.getDayOfMonth(), "dayMonth",
                "" + today.getMonthValue(), "dayYear", "" + today.getYear(), "time", "00:05", "place", "Room 4, County Hall",
                "items", item.toString(), "points", "Any other business");
        assertThat(arranged.getStatus()).isEqualTo(302);
        String path = arranged.getRedirectedUrl();
        UUID meeting = UUID.fromString(path.replace("/forum/board/meetings/", ""));

        assertThat(postAs(manager, path + "/decisions", "question", "Should travel training start in year 10?", "decision",
                "Yes, from September.", "reasons", "Families said year 11 is too late.", "decisionItem", item.toString(), "reviewOnDay",
                "" + today.plusDays(30).getDayOfMonth(), "reviewOnMonth", "" + today.plusDays(30).getMonthValue(), "reviewOnYear",
                "" + today.plusDays(30).getYear()).getStatus())
                .isEqualTo(302);
        UUID decision = jdbc.sql("select id from decision where board_meeting_id = ?").param(meeting).query(UUID.class).single();
        assertThat(jdbc.sql("select case_id is null and holder = 'BOARD' and review_on is not null from decision where id = ?").param(decision).query(Boolean.class)
                .single()).isTrue();

        LocalDate due = today.plusDays(14);
        assertThat(postAs(manager, path + "/actions", "description", "Write to every college about travel training", "owner",
                member.id().value().toString(), "dueOnDay", "" + due.getDayOfMonth(), "dueOnMonth", "" + due.getMonthValue(), "dueOnYear",
                "" + due.getYear(), "actionDecision", decision.toString()).getStatus()).isEqualTo(302);
        UUID action = jdbc.sql("select id from meeting_action where board_meeting_id = ? and case_id is null and owner_member_id is null")
                .param(meeting).query(UUID.class).single();

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> !TestMail.to(member.email()).isEmpty());
        assertThat(TestMail.body(TestMail.to(member.email()).get(0))).contains(manager.displayName()
                + " has given you an action from a co-production board meeting").contains("/forum/board/actions?forum=" + world.forum().id().value() + "#action-" + action);

        // a board's action and decision never count on a caseload nor remind as a case's would
        LocalDate later = today.plusYears(1);
        assertThat(caseActions.overdueOn(org.coplan.process.domain.DashboardAccess.Scope.AUTHORITY, java.util.List.of(world.la().id().value()),
                later, 10).actions()).isZero();
        assertThat(caseDecisions.reviewsDue(later)).noneMatch(d -> d.id().equals(decision));
        assertThat(caseDecisions.reviewsDueOn("local_authority_id", java.util.List.of(world.la().id().value()), later, 10).decisions()).isZero();

        // minutes: a save based on an older version is refused and both texts are shown
        assertThat(postAs(officer, path + "/minutes", "version", "0", "minutes", "Private: Sam's mum spoke about her son.").getStatus())
                .isEqualTo(302);
        String conflict = text(postAs(manager, path + "/minutes", "version", "0", "minutes", "We talked about transport."));
        assertThat(conflict).contains("saved the minutes while you were writing").contains("Private: Sam's mum spoke about her son.")
                .contains("We talked about transport.");
        // saved on purpose over the other: both versions stay, newest first, for anyone with a seat
        assertThat(postAs(manager, path + "/minutes", "version", "1", "minutes", "We talked about transport.").getStatus()).isEqualTo(302);
        assertThat(text(getAs(officer, path))).contains("Every saved version of the minutes (2)");
        String history = text(getAs(member, path + "/minutes"));
        assertThat(history).contains("Version 2: saved by " + manager.displayName()).contains("We talked about transport.")
                .contains("Version 1: saved by " + officer.displayName()).contains("Private: Sam's mum spoke about her son.");
        assertThat(history.indexOf("Version 2")).isLessThan(history.indexOf("Version 1"));

        // the action log: the owner marks it done; a stale second change is refused
        String log = text(getAs(member, "/forum/board/actions"));
        assertThat(log).contains("Write to every college about travel training").contains(member.displayName() + " (Parent carer forum)");
        assertThat(postAs(member, "/forum/board/actions/" + action + "/done", "version", "0").getStatus()).isEqualTo(302);
        assertThat(text(postAs(officer, "/forum/board/actions/" + action + "/cancel", "version", "0", "reason", "Not needed")))
                .contains("changed this action while you were on this page");
        assertThat(jdbc.sql("select status from meeting_action where id = ?").param(action).query(String.class).single()).isEqualTo("DONE");

        // the item shows its decision; the public board shows the decision and not the minutes
        assertThat(text(getAs(member, "/forum/board/items/" + item))).contains("Should travel training start in year 10?");
        String publicBoard = text(getAs(null, "/area/" + world.la().id().value() + "/board"));
        assertThat(publicBoard).contains("Should travel training start in year 10?").contains("Families said year 11 is too late.")
                .doesNotContain("Sam's mum").doesNotContain(manager.displayName());
    }

    @Test
    void thePublicDecisionsAndAnItemsPageCostTheSameWithOneMeetingOrFour() throws Exception {
        UUID item = addItem("Travel training");
        heldMeetingDeciding(item, "Question 0");
        String board = "/area/" + world.la().id().value() + "/board";
        int publicOne = statements.oneRequest(() -> getAs(null, board)).count();
        int itemOne = statements.oneRequest(() -> getAs(member, "/forum/board/items/" + item)).count();
        for (int i = 1; i < 4; i++) {
            heldMeetingDeciding(item, "Question " + i);
        }
        assertThat(text(getAs(null, board))).contains("Question 0").contains("Question 3");
        assertThat(text(getAs(member, "/forum/board/items/" + item))).contains("Question 0").contains("Question 3");
        assertThat(statements.oneRequest(() -> getAs(null, board)).count()).as("not a query per meeting").isEqualTo(publicOne);
        assertThat(statements.oneRequest(() -> getAs(member, "/forum/board/items/" + item)).count()).as("not queries per meeting")
                .isEqualTo(itemOne);
    }

    /** A meeting held earlier today that decided one question about the item. */
    private void heldMeetingDeciding(UUID item, String question) throws Exception {
        MockHttpServletResponse arranged = postAs(manager, "/forum/board/meetings/new", "dayDay", "" + today.getDayOfMonth(), "dayMonth",
                "" + today.getMonthValue(), "dayYear", "" + today.getYear(), "time", "00:05", "place", "Room 4", "items", item.toString());
        assertThat(arranged.getStatus()).isEqualTo(302);
        assertThat(postAs(manager, arranged.getRedirectedUrl() + "/decisions", "question", question, "decision", "Yes.", "reasons",
                "Families asked.", "decisionItem", item.toString()).getStatus()).isEqualTo(302);
    }

    @Test
    void thePublicProgrammeNamesNoMemberAndHidesSmallCountsOfFamilies() throws Exception {
        addItem("Autism waiting times");
        UUID la = world.la().id().value();
        UUID forum = world.forum().id().value();
        programme.add(la, forum, "Letters families can read", "Plain letters.", Rung.CONSULTING, UUID.randomUUID(), 3, "Theme");
        programme.add(la, forum, "Phone calls returned", "Calls returned in two days.", Rung.ENGAGING, UUID.randomUUID(), 7, "Theme");
        String page = text(getAs(null, "/area/" + la + "/programme"));
        assertThat(page).contains("Autism waiting times").contains("Parent carer forum and council").contains("Fewer than 5 families")
                .contains("7 families").doesNotContain(member.displayName()).doesNotContain(manager.displayName())
                .doesNotContain(" 3 families");
        assertThat(getAs(null, "/area/" + UUID.randomUUID() + "/programme").getStatus()).isEqualTo(404);
    }
}
