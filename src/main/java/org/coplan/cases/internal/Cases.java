package org.coplan.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.cases.ChildCase;
import org.coplan.cases.ParentAccessChoice;
import org.coplan.cases.Stage;
import org.coplan.people.OrganisationId;
import org.coplan.people.PersonId;
import org.coplan.cases.CaseChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Cases {

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    Cases(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<ChildCase> find(CaseId id) {
        return jdbc.sql("select * from child_case where id = ?").param(id.value()).query(Cases::row).optional();
    }

    public void insert(ChildCase c) {
        jdbc.sql("""
                insert into child_case (id, given_name, family_name, preferred_name, date_of_birth, school_id,
                    local_authority_id, stage, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id().value(), c.givenName(), c.familyName(), c.preferredName(), c.dateOfBirth(),
                        c.school() == null ? null : c.school().value(), c.localAuthority().value(), c.stage().name(),
                        Timestamp.from(c.createdAt()))
                .update();
        events.publishEvent(new CaseChanged(c.id()));
    }

    /** A case on a person's team, with the role they hold on it. */
    public record Membership(ChildCase child, org.coplan.cases.CaseRole role) {}

    /**
     * The cases a person is on the team of and may see, a page at a time, by family name then given
     * name. A parent whose young person has said parents may not see the case ({@code parentAccess}
     * NONE, the child born on or before {@code youngPersonBornBy}) is left out here, as
     * {@link org.coplan.cases.domain.CaseAccessPolicy} leaves them out.
     */
    public List<Membership> onTeamOf(PersonId person, LocalDate youngPersonBornBy, int offset, int limit) {
        return jdbc.sql("""
                select c.*, m.case_role as member_role
                from case_member m join child_case c on c.id = m.case_id
                where m.person_id = ? and m.removed_at is null
                  and not (m.case_role = 'PARENT_CARER' and c.parent_access_choice = 'NONE' and c.date_of_birth <= ?)
                order by c.family_name, c.given_name, c.id
                limit ? offset ?""")
                .params(person.value(), youngPersonBornBy, limit, offset)
                .query((rs, n) -> new Membership(row(rs, n), org.coplan.cases.CaseRole.valueOf(rs.getString("member_role"))))
                .list();
    }

    /** How many cases {@link #onTeamOf} lists in all. */
    public long countOnTeamOf(PersonId person, LocalDate youngPersonBornBy) {
        return jdbc.sql("""
                select count(*)
                from case_member m join child_case c on c.id = m.case_id
                where m.person_id = ? and m.removed_at is null
                  and not (m.case_role = 'PARENT_CARER' and c.parent_access_choice = 'NONE' and c.date_of_birth <= ?)""")
                .params(person.value(), youngPersonBornBy)
                .query(Long.class)
                .single();
    }

    /** The ids of every case at the school, in one query. */
    /**
     * The authority's cases of a child with this name and date of birth at these stages (names
     * compared without case or surrounding spaces): for catching a second request for a child.
     */
    public List<CaseId> sameChild(OrganisationId localAuthority, String givenName, String familyName, LocalDate dateOfBirth,
            List<Stage> stages) {
        return jdbc.sql("""
                select id from child_case
                where local_authority_id = ? and date_of_birth = ? and lower(trim(given_name)) = lower(trim(?))
                  and lower(trim(family_name)) = lower(trim(?)) and stage in (:stages)
                order by created_at""".replace(":stages", String.join(",", java.util.Collections.nCopies(stages.size(), "?"))))
                .params(concat(List.of(localAuthority.value(), dateOfBirth, givenName, familyName), stages.stream().map(Stage::name).toList()))
                .query((rs, n) -> new CaseId(rs.getObject("id", UUID.class)))
                .list();
    }

    private static List<Object> concat(List<Object> a, List<String> b) {
        List<Object> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    public List<CaseId> atStage(org.coplan.cases.Stage stage) {
        return jdbc.sql("select id from child_case where stage = ?")
                .param(stage.name())
                .query((rs, n) -> new CaseId(rs.getObject("id", UUID.class)))
                .list();
    }

    public List<CaseId> atSchool(OrganisationId school) {
        return jdbc.sql("select id from child_case where school_id = ?")
                .param(school.value())
                .query((rs, n) -> new CaseId(rs.getObject("id", UUID.class)))
                .list();
    }

    /** A child at a school, with the people on their case team as family now. */
    public record ChildAtSchool(String givenName, String familyName, String preferredName, List<PersonId> family) {}

    /** Every child at the school and the family members on their teams now, in one query. */
    public List<ChildAtSchool> childrenAtSchool(OrganisationId school) {
        return childrenWhere("c.school_id = ?", school);
    }

    /** Every child in the authority's area and the family members on their teams now, in one query. */
    public List<ChildAtSchool> childrenInAuthority(OrganisationId localAuthority) {
        return childrenWhere("c.local_authority_id = ?", localAuthority);
    }

    private List<ChildAtSchool> childrenWhere(String where, OrganisationId organisation) {
        return jdbc.sql("""
                select c.given_name, c.family_name, c.preferred_name,
                       array(select m.person_id from case_member m
                             where m.case_id = c.id and m.removed_at is null and m.case_role = any(?)) as family
                from child_case c""" + " where " + where)
                .params(org.coplan.cases.CaseRole.familyNames().toArray(String[]::new), organisation.value())
                .query((rs, n) -> new ChildAtSchool(rs.getString("given_name"), rs.getString("family_name"),
                        rs.getString("preferred_name"),
                        java.util.Arrays.stream((Object[]) rs.getArray("family").getArray()).map(o -> new PersonId((UUID) o)).toList()))
                .list();
    }

    /** A case's child and everyone who is or was on its team. */
    public record NamesOnCase(CaseId caseId, String givenName, String familyName, String preferredName, List<PersonId> people) {}

    /** The child and every person ever on the team of each of these cases, in one query. */
    public List<NamesOnCase> namesOn(java.util.Collection<CaseId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select c.id, c.given_name, c.family_name, c.preferred_name,
                       array(select m.person_id from case_member m where m.case_id = c.id) as people
                from child_case c where c.id = any(?)""")
                .param(ids.stream().map(CaseId::value).toArray(UUID[]::new))
                .query((rs, n) -> new NamesOnCase(new CaseId(rs.getObject("id", UUID.class)), rs.getString("given_name"),
                        rs.getString("family_name"), rs.getString("preferred_name"),
                        java.util.Arrays.stream((Object[]) rs.getArray("people").getArray()).map(o -> new PersonId((UUID) o)).toList()))
                .list();
    }

    public void setNamedContact(CaseId id, UUID memberId) {
        jdbc.sql("update child_case set named_contact_id = ? where id = ?")
                .params(memberId, id.value())
                .update();
    }

    public void clearNamedContactIf(CaseId id, UUID memberId) {
        jdbc.sql("update child_case set named_contact_id = null where id = ? and named_contact_id = ?")
                .params(id.value(), memberId)
                .update();
    }

    public void setParentAccess(CaseId id, ParentAccessChoice choice) {
        jdbc.sql("update child_case set parent_access_choice = ? where id = ?")
                .params(choice.name(), id.value())
                .update();
    }

    /**
     * Saves changed details only if nobody saved details since the version the form was based on.
     * The version counts changes to the details only, so a new named contact does not block an edit.
     */
    public boolean updateDetails(ChildCase c, org.coplan.cases.NeedType primaryNeed, int basedOnVersion) {
        boolean saved = jdbc.sql("""
                update child_case set given_name = ?, family_name = ?, preferred_name = ?, date_of_birth = ?,
                    school_id = ?, stage = ?, primary_need = ?, version = version + 1
                where id = ? and version = ?""")
                .params(c.givenName(), c.familyName(), c.preferredName(), c.dateOfBirth(),
                        c.school() == null ? null : c.school().value(), c.stage().name(),
                        primaryNeed == null ? null : primaryNeed.name(), c.id().value(), basedOnVersion)
                .update() == 1;
        if (saved) {
            events.publishEvent(new CaseChanged(c.id()));
        }
        return saved;
    }

    static ChildCase row(ResultSet rs, int n) throws SQLException {
        UUID school = rs.getObject("school_id", UUID.class);
        return new ChildCase(
                new CaseId(rs.getObject("id", UUID.class)),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getString("preferred_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                school == null ? null : new OrganisationId(school),
                new OrganisationId(rs.getObject("local_authority_id", UUID.class)),
                Stage.valueOf(rs.getString("stage")),
                rs.getObject("named_contact_id", UUID.class),
                ParentAccessChoice.valueOf(rs.getString("parent_access_choice")),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("primary_need") == null ? null : org.coplan.cases.NeedType.valueOf(rs.getString("primary_need")));
    }

    /** Moves the case to a stage; the version goes up so an open details form is not saved over it. */
    public void setStage(CaseId caseId, Stage stage) {
        int changed = jdbc.sql("update child_case set stage = ?, version = version + 1 where id = ? and stage <> ?")
                .params(stage.name(), caseId.value(), stage.name())
                .update();
        if (changed == 1) {
            events.publishEvent(new CaseChanged(caseId));
        }
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
