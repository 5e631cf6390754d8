package org.coplan.strategic;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coplan.strategic.ForumWorld.Viewer;
import org.coplan.strategic.StrategicAccessMatrixTest.Endpoint;
import org.coplan.strategic.internal.Polls;
import org.coplan.support.Fixtures;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;

/**
 * Polls and consultations: officers of both sides write, open, remind, close and record outcomes;
 * the members a poll was sent to and the forum's officers answer; members, officers and the
 * authority's officer see it and its results; anyone sees a closed poll's public page.
 */
class PollsMatrixPart implements StrategicAccessMatrixTest.Part {

    @Override
    public List<Endpoint> endpoints(ForumWorld world, ApplicationContext context) {
        Polls polls = context.getBean(Polls.class);
        Fixtures fixtures = context.getBean(Fixtures.class);
        var officer = world.person(Viewer.FORUM_OFFICER);
        UUID forum = world.forum().id().value();
        UUID la = world.la().id().value();
        Instant now = polls.now();
        UUID draft = PollMaker.draft(polls, fixtures, officer, forum, "Matrix draft", false, false, null, now);
        UUID toOpen = PollMaker.draft(polls, fixtures, officer, forum, "Matrix to open", false, false, null, now);
        UUID open = PollMaker.open(polls, fixtures, officer, forum, "Matrix open", false, false, null, now);
        UUID toClose = PollMaker.open(polls, fixtures, officer, forum, "Matrix to close", false, false, null, now);
        UUID closed = PollMaker.closed(polls, fixtures, officer, forum, "Matrix closed", now);
        String question = "q" + polls.poll(open).questions().getFirst().id();
        var officers = StrategicAccessMatrixTest.OFFICERS;
        return List.of(
                new Endpoint(HttpMethod.GET, "/forum/polls/new", officers, () -> get("/forum/polls/new").param("forum", forum.toString())),
                new Endpoint(HttpMethod.POST, "/forum/polls/new", officers, () -> post("/forum/polls/new").param("forum", forum.toString())),
                new Endpoint(HttpMethod.GET, "/forum/polls/{id}/edit", officers, () -> get("/forum/polls/{id}/edit", draft)),
                new Endpoint(HttpMethod.POST, "/forum/polls/{id}/edit", officers, () -> post("/forum/polls/{id}/edit", draft)),
                new Endpoint(HttpMethod.POST, "/forum/polls/{id}/open", officers, () -> post("/forum/polls/{id}/open", toOpen)),
                new Endpoint(HttpMethod.GET, "/forum/polls/{id}", StrategicAccessMatrixTest.SEATED, () -> get("/forum/polls/{id}", open)),
                new Endpoint(HttpMethod.POST, "/forum/polls/{id}", StrategicAccessMatrixTest.ANSWERERS,
                        () -> post("/forum/polls/{id}", open).param(question, "0")),
                new Endpoint(HttpMethod.GET, "/forum/polls/{id}/results", StrategicAccessMatrixTest.SEATED, () -> get("/forum/polls/{id}/results", open)),
                new Endpoint(HttpMethod.POST, "/forum/polls/{id}/remind", officers, () -> post("/forum/polls/{id}/remind", open)),
                new Endpoint(HttpMethod.POST, "/forum/polls/{id}/close", officers, () -> post("/forum/polls/{id}/close", toClose)),
                new Endpoint(HttpMethod.GET, "/forum/polls/{id}/outcome", officers, () -> get("/forum/polls/{id}/outcome", closed)),
                new Endpoint(HttpMethod.POST, "/forum/polls/{id}/outcome", officers, () -> post("/forum/polls/{id}/outcome", closed)),
                new Endpoint(HttpMethod.GET, "/area/{laId}/polls", StrategicAccessMatrixTest.EVERYONE, () -> get("/area/{laId}/polls", la)),
                new Endpoint(HttpMethod.GET, "/area/{laId}/polls/{id}", StrategicAccessMatrixTest.EVERYONE,
                        () -> get("/area/{laId}/polls/{id}", la, closed)));
    }
}
