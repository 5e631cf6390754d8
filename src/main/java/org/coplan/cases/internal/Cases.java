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

    /** Cases a person might see: the policy still decides for each one. */
    public List<ChildCase> candidatesFor(PersonId person, List<UUID> schools, List<UUID> localAuthorities) {
        return jdbc.sql("""
                select * from child_case c
                where c.id in (select case_id from case_member where person_id = ? and removed_at is null)
                   or c.school_id = any(?)
                   or c.local_authority_id = any(?)
                order by c.family_name, c.given_name""")
                .params(person.value(), schools.toArray(UUID[]::new), localAuthorities.toArray(UUID[]::new))
                .query(Cases::row)
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
    public boolean updateDetails(ChildCase c, int basedOnVersion) {
        boolean saved = jdbc.sql("""
                update child_case set given_name = ?, family_name = ?, preferred_name = ?, date_of_birth = ?,
                    school_id = ?, stage = ?, version = version + 1
                where id = ? and version = ?""")
                .params(c.givenName(), c.familyName(), c.preferredName(), c.dateOfBirth(),
                        c.school() == null ? null : c.school().value(), c.stage().name(), c.id().value(), basedOnVersion)
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
                rs.getTimestamp("created_at").toInstant());
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
