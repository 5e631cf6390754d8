package org.coplan.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.coplan.plans.PlanSetup;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.SectionCode;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Plan versions written before scores were kept get one when Coplan starts; every change keeps its own. */
class ThreadScoreBackfillTest extends IntegrationTest {

    @Autowired
    PlanSetup setup;

    @Autowired
    ThreadScoreBackfill backfill;

    @Autowired
    JdbcClient jdbc;

    private record Score(int checks, int met, int gaps) {}

    private Score score(UUID plan) {
        return jdbc.sql("select checks, met, gaps from plan_thread_score where plan_id = ?").param(plan)
                .query((rs, n) -> new Score(rs.getInt(1), rs.getInt(2), rs.getInt(3))).optional().orElse(null);
    }

    @Test
    void everyChangeKeepsTheScoreAndAVersionWithoutOneIsScoredAtStart() {
        World world = fixtures.world();
        UUID plan = setup.start(world.senco().id(), world.ownCase(), PlanKind.SEN_SUPPORT);
        assertThat(score(plan)).isEqualTo(new Score(2, 0, 2));
        setup.need(world.senco().id(), world.ownCase(), plan, 1, SectionCode.NEEDS, "Reading");
        assertThat(score(plan)).isEqualTo(new Score(3, 1, 2));

        jdbc.sql("delete from plan_thread_score where plan_id = ?").param(plan).update();
        backfill.scoreWhatHasNoScore();

        assertThat(score(plan)).isEqualTo(new Score(3, 1, 2));
        assertThat(jdbc.sql("select local_authority_id from plan_thread_score where plan_id = ?").param(plan).query(UUID.class).single())
                .isEqualTo(world.localAuthority().id().value());
    }
}
