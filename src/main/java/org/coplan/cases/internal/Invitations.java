package org.coplan.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseRole;
import org.coplan.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Invitations {

    public record Invitation(
            UUID id, CaseId caseId, String email, String name, CaseRole role, PersonId invitedBy,
            Instant createdAt, Instant expiresAt, Instant acceptedAt, Instant withdrawnAt) {

        public boolean isOpen(Instant now) {
            return acceptedAt == null && withdrawnAt == null && expiresAt.isAfter(now);
        }
    }

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Invitation i, String tokenHash) {
        jdbc.sql("""
                insert into case_invitation (id, case_id, email, name, case_role, token_hash, invited_by, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(i.id(), i.caseId().value(), i.email(), i.name(), i.role().name(), tokenHash,
                        i.invitedBy().value(), Timestamp.from(i.createdAt()), Timestamp.from(i.expiresAt()))
                .update();
    }

    public Optional<Invitation> byToken(String tokenHash) {
        return jdbc.sql("select * from case_invitation where token_hash = ?").param(tokenHash).query(Invitations::row).optional();
    }

    /** The invitation for this email that has been neither accepted nor withdrawn, if any (it may have expired). */
    public Optional<Invitation> unanswered(CaseId caseId, String email) {
        return jdbc.sql("""
                select * from case_invitation
                where case_id = ? and lower(email) = lower(?) and accepted_at is null and withdrawn_at is null""")
                .params(caseId.value(), email)
                .query(Invitations::row)
                .optional();
    }

    public List<Invitation> unansweredFor(CaseId caseId) {
        return jdbc.sql("""
                select * from case_invitation where case_id = ? and accepted_at is null and withdrawn_at is null
                order by created_at""")
                .param(caseId.value())
                .query(Invitations::row)
                .list();
    }

    public boolean markAccepted(UUID id, Instant at) {
        return jdbc.sql("update case_invitation set accepted_at = ? where id = ? and accepted_at is null and withdrawn_at is null")
                .params(Timestamp.from(at), id)
                .update() == 1;
    }

    public void withdraw(UUID id, Instant at) {
        jdbc.sql("update case_invitation set withdrawn_at = ? where id = ? and withdrawn_at is null")
                .params(Timestamp.from(at), id)
                .update();
    }

    static Invitation row(ResultSet rs, int n) throws SQLException {
        return new Invitation(
                rs.getObject("id", UUID.class),
                new CaseId(rs.getObject("case_id", UUID.class)),
                rs.getString("email"),
                rs.getString("name"),
                CaseRole.valueOf(rs.getString("case_role")),
                new PersonId(rs.getObject("invited_by", UUID.class)),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                instant(rs.getTimestamp("accepted_at")),
                instant(rs.getTimestamp("withdrawn_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
