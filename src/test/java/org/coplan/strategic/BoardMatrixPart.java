package org.coplan.strategic;

import static org.coplan.strategic.StrategicAccessMatrixTest.EVERYONE;
import static org.coplan.strategic.StrategicAccessMatrixTest.OFFICERS;
import static org.coplan.strategic.StrategicAccessMatrixTest.SEATED;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coplan.meetings.BoardRecords;
import org.coplan.people.Person;
import org.coplan.strategic.ForumWorld.Viewer;
import org.coplan.strategic.StrategicAccessMatrixTest.Endpoint;
import org.coplan.strategic.domain.BoardItemPlan;
import org.coplan.strategic.domain.Rung;
import org.coplan.strategic.internal.BoardItems;
import org.coplan.strategic.internal.BoardMeetings;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;

/**
 * The co-production board's endpoints: anyone with a seat in the area reads the board, its items,
 * meetings and action log; the forum's and the authority's officers change them; the public pages
 * are for everyone. Changes are sent empty or with a stale version, so nothing changes between seats.
 */
class BoardMatrixPart implements StrategicAccessMatrixTest.Part {

    /** {@code /forum/board} and its forms are the reader's own area's board: another area's seats get their own. */
    static final java.util.Set<Viewer> SEATED_ANYWHERE = java.util.EnumSet.of(Viewer.FORUM_MEMBER, Viewer.FORUM_OFFICER, Viewer.SEN_MANAGER,
            Viewer.OTHER_AREA_MEMBER, Viewer.OTHER_AREA_OFFICER);
    static final java.util.Set<Viewer> OFFICERS_ANYWHERE = java.util.EnumSet.of(Viewer.FORUM_OFFICER, Viewer.SEN_MANAGER,
            Viewer.OTHER_AREA_OFFICER);

    @Override
    public List<Endpoint> endpoints(ForumWorld world, ApplicationContext context) {
        BoardItems items = context.getBean(BoardItems.class);
        BoardMeetings meetings = context.getBean(BoardMeetings.class);
        BoardRecords records = context.getBean(BoardRecords.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        UUID la = world.la().id().value();
        UUID forum = world.forum().id().value();
        Person officer = world.person(Viewer.FORUM_OFFICER);
        Person manager = world.person(Viewer.SEN_MANAGER);
        UUID item = items.add(la, forum, new BoardItemPlan("Matrix item", "For the access matrix.", Rung.ENGAGING, officer.id().value(), true,
                manager.id().value(), true, today, today.plusMonths(1)), officer.displayName(), manager.displayName(), officer.displayName());
        UUID meeting = meetings.arrange(la, forum, today.atStartOfDay(), "Room 1", List.of(item), List.of("Any other business"), "Matrix");
        BoardRecords.By by = new BoardRecords.By(manager.id().value(), manager.displayName(), "AUTHORITY");
        records.recordDecision(meeting, la, "Matrix question", "Matrix decision", "Matrix reasons", null, by);
        UUID action = records.addAction(meeting, la, null, "Matrix action", manager.id().value(), manager.displayName(), "AUTHORITY",
                today.plusDays(7), by).orElseThrow().id();
        String m = "/forum/board/meetings/" + meeting;
        return List.of(
                new Endpoint(HttpMethod.GET, "/forum/board", SEATED_ANYWHERE, () -> get("/forum/board")),
                new Endpoint(HttpMethod.GET, "/forum/board?forum={forumId}", SEATED, () -> get("/forum/board").param("forum", forum.toString())),
                new Endpoint(HttpMethod.GET, "/forum/board/items/new", OFFICERS_ANYWHERE, () -> get("/forum/board/items/new")),
                new Endpoint(HttpMethod.POST, "/forum/board/items/new", OFFICERS_ANYWHERE, () -> post("/forum/board/items/new")),
                new Endpoint(HttpMethod.GET, "/forum/board/items/{itemId}", SEATED, () -> get("/forum/board/items/" + item)),
                new Endpoint(HttpMethod.POST, "/forum/board/items/{itemId}/status", OFFICERS,
                        () -> post("/forum/board/items/" + item + "/status").param("version", "-1").param("status", "AGREED")),
                new Endpoint(HttpMethod.GET, "/forum/board/meetings/new", OFFICERS_ANYWHERE, () -> get("/forum/board/meetings/new")),
                new Endpoint(HttpMethod.POST, "/forum/board/meetings/new", OFFICERS_ANYWHERE, () -> post("/forum/board/meetings/new")),
                new Endpoint(HttpMethod.GET, "/forum/board/meetings/{meetingId}", SEATED, () -> get(m)),
                new Endpoint(HttpMethod.GET, "/forum/board/meetings/{meetingId}/minutes", SEATED, () -> get(m + "/minutes")),
                new Endpoint(HttpMethod.POST, "/forum/board/meetings/{meetingId}/minutes", OFFICERS,
                        () -> post(m + "/minutes").param("version", "-1").param("minutes", "Stale")),
                new Endpoint(HttpMethod.POST, "/forum/board/meetings/{meetingId}/decisions", OFFICERS, () -> post(m + "/decisions")),
                new Endpoint(HttpMethod.POST, "/forum/board/meetings/{meetingId}/actions", OFFICERS, () -> post(m + "/actions")),
                new Endpoint(HttpMethod.GET, "/forum/board/actions", SEATED_ANYWHERE, () -> get("/forum/board/actions")),
                new Endpoint(HttpMethod.GET, "/forum/board/actions?forum={forumId}", SEATED,
                        () -> get("/forum/board/actions").param("forum", forum.toString())),
                new Endpoint(HttpMethod.POST, "/forum/board/actions/{actionId}/done", OFFICERS,
                        () -> post("/forum/board/actions/" + action + "/done").param("version", "-1")),
                new Endpoint(HttpMethod.POST, "/forum/board/actions/{actionId}/cancel", OFFICERS,
                        () -> post("/forum/board/actions/" + action + "/cancel").param("version", "0")),
                new Endpoint(HttpMethod.GET, "/area/{laId}/programme", EVERYONE, () -> get("/area/" + la + "/programme")),
                new Endpoint(HttpMethod.GET, "/area/{laId}/board", EVERYONE, () -> get("/area/" + la + "/board")));
    }
}
