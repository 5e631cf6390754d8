package org.coplan.strategic.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coplan.notify.Route;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationId;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.people.PersonId;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffMembership;
import org.coplan.people.StaffRole;
import org.coplan.strategic.domain.ForumSeat;
import org.coplan.strategic.domain.Topic;
import org.coplan.shared.web.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sits where in an area's co-production: the forum's verified members (read from
 * {@code forum_member}, so a removal takes effect on the next request, not the next sign-in), its
 * officers and the authority's officers (staff roles). Every strategic page asks here first and
 * then asks the {@link ForumSeat} what the person may do.
 */
@Service
@Transactional(readOnly = true)
public class ForumMembers {

    /** A verified member, as the forum's polls, reminders and counts need them. No case data. */
    public record ForumMember(UUID id, UUID personId, String email, String name, Set<Topic> topics, String channel, String mobile) {

        /** Everything, when they chose no topic; otherwise the topics they chose. */
        public boolean caresAbout(Topic topic) {
            return topics.isEmpty() || topics.contains(topic);
        }

        /** How to tell them, as they chose. */
        public Route route() {
            return "TEXT".equals(channel) ? new Route.ByText(mobile) : new Route.ByEmail();
        }
    }

    private final JdbcClient jdbc;
    private final People people;

    public ForumMembers(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    /** The area's parent carer forum (the first by name, if an area has more than one). */
    public Optional<Organisation> forumOf(UUID localAuthorityId) {
        return people.organisationsIn(new OrganisationId(localAuthorityId)).stream()
                .filter(o -> o.kind() == OrganisationKind.FORUM)
                .findFirst();
    }

    /** The forum with this id, or not found. */
    public Organisation forum(UUID forumId) {
        return people.organisation(new OrganisationId(forumId))
                .filter(o -> o.kind() == OrganisationKind.FORUM)
                .orElseThrow(NotFound::new);
    }

    /** Where the person sits in this forum's area; every flag false for someone with no seat (or signed out). */
    public ForumSeat seat(SignedInPerson who, UUID forumId) {
        return seat(who == null ? null : who.id(), forumId);
    }

    /** Where this person sits in this forum's area now, signed in or not: for deciding whom to tell. */
    public ForumSeat seat(PersonId person, UUID forumId) {
        Organisation forum = forum(forumId);
        UUID la = forum.localAuthorityId().value();
        if (person == null) {
            return new ForumSeat(forumId, la, false, false, false);
        }
        List<StaffMembership> roles = people.staffMemberships(person);
        boolean forumOfficer = roles.stream().anyMatch(m -> m.role() == StaffRole.FORUM_OFFICER && m.organisationId().value().equals(forumId));
        boolean authorityOfficer = roles.stream().anyMatch(m -> m.role() == StaffRole.SEN_MANAGER && m.organisationId().value().equals(la));
        return new ForumSeat(forumId, la, isMember(person, forumId), forumOfficer, authorityOfficer);
    }

    /** The seat in the area of this local authority (through its forum); not found if the area has no forum. */
    public ForumSeat seatInArea(SignedInPerson who, UUID localAuthorityId) {
        return seat(who, forumOf(localAuthorityId).orElseThrow(NotFound::new).id().value());
    }

    /** Every forum where the person has any seat: for the forum's home page and the link to it. */
    public List<ForumSeat> seats(SignedInPerson who) {
        if (who == null) {
            return List.of();
        }
        Set<UUID> forums = new java.util.LinkedHashSet<>();
        for (StaffMembership m : people.staffMemberships(who.id())) {
            if (m.role() == StaffRole.FORUM_OFFICER || m.role() == StaffRole.FORUM_MEMBER) {
                forums.add(m.organisationId().value());
            } else if (m.role() == StaffRole.SEN_MANAGER) {
                forumOf(m.organisationId().value()).ifPresent(f -> forums.add(f.id().value()));
            }
        }
        forums.addAll(jdbc.sql("select forum_id from forum_member where person_id = ? and status = 'MEMBER'")
                .param(who.id().value())
                .query(UUID.class)
                .list());
        List<ForumSeat> seats = new ArrayList<>();
        for (UUID f : forums) {
            ForumSeat seat = seat(who, f);
            if (seat.any()) {
                seats.add(seat);
            }
        }
        return seats;
    }

    public boolean isMember(PersonId person, UUID forumId) {
        return jdbc.sql("select count(*) from forum_member where person_id = ? and forum_id = ? and status = 'MEMBER'")
                .params(person.value(), forumId)
                .query(Long.class)
                .single() > 0;
    }

    /** This person's verified membership of the forum, with their topics: one row. */
    public Optional<ForumMember> memberOf(PersonId person, UUID forumId) {
        return jdbc.sql("""
                select id, person_id, email, display_name, topics, channel, mobile from forum_member
                where forum_id = ? and person_id = ? and status = 'MEMBER'""")
                .params(forumId, person.value())
                .query(ForumMembers::member)
                .optional();
    }

    private static ForumMember member(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ForumMember(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("email"),
                rs.getString("display_name"), topics((String[]) rs.getArray("topics").getArray()), rs.getString("channel"),
                rs.getString("mobile"));
    }

    /** Verified members, by name; with a topic, only those who chose it or chose no topic at all. */
    public List<ForumMember> members(UUID forumId, Optional<Topic> topic) {
        List<ForumMember> all = jdbc.sql("""
                select id, person_id, email, display_name, topics, channel, mobile from forum_member
                where forum_id = ? and status = 'MEMBER' order by lower(display_name), id""")
                .param(forumId)
                .query(ForumMembers::member)
                .list();
        return topic.map(t -> all.stream().filter(m -> m.caresAbout(t)).toList()).orElse(all);
    }

    /** How many verified members the forum has, for each topic (a member who chose none counts under every one). */
    public Map<Topic, Integer> countsByTopic(UUID forumId) {
        List<ForumMember> all = members(forumId, Optional.empty());
        Map<Topic, Integer> counts = new LinkedHashMap<>();
        for (Topic t : Topic.values()) {
            counts.put(t, (int) all.stream().filter(m -> m.caresAbout(t)).count());
        }
        return counts;
    }

    static Set<Topic> topics(String[] names) {
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        Arrays.stream(names).map(Topic::valueOf).forEach(topics::add);
        return topics;
    }
}
