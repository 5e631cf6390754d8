package org.coplan.plans.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.plans.domain.PlanKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Scores the golden thread of plan versions written before scores were kept, once, when Coplan
 * starts: every change since keeps its own score. Each version is scored in its own transaction,
 * and several nodes starting together only score a version twice to the same result.
 */
@Component
class ThreadScoreBackfill {

    private static final Logger log = LoggerFactory.getLogger(ThreadScoreBackfill.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final ThreadScoring scoring;
    private final CaseAccess cases;

    ThreadScoreBackfill(JdbcClient jdbc, ThreadScoring scoring, CaseAccess cases) {
        this.jdbc = jdbc;
        this.scoring = scoring;
        this.cases = cases;
    }

    private record Unscored(UUID versionId, UUID planId, PlanKind kind, int number, UUID caseId) {}

    @EventListener(ApplicationReadyEvent.class)
    void scoreWhatHasNoScore() {
        Set<UUID> skipped = new HashSet<>();
        int scored = 0;
        while (true) {
            List<Unscored> batch = jdbc.sql("""
                    select v.id, v.plan_id, p.kind, v.number, p.case_id from plan_version v join plan p on p.id = v.plan_id
                    where not exists (select 1 from plan_thread_score s where s.version_id = v.id)
                    order by v.id limit ?""")
                    .param(BATCH + skipped.size())
                    .query((rs, n) -> new Unscored(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            PlanKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getObject(5, UUID.class)))
                    .list()
                    .stream()
                    .filter(u -> !skipped.contains(u.versionId()))
                    .toList();
            if (batch.isEmpty()) {
                break;
            }
            for (Unscored u : batch) {
                var child = cases.child(new CaseId(u.caseId()));
                if (child.isEmpty()) {
                    skipped.add(u.versionId());
                    continue;
                }
                scoring.recompute(u.versionId(), u.planId(), u.kind(), u.number(), child.get());
                scored++;
            }
        }
        if (scored > 0) {
            log.info("Scored the golden thread of {} plan versions written before scores were kept", scored);
        }
    }
}
