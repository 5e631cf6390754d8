package org.coplan.provision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coplan.provision.domain.FamilyFeeling;
import org.coplan.shared.web.AttachmentCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Progress recorded against outcomes and the family's views of it. Both are only ever added: the
 * application's database role may not change or delete them.
 */
@Repository
public class ProgressRecords {

    /** A step recorded against an outcome. {@code fileName} is set when a file is attached. */
    public record Entry(
            UUID id, UUID caseId, UUID outcomeLineage, UUID stepId, String evidence, String observedBy, LocalDate observedOn,
            UUID attachmentId, String fileName, UUID recordedBy, String recordedByName, String recordedRole, Instant recordedAt) {}

    /** The child's or family's own view, as they gave it. */
    public record View(
            UUID id, UUID caseId, UUID outcomeLineage, String words, FamilyFeeling feeling, UUID authorId, String authorName,
            String authorRole, Instant addedAt) {}

    public record Attachment(UUID id, UUID caseId, String fileName, String mediaType, int sizeBytes, byte[] content) {}

    /** An outcome's newest record and newest family view, and how many records it has; either may be null. */
    public record Latest(UUID outcomeLineage, Entry entry, long records, View view) {}

    /** One outcome over a period: the step by its start and by its end, the records in it and the newest evidence and view in it. */
    public record Period(UUID outcomeLineage, UUID stepAtStart, UUID stepAtEnd, int records, String latestEvidence, String latestView) {}

    private final JdbcClient jdbc;

    ProgressRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertAttachment(Attachment a, UUID by, Instant at) {
        jdbc.sql("""
                insert into progress_attachment (id, case_id, file_name, media_type, size_bytes, content, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.caseId(), a.fileName(), a.mediaType(), a.sizeBytes(), a.content(), by, Timestamp.from(at))
                .update();
    }

    public void insert(Entry e) {
        jdbc.sql("""
                insert into progress_record (id, case_id, outcome_lineage, step_id, evidence, observed_by, observed_on, attachment_id,
                    recorded_by, recorded_by_name, recorded_role, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.caseId(), e.outcomeLineage(), e.stepId(), e.evidence(), e.observedBy(), e.observedOn(),
                        e.attachmentId(), e.recordedBy(), e.recordedByName(), e.recordedRole(), Timestamp.from(e.recordedAt()))
                .update();
    }

    public void insert(View v) {
        jdbc.sql("""
                insert into progress_view (id, case_id, outcome_lineage, words, feeling, author_id, author_name, author_role, added_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(v.id(), v.caseId(), v.outcomeLineage(), v.words(), v.feeling() == null ? null : v.feeling().name(),
                        v.authorId(), v.authorName(), v.authorRole(), Timestamp.from(v.addedAt()))
                .update();
    }

    /**
     * For each outcome, its newest record (by the day observed), its number of records and the
     * family's newest view: one query, two index lookups per outcome, however long the history.
     */
    public Map<UUID, Latest> latest(UUID caseId, List<UUID> outcomes) {
        Map<UUID, Latest> latest = new HashMap<>();
        if (outcomes.isEmpty()) {
            return latest;
        }
        jdbc.sql("""
                select o.lineage, r.*, null as file_name, c.records, v.id as view_id, v.words, v.feeling, v.author_id, v.author_name,
                       v.author_role, v.added_at
                from unnest(?::uuid[]) as o(lineage)
                left join lateral (select * from progress_record r where r.case_id = ? and r.outcome_lineage = o.lineage
                                   order by r.observed_on desc, r.seq desc limit 1) r on true
                left join lateral (select count(*) as records from progress_record n where n.case_id = ? and n.outcome_lineage = o.lineage) c on true
                left join lateral (select * from progress_view w where w.case_id = ? and w.outcome_lineage = o.lineage
                                   order by w.seq desc limit 1) v on true""")
                .params(outcomes.toArray(UUID[]::new), caseId, caseId, caseId)
                .query((rs, n) -> {
                    UUID lineage = rs.getObject("lineage", UUID.class);
                    Entry entry = rs.getObject("id") == null ? null : entry(rs);
                    View view = rs.getObject("view_id") == null ? null : new View(rs.getObject("view_id", UUID.class), caseId, lineage,
                            rs.getString("words"), feeling(rs.getString("feeling")), rs.getObject("author_id", UUID.class),
                            rs.getString("author_name"), rs.getString("author_role"), rs.getTimestamp("added_at").toInstant());
                    return new Latest(lineage, entry, rs.getLong("records"), view);
                })
                .list()
                .forEach(l -> latest.put(l.outcomeLineage(), l));
        return latest;
    }

    /** Every record of one outcome, oldest observed first, with the names of attached files. */
    public List<Entry> history(UUID caseId, UUID outcome) {
        return jdbc.sql("""
                select r.*, a.file_name from progress_record r left join progress_attachment a on a.id = r.attachment_id
                where r.case_id = ? and r.outcome_lineage = ?
                order by r.observed_on, r.seq""")
                .params(caseId, outcome)
                .query((rs, n) -> entry(rs))
                .list();
    }

    /** The family's views of one outcome, newest first. */
    public List<View> views(UUID caseId, UUID outcome) {
        return jdbc.sql("select * from progress_view where case_id = ? and outcome_lineage = ? order by seq desc")
                .params(caseId, outcome)
                .query((rs, n) -> new View(rs.getObject("id", UUID.class), caseId, outcome, rs.getString("words"),
                        feeling(rs.getString("feeling")), rs.getObject("author_id", UUID.class), rs.getString("author_name"),
                        rs.getString("author_role"), rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    /** The file attached to a record of this outcome on this case. */
    public Optional<Attachment> attachment(UUID caseId, UUID outcome, UUID recordId) {
        return jdbc.sql("""
                select a.* from progress_record r join progress_attachment a on a.id = r.attachment_id
                where r.case_id = ? and r.outcome_lineage = ? and r.id = ? and a.case_id = r.case_id""")
                .params(caseId, outcome, recordId)
                .query((rs, n) -> new Attachment(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                        AttachmentCheck.safeName(rs.getString("file_name")), rs.getString("media_type"), rs.getInt("size_bytes"),
                        rs.getBytes("content")))
                .optional();
    }

    /**
     * Each outcome over the period from {@code from} to {@code to}, both included: the step of its
     * newest record observed by {@code from}, and by {@code to}; the records observed in the period,
     * the newest one's evidence, and the family's newest words added in it. One query.
     */
    public Map<UUID, Period> period(UUID caseId, List<UUID> outcomes, LocalDate from, LocalDate to, Instant viewsFrom, Instant viewsTo) {
        Map<UUID, Period> periods = new HashMap<>();
        if (outcomes.isEmpty()) {
            return periods;
        }
        jdbc.sql("""
                select o.lineage, s.step_id as at_start, e.step_id as at_end, c.records, l.evidence, v.words
                from unnest(?::uuid[]) as o(lineage)
                left join lateral (select step_id from progress_record r where r.case_id = ? and r.outcome_lineage = o.lineage
                                   and r.observed_on <= ? order by r.observed_on desc, r.seq desc limit 1) s on true
                left join lateral (select step_id from progress_record r where r.case_id = ? and r.outcome_lineage = o.lineage
                                   and r.observed_on <= ? order by r.observed_on desc, r.seq desc limit 1) e on true
                left join lateral (select count(*) as records from progress_record r where r.case_id = ? and r.outcome_lineage = o.lineage
                                   and r.observed_on between ? and ?) c on true
                left join lateral (select evidence from progress_record r where r.case_id = ? and r.outcome_lineage = o.lineage
                                   and r.observed_on between ? and ? order by r.observed_on desc, r.seq desc limit 1) l on true
                left join lateral (select words from progress_view w where w.case_id = ? and w.outcome_lineage = o.lineage
                                   and w.added_at >= ? and w.added_at < ? order by w.seq desc limit 1) v on true""")
                .params(outcomes.toArray(UUID[]::new), caseId, from, caseId, to, caseId, from, to, caseId, from, to, caseId,
                        Timestamp.from(viewsFrom), Timestamp.from(viewsTo))
                .query((rs, n) -> new Period(rs.getObject("lineage", UUID.class), rs.getObject("at_start", UUID.class),
                        rs.getObject("at_end", UUID.class), rs.getInt("records"), rs.getString("evidence"), rs.getString("words")))
                .list()
                .forEach(p -> periods.put(p.outcomeLineage(), p));
        return periods;
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getObject("outcome_lineage", UUID.class),
                rs.getObject("step_id", UUID.class), rs.getString("evidence"), rs.getString("observed_by"),
                rs.getObject("observed_on", LocalDate.class), rs.getObject("attachment_id", UUID.class), rs.getString("file_name"),
                rs.getObject("recorded_by", UUID.class), rs.getString("recorded_by_name"), rs.getString("recorded_role"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static FamilyFeeling feeling(String name) {
        return name == null ? null : FamilyFeeling.valueOf(name);
    }
}
