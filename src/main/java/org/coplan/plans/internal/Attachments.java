package org.coplan.plans.internal;

import org.coplan.shared.web.AttachmentCheck;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Files attached to contributions, kept in the database: never under the web root, and shared by every node.
 * Names are made safe again as they are read, so a name stored before the current rules is safe too.
 */
@Repository
public class Attachments {

    public record Attachment(UUID id, UUID caseId, String fileName, String mediaType, int sizeBytes, byte[] content) {}

    private final JdbcClient jdbc;

    Attachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Attachment a, UUID by, Instant at) {
        jdbc.sql("""
                insert into attachment (id, case_id, file_name, media_type, size_bytes, content, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.caseId(), a.fileName(), a.mediaType(), a.sizeBytes(), a.content(), by, Timestamp.from(at))
                .update();
    }

    public Optional<Attachment> find(UUID caseId, UUID id) {
        return jdbc.sql("select * from attachment where case_id = ? and id = ?")
                .params(caseId, id)
                .query((rs, n) -> new Attachment(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                        AttachmentCheck.safeName(rs.getString("file_name")), rs.getString("media_type"), rs.getInt("size_bytes"), rs.getBytes("content")))
                .optional();
    }
}
