package org.coplan.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseMember;
import org.coplan.cases.CaseRole;
import org.coplan.people.PersonId;
import org.coplan.shared.web.RequestMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CaseMembers {

    /** This store's notebook of teams read in the current request (see {@link RequestMemo}). */
    private static final String MEMO = "case-members";

    private final JdbcClient jdbc;

    CaseMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The team now, in the order they joined: read once per web request, as the access check and the page both need it. */
    public List<CaseMember> active(CaseId caseId) {
        return RequestMemo.remember(MEMO, caseId, () -> List.copyOf(
                jdbc.sql("select * from case_member where case_id = ? and removed_at is null order by added_at")
                        .param(caseId.value())
                        .query(CaseMembers::row)
                        .list()));
    }

    /** The cases the person is on now in this role. */
    public List<CaseId> casesWith(PersonId person, CaseRole role) {
        return jdbc.sql("select case_id from case_member where person_id = ? and case_role = ? and removed_at is null")
                .params(person.value(), role.name())
                .query((rs, n) -> new CaseId(rs.getObject(1, UUID.class)))
                .list();
    }

    public Optional<CaseMember> activeMember(CaseId caseId, UUID memberId) {
        return jdbc.sql("select * from case_member where case_id = ? and id = ? and removed_at is null")
                .params(caseId.value(), memberId)
                .query(CaseMembers::row)
                .optional();
    }

    public Optional<CaseMember> activeMembership(CaseId caseId, PersonId person) {
        return jdbc.sql("select * from case_member where case_id = ? and person_id = ? and removed_at is null")
                .params(caseId.value(), person.value())
                .query(CaseMembers::row)
                .optional();
    }

    public CaseMember add(CaseId caseId, PersonId person, CaseRole role, PersonId addedBy, Instant at) {
        RequestMemo.forget(MEMO);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into case_member (id, case_id, person_id, case_role, added_at, added_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, caseId.value(), person.value(), role.name(), Timestamp.from(at),
                        addedBy == null ? null : addedBy.value())
                .update();
        return new CaseMember(id, caseId, person, role, at);
    }

    public boolean remove(CaseId caseId, UUID memberId, PersonId removedBy, Instant at) {
        RequestMemo.forget(MEMO);
        return jdbc.sql("""
                update case_member set removed_at = ?, removed_by = ?
                where case_id = ? and id = ? and removed_at is null""")
                .params(Timestamp.from(at), removedBy.value(), caseId.value(), memberId)
                .update() == 1;
    }

    static CaseMember row(ResultSet rs, int n) throws SQLException {
        return new CaseMember(
                rs.getObject("id", UUID.class),
                new CaseId(rs.getObject("case_id", UUID.class)),
                new PersonId(rs.getObject("person_id", UUID.class)),
                CaseRole.valueOf(rs.getString("case_role")),
                rs.getTimestamp("added_at").toInstant());
    }
}
