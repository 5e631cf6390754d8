package org.coplan.strategic;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationKind;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.coplan.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two areas, each with a local authority, a school and a parent carer forum, and one person in
 * every seat that matters to the strategic pages. Built afresh by each test class that needs it.
 *
 * @param people one person per {@link Viewer} ({@code ANONYMOUS} has none)
 */
public record ForumWorld(Organisation la, Organisation school, Organisation forum, Organisation otherLa, Organisation otherForum,
        Map<Viewer, Person> people) {

    /** Everyone the strategic pages are checked as. */
    public enum Viewer {
        /** Not signed in. */
        ANONYMOUS,
        /** A verified member of the area's forum (and nothing else). */
        FORUM_MEMBER,
        /** An officer of the area's forum. */
        FORUM_OFFICER,
        /** The local authority's SEN manager: an officer of the authority. */
        SEN_MANAGER,
        /** The local authority's EHC coordinator: staff, but not an officer of the board. */
        COORDINATOR,
        /** A SENCO at a school in the area. */
        SENCO,
        /** A parent on a case in the area who has not joined the forum. */
        CASE_PARENT,
        /** A member the forum's officers removed, with a reason. */
        REMOVED_MEMBER,
        /** A verified member of another area's forum. */
        OTHER_AREA_MEMBER,
        /** An officer of another area's forum. */
        OTHER_AREA_OFFICER
    }

    public Person person(Viewer viewer) {
        return people.get(viewer);
    }

    public static ForumWorld make(Fixtures fixtures, JdbcClient jdbc) {
        var people = fixtures.people();
        String n = UUID.randomUUID().toString().substring(0, 8);
        Organisation la = people.createOrganisation(OrganisationKind.LOCAL_AUTHORITY, "Forum council " + n, null);
        Organisation school = people.createOrganisation(OrganisationKind.SCHOOL, "Forum school " + n, la.id());
        Organisation forum = people.createOrganisation(OrganisationKind.FORUM, "Parent carer forum " + n, la.id());
        Organisation otherLa = people.createOrganisation(OrganisationKind.LOCAL_AUTHORITY, "Other forum council " + n, null);
        Organisation otherForum = people.createOrganisation(OrganisationKind.FORUM, "Other parent carer forum " + n, otherLa.id());
        Map<Viewer, Person> seats = new EnumMap<>(Viewer.class);
        seats.put(Viewer.FORUM_MEMBER, member(fixtures, jdbc, forum, "Forum Member", "MEMBER"));
        seats.put(Viewer.FORUM_OFFICER, fixtures.staff("Forum Officer", forum, StaffRole.FORUM_OFFICER));
        seats.put(Viewer.SEN_MANAGER, fixtures.staff("Sen Manager", la, StaffRole.SEN_MANAGER));
        seats.put(Viewer.COORDINATOR, fixtures.staff("Ehc Coordinator", la, StaffRole.EHC_COORDINATOR));
        seats.put(Viewer.SENCO, fixtures.staff("School Senco", school, StaffRole.SENCO));
        seats.put(Viewer.CASE_PARENT, fixtures.person("Case Parent"));
        seats.put(Viewer.REMOVED_MEMBER, member(fixtures, jdbc, forum, "Removed Member", "REMOVED"));
        seats.put(Viewer.OTHER_AREA_MEMBER, member(fixtures, jdbc, otherForum, "Other Member", "MEMBER"));
        seats.put(Viewer.OTHER_AREA_OFFICER, fixtures.staff("Other Officer", otherForum, StaffRole.FORUM_OFFICER));
        return new ForumWorld(la, school, forum, otherLa, otherForum, seats);
    }

    /** A person who joined the forum and verified (or was then removed), as the joining pages leave them. */
    public static Person member(Fixtures fixtures, JdbcClient jdbc, Organisation forum, String name, String status) {
        Person person = fixtures.person(name);
        jdbc.sql("""
                insert into forum_member (id, forum_id, person_id, email, display_name, channel, status, joined_at, verified_at,
                    removed_at, removed_by_name, removed_reason)
                values (?, ?, ?, ?, ?, 'EMAIL', ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), forum.id().value(), person.id().value(), person.email(), name, status,
                        java.sql.Timestamp.from(Instant.now()), java.sql.Timestamp.from(Instant.now()),
                        "REMOVED".equals(status) ? java.sql.Timestamp.from(Instant.now()) : null,
                        "REMOVED".equals(status) ? "Forum Officer" : null,
                        "REMOVED".equals(status) ? "Posted other members' details" : null)
                .update();
        if ("MEMBER".equals(status)) {
            fixtures.people().addStaffRole(person.id(), forum.id(), StaffRole.FORUM_MEMBER);
        }
        return person;
    }

    /** Makes someone who is already a member of another forum a verified member of this forum too. */
    public static void joinAlso(Fixtures fixtures, JdbcClient jdbc, Organisation forum, Person person) {
        jdbc.sql("""
                insert into forum_member (id, forum_id, person_id, email, display_name, channel, status, joined_at, verified_at)
                values (?, ?, ?, ?, ?, 'EMAIL', 'MEMBER', now(), now())""")
                .params(UUID.randomUUID(), forum.id().value(), person.id().value(), person.email(), person.displayName())
                .update();
        fixtures.people().addStaffRole(person.id(), forum.id(), StaffRole.FORUM_MEMBER);
    }
}
