package org.coplan.process.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.coplan.deadlines.RequestChannel;
import org.coplan.process.domain.AdviceKind;
import org.coplan.process.domain.DeadlineKey;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.process.domain.RequestSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The steps recorded on each case, in the order they were recorded. */
@Repository
public class ProcessEvents {

    /** A step as stored, with who recorded it and its version for corrections. */
    public record Recorded(ProcessEvent event, UUID caseId, String recordedByName, Instant recordedAt, int version) {}

    private final JdbcClient jdbc;

    ProcessEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Recorded> forCase(UUID caseId) {
        return jdbc.sql("select * from process_event where case_id = ? order by seq").param(caseId).query(ProcessEvents::row).list();
    }

    /**
     * Every step up to and including {@code upTo} on the cases of a local authority, case by case
     * and in the order recorded within each case, handed over one at a time so a large authority
     * is never held in memory at once.
     */
    public void eachInAuthority(UUID localAuthority, LocalDate upTo, Consumer<Recorded> each) {
        jdbc.sql("""
                select e.* from process_event e join process_summary s on s.case_id = e.case_id
                where s.local_authority_id = ? and e.occurred_on <= ?
                order by e.case_id, e.seq""")
                .params(localAuthority, upTo)
                .query(rs -> {
                    each.accept(row(rs, 0));
                });
    }

    public Optional<Recorded> find(UUID caseId, UUID id) {
        return jdbc.sql("select * from process_event where case_id = ? and id = ?").params(caseId, id).query(ProcessEvents::row).optional();
    }

    public void insert(UUID caseId, ProcessEvent e, UUID by, String byName, Instant at) {
        jdbc.sql("""
                insert into process_event (id, case_id, kind, occurred_on, arrived_at, arrived_time_entered, channel, source,
                    outcome, adviser, adviser_name, related_id, deadline_key, target_on, ends_on, reasons, recorded_by,
                    recorded_by_name, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), caseId, e.kind().name(), e.occurredOn(),
                        e.arrivedOn() == null ? null
                                : Timestamp.valueOf(e.arrivedOn().atTime(e.arrivedTime() == null ? LocalTime.MIDNIGHT : e.arrivedTime())),
                        e.arrivedTime() != null,
                        name(e.channel()), name(e.source()), e.outcome(), name(e.adviser()), e.adviserName(), e.relatedId(),
                        name(e.deadlineKey()), e.targetOn(), e.endsOn(), e.reasons(), by, byName, Timestamp.from(at))
                .update();
    }

    /** Changes the date of a step, if nobody else changed it since {@code basedOnVersion}. */
    public boolean correctDate(UUID caseId, UUID id, LocalDate day, int basedOnVersion) {
        return jdbc.sql("update process_event set occurred_on = ?, version = version + 1 where case_id = ? and id = ? and version = ?")
                .params(day, caseId, id, basedOnVersion)
                .update() == 1;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static Recorded row(ResultSet rs, int n) throws SQLException {
        Timestamp arrived = rs.getTimestamp("arrived_at");
        boolean timeEntered = rs.getBoolean("arrived_time_entered");
        ProcessEvent e = new ProcessEvent(
                rs.getObject("id", UUID.class),
                ProcessEventKind.valueOf(rs.getString("kind")),
                rs.getObject("occurred_on", LocalDate.class),
                arrived == null ? null : arrived.toLocalDateTime().toLocalDate(),
                arrived == null || !timeEntered ? null : arrived.toLocalDateTime().toLocalTime(),
                value(RequestChannel.class, rs.getString("channel")),
                value(RequestSource.class, rs.getString("source")),
                rs.getString("outcome"),
                value(AdviceKind.class, rs.getString("adviser")),
                rs.getString("adviser_name"),
                rs.getObject("related_id", UUID.class),
                value(DeadlineKey.class, rs.getString("deadline_key")),
                rs.getObject("target_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getString("reasons"));
        return new Recorded(e, rs.getObject("case_id", UUID.class), rs.getString("recorded_by_name"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getInt("version"));
    }

    private static <E extends Enum<E>> E value(Class<E> type, String s) {
        return s == null ? null : Enum.valueOf(type, s);
    }
}
