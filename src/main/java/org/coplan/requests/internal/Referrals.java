package org.coplan.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.SupportChoice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Independent support services, and families' referrals to them. */
@Repository
public class Referrals {

    public enum Status {
        WAITING,
        ACCEPTED,
        JOINED,
        DECLINED
    }

    public record Referral(
            UUID id, UUID caseId, UUID serviceId, SupportChoice support, UUID askedBy, String askedByName, Instant askedAt,
            String contact, String help, String childKnownAs, String stage, String settingName, Status status, UUID adviserId, String adviserName) {}

    private final JdbcClient jdbc;

    Referrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void registerService(UUID organisation, UUID localAuthority, SupportChoice support) {
        jdbc.sql("""
                insert into support_service (organisation_id, local_authority_id, support) values (?, ?, ?)
                on conflict (organisation_id) do update set local_authority_id = excluded.local_authority_id, support = excluded.support""")
                .params(organisation, localAuthority, support.name())
                .update();
    }

    /** The authority's service of this kind, if it has one on Coplan. */
    public Optional<UUID> service(UUID localAuthority, SupportChoice support) {
        return jdbc.sql("select organisation_id from support_service where local_authority_id = ? and support = ? order by organisation_id limit 1")
                .params(localAuthority, support.name())
                .query(UUID.class)
                .optional();
    }

    /** Which of these organisations are support services. */
    public List<UUID> servicesAmong(Collection<UUID> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select organisation_id from support_service where organisation_id in (:ids)")
                .param("ids", organisations)
                .query(UUID.class)
                .list();
    }

    public void insert(Referral r) {
        jdbc.sql("""
                insert into support_referral (id, case_id, service_id, support, asked_by, asked_by_name, asked_at, contact, help, child_known_as,
                    stage, setting_name, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.caseId(), r.serviceId(), r.support().name(), r.askedBy(), r.askedByName(), Timestamp.from(r.askedAt()),
                        r.contact(), r.help(), r.childKnownAs(), r.stage(), r.settingName(), r.status().name())
                .update();
    }

    public Optional<Referral> find(UUID id) {
        return jdbc.sql("select * from support_referral where id = ?").param(id).query(Referrals::row).optional();
    }

    public List<Referral> forServices(Collection<UUID> services) {
        if (services.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from support_referral where service_id in (:ids) order by asked_at desc limit 200")
                .param("ids", services)
                .query(Referrals::row)
                .list();
    }

    public List<Referral> onCase(UUID caseId) {
        return jdbc.sql("select * from support_referral where case_id = ? order by asked_at desc").param(caseId)
                .query(Referrals::row).list();
    }

    /** Marks a waiting referral accepted by the adviser; false if it was not waiting any more. */
    public boolean accept(UUID id, UUID adviser, String adviserName, Instant at) {
        return jdbc.sql("""
                update support_referral set status = 'ACCEPTED', adviser_id = ?, adviser_name = ?, accepted_at = ?, version = version + 1
                where id = ? and status = 'WAITING'""")
                .params(adviser, adviserName, Timestamp.from(at), id)
                .update() == 1;
    }

    /** Records the family's answer to an accepted referral; false if it was answered already. */
    public boolean answer(UUID id, Status answer, Instant at) {
        return jdbc.sql("update support_referral set status = ?, answered_at = ?, version = version + 1 where id = ? and status = 'ACCEPTED'")
                .params(answer.name(), Timestamp.from(at), id)
                .update() == 1;
    }

    private static Referral row(ResultSet rs, int n) throws SQLException {
        return new Referral(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getObject("service_id", UUID.class),
                SupportChoice.valueOf(rs.getString("support")), rs.getObject("asked_by", UUID.class), rs.getString("asked_by_name"),
                rs.getTimestamp("asked_at").toInstant(), rs.getString("contact"), rs.getString("help"), rs.getString("child_known_as"),
                rs.getString("stage"), rs.getString("setting_name"),
                Status.valueOf(rs.getString("status")), rs.getObject("adviser_id", UUID.class), rs.getString("adviser_name"));
    }
}
