package org.coplan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.coplan.support.FlakyListener;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.coplan.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Events between modules go through the event publication registry: a listener that fails is
 * not lost but run again from the registry, and what it does happens once.
 */
class EventsDeliveredOnceTest extends IntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    FlakyListener flaky;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JdbcClient jdbc;

    private long incompleteFor(String listener) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like ?")
                .param("%" + listener + "%").query(Long.class).single();
    }

    private static long answersTo(String address) {
        return TestMail.to(address).stream().map(TestMail::body).filter(b -> b.contains("has answered your contribution")).count();
    }

    @Test
    void aListenerThatFailsOnceIsRunAgainFromTheRegistryAndItsWorkHappensOnce() {
        World world = fixtures.world();
        Visitor coordinator = visitor();
        coordinator.signIn(world.coordinator().email(), Fixtures.PASSWORD);
        Visitor parent = visitor();
        parent.signIn(world.parent().email(), Fixtures.PASSWORD);
        coordinator.get("/cases/" + world.ownCase() + "/plans");
        String plan = URI.create(coordinator.post("/cases/" + world.ownCase() + "/plans", Map.of("kind", "EHC")).location()).getPath();
        parent.get(plan + "/sections/b/contribute");
        parent.post(plan + "/sections/b/contribute", Map.of("kind", "PARENT_CARER_VIEW", "body", "Kit cannot follow long instructions."));
        assertThat(TestMail.to(world.coordinator().email())).extracting(TestMail::body)
                .anySatisfy(body -> assertThat(body).contains("has contributed to a plan you write").doesNotContain("Kit"));

        int before = flaky.delivered();
        flaky.failNextDelivery();
        String page = coordinator.get(plan + "/sections/b").body();
        java.util.regex.Matcher respond = java.util.regex.Pattern.compile("href=\"([^\"]+/respond)\"").matcher(page);
        assertThat(respond.find()).isTrue();
        assertThat(coordinator.post(respond.group(1), Map.of("outcome", "INCLUDED")).status())
                .as("the answer is saved though a listener failed").isEqualTo(302);
        assertThat(flaky.delivered()).isEqualTo(before);
        assertThat(incompleteFor("FlakyListener")).as("the failed delivery stays in the registry").isEqualTo(1);
        assertThat(answersTo(world.parent().email())).as("the other listener ran once").isEqualTo(1);

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof ContributionAnswered);

        assertThat(flaky.delivered()).isEqualTo(before + 1);
        assertThat(incompleteFor("FlakyListener")).isZero();
        assertThat(answersTo(world.parent().email())).as("the author is told once, not again").isEqualTo(1);
    }
}
