package org.coplan.plans.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Parents and young people who said they have finished commenting on a version sent for comment. */
@Repository
public class CommentsFinished {

    private final JdbcClient jdbc;

    CommentsFinished(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID versionId, UUID personId, Instant at) {
        jdbc.sql("insert into plan_comment_finished (version_id, person_id, finished_at) values (?, ?, ?) on conflict do nothing")
                .params(versionId, personId, Timestamp.from(at))
                .update();
    }

    public Set<UUID> of(UUID versionId) {
        return jdbc.sql("select person_id from plan_comment_finished where version_id = ?")
                .param(versionId)
                .query(UUID.class)
                .stream()
                .collect(Collectors.toSet());
    }
}
