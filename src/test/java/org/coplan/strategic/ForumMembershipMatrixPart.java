package org.coplan.strategic;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.coplan.strategic.ForumWorld.Viewer;
import org.coplan.strategic.StrategicAccessMatrixTest.Endpoint;
import org.coplan.strategic.StrategicAccessMatrixTest.Part;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Joining (public), a member's own details (members only: someone else's row is not found), and the
 * officers' list of members (the forum's own officers only).
 */
class ForumMembershipMatrixPart implements Part {

    private static final AtomicInteger JOINERS = new AtomicInteger();

    @Override
    public List<Endpoint> endpoints(ForumWorld world, ApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        People people = context.getBean(People.class);
        UUID forum = world.forum().id().value();
        Person member = world.person(Viewer.FORUM_MEMBER);
        UUID memberRow = rowOf(jdbc, member, forum);
        UUID removedRow = rowOf(jdbc, world.person(Viewer.REMOVED_MEMBER), forum);
        String badToken = "not-a-real-token";
        Set<Viewer> onlyMember = EnumSet.of(Viewer.FORUM_MEMBER);
        Set<Viewer> onlyOfficer = EnumSet.of(Viewer.FORUM_OFFICER);
        return List.of(
                new Endpoint(HttpMethod.GET, "/forum/join", StrategicAccessMatrixTest.EVERYONE, () -> get("/forum/join")),
                new Endpoint(HttpMethod.POST, "/forum/join", StrategicAccessMatrixTest.EVERYONE, () -> post("/forum/join")
                        .param("forum", forum.toString()).param("name", "Matrix Joiner")
                        .param("email", "matrix.joiner." + JOINERS.incrementAndGet() + "." + UUID.randomUUID() + "@example.test")
                        .param("channel", "EMAIL")),
                new Endpoint(HttpMethod.GET, "/forum/join/{token}", StrategicAccessMatrixTest.EVERYONE, () -> get("/forum/join/" + badToken)),
                new Endpoint(HttpMethod.POST, "/forum/join/{token}", StrategicAccessMatrixTest.EVERYONE,
                        () -> post("/forum/join/" + badToken).param("password", "a long enough password").param("confirm", "a long enough password")),
                new Endpoint(HttpMethod.GET, "/forum/joining/{token}", StrategicAccessMatrixTest.SIGNED_IN, () -> get("/forum/joining/" + badToken)),
                new Endpoint(HttpMethod.POST, "/forum/joining/{token}", StrategicAccessMatrixTest.SIGNED_IN, () -> post("/forum/joining/" + badToken)),
                new Endpoint(HttpMethod.GET, "/forum/membership", StrategicAccessMatrixTest.SIGNED_IN, () -> get("/forum/membership")),
                new Endpoint(HttpMethod.POST, "/forum/membership", onlyMember, () -> post("/forum/membership")
                        .param("member", memberRow.toString()).param("version", "0").param("channel", "EMAIL").param("topics", "EHC_PLANS")),
                // each call leaves a forum of its own that only the world's member belongs to, so no other check loses them
                new Endpoint(HttpMethod.POST, "/forum/membership/leave", onlyMember, () -> post("/forum/membership/leave")
                        .param("member", extraMembership(jdbc, people, world, member).toString())),
                new Endpoint(HttpMethod.GET, "/forum/{forumId}/members", onlyOfficer, () -> get("/forum/" + forum + "/members")),
                new Endpoint(HttpMethod.GET, "/forum/{forumId}/members/{memberId}", onlyOfficer,
                        () -> get("/forum/" + forum + "/members/" + removedRow)),
                // a blank reason: refused with the error beside the field, so nobody is removed by the check
                new Endpoint(HttpMethod.POST, "/forum/{forumId}/members/{memberId}/remove", onlyOfficer,
                        () -> post("/forum/" + forum + "/members/" + memberRow + "/remove").param("version", "0").param("reason", "")));
    }

    static UUID rowOf(JdbcClient jdbc, Person person, UUID forum) {
        return jdbc.sql("select id from forum_member where person_id = ? and forum_id = ?")
                .params(person.id().value(), forum).query(UUID.class).single();
    }

    private static UUID extraMembership(JdbcClient jdbc, People people, ForumWorld world, Person member) {
        Organisation extra = people.createOrganisation(OrganisationKind.FORUM, "Zz extra forum " + UUID.randomUUID(), world.la().id());
        UUID row = UUID.randomUUID();
        jdbc.sql("""
                insert into forum_member (id, forum_id, person_id, email, display_name, channel, status, joined_at, verified_at)
                values (?, ?, ?, ?, 'Forum Member', 'EMAIL', 'MEMBER', ?, ?)""")
                .params(row, extra.id().value(), member.id().value(), member.email(), java.sql.Timestamp.from(Instant.now()),
                        java.sql.Timestamp.from(Instant.now()))
                .update();
        people.addStaffRole(member.id(), extra.id(), StaffRole.FORUM_MEMBER);
        return row;
    }
}
