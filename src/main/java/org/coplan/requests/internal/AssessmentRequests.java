package org.coplan.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.requests.domain.SentAs;
import org.coplan.shared.web.AttachmentCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests for an assessment sent online, and their files. */
@Repository
public class AssessmentRequests {

    public enum Status {
        NEW,
        OPENED
    }

    /** A request as stored. {@code decisionDue} is null when it was linked to a request already being considered. */
    public record Stored(
            UUID id, UUID caseId, UUID localAuthorityId, UUID sentBy, String sentByName, SentAs sentAs, Instant sentAt,
            LocalDate receivedOn, LocalDate decisionDue, boolean linked, Status status, String givenName, String familyName,
            LocalDate dateOfBirth, String setting, String tried, String reasons, String shareWith, String consentBy,
            String consentHow, LocalDate consentOn) {}

    public record File(UUID id, UUID requestId, String fileName, String mediaType, int sizeBytes, byte[] content) {}

    private final JdbcClient jdbc;

    AssessmentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Stored r) {
        jdbc.sql("""
                insert into assessment_request (id, case_id, local_authority_id, sent_by, sent_by_name, sent_as, sent_at,
                    received_on, decision_due, linked_to_existing, status, child_given_name, child_family_name,
                    child_date_of_birth, setting, tried, reasons, share_with, consent_by, consent_how, consent_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.caseId(), r.localAuthorityId(), r.sentBy(), r.sentByName(), r.sentAs().name(),
                        Timestamp.from(r.sentAt()), r.receivedOn(), r.decisionDue(), r.linked(), r.status().name(), r.givenName(),
                        r.familyName(), r.dateOfBirth(), r.setting(), r.tried(), r.reasons(), r.shareWith(), r.consentBy(),
                        r.consentHow(), r.consentOn())
                .update();
    }

    public void insertFile(File f) {
        jdbc.sql("insert into assessment_request_file (id, request_id, file_name, media_type, size_bytes, content) values (?, ?, ?, ?, ?, ?)")
                .params(f.id(), f.requestId(), f.fileName(), f.mediaType(), f.sizeBytes(), f.content())
                .update();
    }

    public Optional<Stored> find(UUID id) {
        return jdbc.sql("select * from assessment_request where id = ?").param(id).query(AssessmentRequests::row).optional();
    }

    /** The authorities' requests, newest first, a page at a time. */
    public List<Stored> forAuthorities(Collection<UUID> authorities, int limit) {
        if (authorities.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from assessment_request where local_authority_id in (:las) order by sent_at desc limit :limit")
                .param("las", authorities)
                .param("limit", limit)
                .query(AssessmentRequests::row)
                .list();
    }

    /** Marks a new request opened by the person; false if it was opened already. */
    public boolean open(UUID id, UUID by, Instant at) {
        return jdbc.sql("update assessment_request set status = 'OPENED', opened_by = ?, opened_at = ? where id = ? and status = 'NEW'")
                .params(by, Timestamp.from(at), id)
                .update() == 1;
    }

    /** The files' names and types, without their content. */
    public List<File> files(UUID requestId) {
        return jdbc.sql("select id, request_id, file_name, media_type, size_bytes from assessment_request_file where request_id = ? order by file_name")
                .param(requestId)
                .query((rs, n) -> new File(rs.getObject("id", UUID.class), requestId, AttachmentCheck.safeName(rs.getString("file_name")),
                        rs.getString("media_type"), rs.getInt("size_bytes"), null))
                .list();
    }

    public Optional<File> file(UUID requestId, UUID fileId) {
        return jdbc.sql("select * from assessment_request_file where request_id = ? and id = ?")
                .params(requestId, fileId)
                .query((rs, n) -> new File(rs.getObject("id", UUID.class), requestId, AttachmentCheck.safeName(rs.getString("file_name")),
                        rs.getString("media_type"), rs.getInt("size_bytes"), rs.getBytes("content")))
                .optional();
    }

    private static Stored row(ResultSet rs, int n) throws SQLException {
        return new Stored(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getObject("local_authority_id", UUID.class), rs.getObject("sent_by", UUID.class), rs.getString("sent_by_name"),
                SentAs.valueOf(rs.getString("sent_as")), rs.getTimestamp("sent_at").toInstant(),
                rs.getObject("received_on", LocalDate.class), rs.getObject("decision_due", LocalDate.class),
                rs.getBoolean("linked_to_existing"), Status.valueOf(rs.getString("status")), rs.getString("child_given_name"),
                rs.getString("child_family_name"), rs.getObject("child_date_of_birth", LocalDate.class), rs.getString("setting"),
                rs.getString("tried"), rs.getString("reasons"), rs.getString("share_with"), rs.getString("consent_by"),
                rs.getString("consent_how"), rs.getObject("consent_on", LocalDate.class));
    }
}
